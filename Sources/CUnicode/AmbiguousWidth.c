// East Asian Ambiguous characters (UAX #11: “”‘’·—…○ and more) are one column in most
// terminals and two in terminals set up for CJK (xterm -cjk_width, iTerm2 and GNOME Terminal's
// "ambiguous-width characters: wide", PuTTY's "CJK" option). ncurses asks the C library's
// wcwidth how far each character moves the cursor, and glibc always answers 1 for them, so
// on such a terminal ncurses' idea of the cursor and the terminal's would drift apart.
//
// The fix is the one the wcwidth-cjk preload library makes for any program: this executable
// defines wcwidth itself. The linker exports a definition that a shared library in the link
// (libncursesw) references, so the dynamic linker binds ncurses' calls here, and the layout
// (cu_wcwidth) measures through the same function. With the setting at 1, the answer is glibc's.
#define _GNU_SOURCE
#include "CUnicode.h"

#include <dlfcn.h>
#include <stdatomic.h>
#include <wchar.h>
#include <unicode/uchar.h>

static atomic_int ambiguous_columns = 1;

void cu_set_ambiguous_width(int32_t columns) {
    atomic_store(&ambiguous_columns, columns == 2 ? 2 : 1);
}

int32_t cu_ambiguous_width(void) {
    return atomic_load(&ambiguous_columns);
}

typedef int (*wcwidth_function)(wchar_t);

/// glibc's wcwidth, found once (the first answer of dlsym is the same on every thread).
static wcwidth_function system_wcwidth(void) {
    static _Atomic(wcwidth_function) found = NULL;
    wcwidth_function function = atomic_load(&found);
    if (function == NULL) {
        function = (wcwidth_function)dlsym(RTLD_NEXT, "wcwidth");
        atomic_store(&found, function);
    }
    return function;
}

int wcwidth(wchar_t character) {
    wcwidth_function system = system_wcwidth();
    int columns = system != NULL ? system(character) : -1;
    // Only characters that take one column become two: ambiguous combining marks stay 0.
    if (columns == 1 && atomic_load_explicit(&ambiguous_columns, memory_order_relaxed) == 2
        && u_getIntPropertyValue((UChar32)character, UCHAR_EAST_ASIAN_WIDTH) == U_EA_AMBIGUOUS) {
        return 2;
    }
    return columns;
}
