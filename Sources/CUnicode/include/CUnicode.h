#ifndef CUNICODE_H
#define CUNICODE_H

#include <stdint.h>

/// Columns a code point takes in a terminal (glibc wcwidth in the current LC_CTYPE);
/// -1 for non-printable characters. Swift's Glibc module hides wcwidth, hence this door.
int32_t cu_wcwidth(uint32_t codepoint);

/// Sets how many columns East Asian Ambiguous characters take (1 or 2): the terminal's
/// "ambiguous width" setting. Applies to cu_wcwidth and to ncurses alike (AmbiguousWidth.c).
void cu_set_ambiguous_width(int32_t columns);

/// The current ambiguous width, 1 or 2.
int32_t cu_ambiguous_width(void);

/// Makes LC_CTYPE a UTF-8 locale: the user's if it is one, else C.UTF-8. Returns 1 on success.
int32_t cu_use_utf8_ctype(void);

/// How eagerly CJK text may break (CSS `line-break`, ICU locale keyword `lb`).
/// Strict is ICU's default for `zh`: no break before small kana or the prolonged sound mark.
enum {
    CU_LINE_BREAK_STRICT = 0,
    CU_LINE_BREAK_NORMAL = 1,
    CU_LINE_BREAK_LOOSE = 2
};

/// UAX #14 line break opportunities of a UTF-16 text, from ICU's line break iterator for `zh`.
///
/// Writes, in increasing order, every offset (in UTF-16 code units, > 0, the last one == `length`)
/// where a new line may start into `offsets`, and into `mandatory` 1 when the break is a hard one
/// (after a line feed, paragraph separator, ...) and 0 when it is only allowed.
/// `capacity` must be at least `length`; returns the number of offsets written, or -1 when ICU
/// fails (no data, bad arguments). Safe to call from several threads at once: each thread keeps
/// its own iterators.
int32_t cu_line_breaks(const uint16_t *text, int32_t length, int32_t strictness,
                       int32_t *offsets, uint8_t *mandatory, int32_t capacity);

/// Decodes GB18030 bytes (a superset of GBK and GB2312) into UTF-16 with ICU's converter.
///
/// Returns the number of UTF-16 code units written, or -1 when a byte sequence is not GB18030
/// (nothing is substituted), `capacity` is too small, or ICU fails. `capacity` = `length` always
/// suffices: no GB18030 sequence yields more code units than it has bytes.
int32_t cu_gb18030_to_utf16(const uint8_t *bytes, int32_t length, uint16_t *output, int32_t capacity);

#endif
