// ICU's charset converters behind plain C types (LineBreaks.c says why ICU stays in C here).
#include "CUnicode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

int32_t cu_gb18030_to_utf16(const uint8_t *bytes, int32_t length, uint16_t *output, int32_t capacity) {
    if (length < 0 || capacity < 0) return -1;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    if (U_FAILURE(status)) return -1;
    // Stop at the first byte sequence GB18030 does not define, instead of substituting U+FFFD:
    // the caller only takes the text when every byte was meaningful.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return -1;
    }
    int32_t written = ucnv_toUChars(converter, (UChar *)output, capacity, (const char *)bytes, length, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return -1;
    return written;
}
