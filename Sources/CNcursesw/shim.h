// The only door to curses: the wide-character ncurses API plus static inline wrappers for what
// Swift cannot import directly (macros such as stdscr, LINES, COLOR_PAIR, A_*).
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

// Wide-character API (cchar_t, get_wch, setcchar); must precede the include (ncurses(3X)).
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

// The mouse: presses of the main button and the wheel (buttons 4 and 5), reported at once
// (mouseinterval 0: no waiting to tell a click from a press).
static inline mmask_t cn_mouse_press(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t cn_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
static inline int cn_enable_mouse(void) {
    mouseinterval(0);
    return mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL) != 0;
}
static inline int cn_read_mouse(int *row, int *column, mmask_t *state) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *row = event.y;
    *column = event.x;
    *state = event.bstate;
    return OK;
}

static inline attr_t cn_attr_normal(void) { return A_NORMAL; }
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
static inline attr_t cn_attr_italic(void) { return A_ITALIC; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }

/// Reads one key or character; returns OK, KEY_CODE_YES (a function key in *value) or ERR.
static inline int cn_get_wch(wint_t *value) { return get_wch(value); }

/// Sets how long get_wch waits, in milliseconds (negative: forever).
static inline void cn_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }

/// Draws one cell: `text` holds a spacing character and up to CCHARW_MAX - 1 combining marks,
/// NUL-terminated. A wide character is drawn once; curses fills its second column itself.
static inline int cn_put_cell(int row, int column, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, row, column, &cell);
}

/// How many wide characters one cell can hold (a spacing character plus combining marks).
static inline int cn_cell_capacity(void) { return CCHARW_MAX; }

/// The terminal's capability string, or NULL when it has none (terminfo(5) names).
static inline const char *cn_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

#endif
