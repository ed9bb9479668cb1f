#ifndef CCHINESESCRIPT_H
#define CCHINESESCRIPT_H

#include <stddef.h>
#include <stdint.h>

/// OpenCC (Simplified/Traditional conversion) and ICU's Han-Latin transliterator behind plain C
/// signatures: no OpenCC or ICU type reaches Swift (ICU's versioned symbol names are macros
/// Swift cannot see, and ICU headers next to Foundation do not compile; DESIGN.md).
///
/// Handles are not safe to share between threads without a lock; the Swift side keeps one.

/// Opens an OpenCC converter from a configuration file name such as "t2s.json" (looked up where
/// OpenCC keeps its data, /usr/share/opencc on Debian) or a path. NULL when it cannot be opened;
/// cs_converter_error() then says why.
void *cs_converter_open(const char *config);

/// Converts `length` bytes of UTF-8. Returns a new NUL-terminated UTF-8 string the caller frees
/// with cs_converter_free, or NULL on failure.
char *cs_converter_convert(void *converter, const char *text, size_t length);

void cs_converter_free(char *converted);

void cs_converter_close(void *converter);

/// OpenCC's message for the last failure (never NULL).
const char *cs_converter_error(void);

/// Opens ICU's "Han-Latin; Lower" transliterator: Han characters to pinyin with tone marks,
/// in lower case. NULL when ICU has no transliteration data.
void *cs_pinyin_open(void);

/// Transliterates `text` (UTF-16, `length` units) in place. Returns the new length, or -1 when
/// ICU fails, or the length needed (greater than `capacity`) when the buffer is too small; the
/// buffer then holds no usable text.
int32_t cs_pinyin_transliterate(void *transliterator, uint16_t *text, int32_t length, int32_t capacity);

void cs_pinyin_close(void *transliterator);

#endif
