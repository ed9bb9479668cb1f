#include "CChineseScript.h"

#include <unicode/utrans.h>

void *cs_pinyin_open(void) {
    static const UChar id[] = u"Han-Latin; Lower";
    UParseError parseError;
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *transliterator =
        utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &parseError, &status);
    if (U_FAILURE(status)) {
        if (transliterator != NULL) utrans_close(transliterator);
        return NULL;
    }
    return transliterator;
}

int32_t cs_pinyin_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity) {
    if (transliterator == NULL || text == NULL || length < 0 || capacity < length) return -1;
    int32_t textLength = length;
    int32_t limit = length;
    UErrorCode status = U_ZERO_ERROR;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength, capacity,
                       0, &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return textLength > capacity ? textLength : capacity + 1;
    if (U_FAILURE(status)) return -1;
    return textLength;
}

void cs_pinyin_close(void *transliterator) {
    if (transliterator != NULL) utrans_close((UTransliterator *)transliterator);
}
