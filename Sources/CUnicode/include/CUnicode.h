#ifndef CUNICODE_H
#define CUNICODE_H

#include <stdint.h>

/// Columns a code point takes in a terminal (glibc wcwidth in the current LC_CTYPE);
/// -1 for non-printable characters. Swift's Glibc module hides wcwidth, hence this door.
int32_t cu_wcwidth(uint32_t codepoint);

/// Makes LC_CTYPE a UTF-8 locale: the user's if it is one, else C.UTF-8. Returns 1 on success.
int32_t cu_use_utf8_ctype(void);

#endif
