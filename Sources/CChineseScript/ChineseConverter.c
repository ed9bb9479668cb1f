#include "CChineseScript.h"

#include <opencc/opencc.h>

// opencc_open reports failure as (opencc_t)-1, not NULL; the shim turns it into NULL.
void *cs_converter_open(const char *config) {
    opencc_t handle = opencc_open(config);
    if (handle == (opencc_t)-1) return NULL;
    return handle;
}

char *cs_converter_convert(void *converter, const char *text, size_t length) {
    if (converter == NULL || text == NULL) return NULL;
    return opencc_convert_utf8((opencc_t)converter, text, length);
}

void cs_converter_free(char *converted) {
    if (converted != NULL) opencc_convert_utf8_free(converted);
}

void cs_converter_close(void *converter) {
    if (converter != NULL) opencc_close((opencc_t)converter);
}

const char *cs_converter_error(void) {
    const char *message = opencc_error();
    return message != NULL ? message : "unknown OpenCC error";
}
