// ICU line breaking behind plain C types: this file is the only place that sees ICU headers.
// DESIGN.md: a Swift module including <unicode/*.h> beside Foundation does not compile, while a C
// target linking icuuc works (its symbols, e.g. ubrk_open_72, differ from Foundation's own ICU).
#include "CUnicode.h"

#include <pthread.h>
#include <stdlib.h>
#include <unicode/ubrk.h>

/// `zh` is strict by default (checked: `zh` and `zh@lb=strict` break identically; `normal`
/// allows a break before small kana and `ー`, `loose` also before `：` and inside `……`).
static const char *const locales[3] = { "zh", "zh@lb=normal", "zh@lb=loose" };

/// One thread's iterators: opening one loads rule data, so each is opened once and reused.
typedef struct {
    UBreakIterator *line[3];
} cu_iterators;

static pthread_key_t iterators_key;
static pthread_once_t iterators_once = PTHREAD_ONCE_INIT;

static void close_iterators(void *pointer) {
    cu_iterators *iterators = pointer;
    for (int index = 0; index < 3; index++) {
        if (iterators->line[index] != NULL) ubrk_close(iterators->line[index]);
    }
    free(iterators);
}

static void make_key(void) {
    pthread_key_create(&iterators_key, close_iterators);
}

static UBreakIterator *line_iterator(int32_t strictness) {
    pthread_once(&iterators_once, make_key);
    cu_iterators *iterators = pthread_getspecific(iterators_key);
    if (iterators == NULL) {
        iterators = calloc(1, sizeof *iterators);
        if (iterators == NULL) return NULL;
        pthread_setspecific(iterators_key, iterators);
    }
    if (iterators->line[strictness] == NULL) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *iterator = ubrk_open(UBRK_LINE, locales[strictness], NULL, 0, &status);
        if (U_FAILURE(status)) return NULL;
        iterators->line[strictness] = iterator;
    }
    return iterators->line[strictness];
}

/// UAX #14 LB4/LB5: a break is mandatory exactly after BK, CR, LF or NL (asking ICU for the rule
/// status instead costs a call per break). A CR before LF never ends a line: ICU breaks after LF.
static int ends_line(uint16_t unit) {
    return unit == 0x0A || unit == 0x0B || unit == 0x0C || unit == 0x0D || unit == 0x85
        || unit == 0x2028 || unit == 0x2029;
}

int32_t cu_line_breaks(const uint16_t *text, int32_t length, int32_t strictness,
                       int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    if (length < 0 || capacity < length || strictness < 0 || strictness > 2) return -1;
    if (length == 0) return 0;
    if (text == NULL || offsets == NULL || mandatory == NULL) return -1;
    UBreakIterator *iterator = line_iterator(strictness);
    if (iterator == NULL) return -1;
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t offset = ubrk_next(iterator); offset != UBRK_DONE && count < capacity;
         offset = ubrk_next(iterator)) {
        offsets[count] = offset;
        mandatory[count] = offset < length && ends_line(text[offset - 1]) ? 1 : 0;
        count++;
    }
    // Leave no dangling pointer to the caller's buffer inside the cached iterator.
    ubrk_setText(iterator, NULL, 0, &status);
    return count;
}
