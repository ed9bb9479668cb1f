#define _XOPEN_SOURCE 700
#include "CUnicode.h"

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

int32_t cu_wcwidth(uint32_t codepoint) {
    return (int32_t)wcwidth((wchar_t)codepoint);
}

static int codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int32_t cu_use_utf8_ctype(void) {
    if (setlocale(LC_CTYPE, "") != NULL && codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && codeset_is_utf8()) return 1;
    return 0;
}
