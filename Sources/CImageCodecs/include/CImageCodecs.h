#ifndef CIMAGECODECS_H
#define CIMAGECODECS_H

// Image decoding (libpng, libjpeg-turbo, giflib, libwebp) and drawing (libchafa) behind plain C
// signatures: no library type shows here, so Swift never imports glib or the codecs' headers,
// and libpng/libjpeg's setjmp-based error handling stays in C, where longjmp is defined.

#include <stddef.h>
#include <stdint.h>

/// Outcome of a decode or probe.
typedef enum {
    CI_OK = 0,
    /// The bytes are not a valid image of the format (truncated, corrupt); the message says how.
    CI_CORRUPT = 1,
    /// The declared width × height exceeds the caller's limit; nothing was decoded.
    CI_TOO_LARGE = 2,
    /// Decoding took longer than the caller's time budget.
    CI_TIMEOUT = 3,
    /// A feature this shim does not decode (for example an animated WebP).
    CI_UNSUPPORTED = 4,
    /// Memory for the pixels could not be allocated.
    CI_NO_MEMORY = 5
} ci_status;

typedef enum {
    CI_FORMAT_PNG = 0,
    CI_FORMAT_JPEG = 1,
    CI_FORMAT_GIF = 2,
    CI_FORMAT_WEBP = 3
} ci_format;

/// Unassociated RGBA, 8 bits per channel, rows packed (stride = 4 × width). Free with ci_free.
typedef struct {
    uint8_t *pixels;
    uint32_t width;
    uint32_t height;
} ci_image;

/// What a decode may spend: pixels the header may declare, and milliseconds of work.
/// `wanted_width`/`wanted_height` let a decoder that can scale while decoding (JPEG's DCT
/// scaling) produce a smaller image that still covers that many pixels; 0 means full size.
typedef struct {
    uint64_t max_pixels;
    uint32_t budget_ms;
    uint32_t wanted_width;
    uint32_t wanted_height;
} ci_limits;

/// Reads only the header: the declared width and height. `message` (may be NULL) receives a
/// NUL-terminated reason on failure.
ci_status ci_probe(ci_format format, const uint8_t *data, size_t length,
                   uint32_t *width, uint32_t *height, char *message, size_t message_capacity);

/// Decodes the first frame to RGBA. Refuses before allocating when the header declares more
/// than `limits.max_pixels`. On CI_OK `out->pixels` is owned by the caller (ci_free).
ci_status ci_decode(ci_format format, const uint8_t *data, size_t length, ci_limits limits,
                    ci_image *out, char *message, size_t message_capacity);

void ci_free(void *pointer);

/// Encodes RGBA pixels (alpha ignored) as a baseline JPEG of the given quality (1–100), for
/// benchmarks and tests that need large photos without storing them. Returns a malloc'd buffer
/// (free with ci_free) and its length, or NULL on failure.
uint8_t *ci_encode_jpeg(const ci_image *image, int32_t quality, size_t *length);

/// How libchafa draws.
typedef enum {
    CI_DRAW_SYMBOLS = 0,
    CI_DRAW_SIXEL = 1,
    CI_DRAW_KITTY = 2,
    CI_DRAW_ITERM2 = 3
} ci_draw_mode;

typedef enum {
    CI_COLORS_TRUE = 0,
    CI_COLORS_256 = 1,
    CI_COLORS_16 = 2
} ci_color_depth;

/// Which block symbols a symbols drawing may use (each set includes the smaller ones).
typedef enum {
    CI_SYMBOLS_HALF = 0,
    CI_SYMBOLS_QUADRANT = 1,
    CI_SYMBOLS_SEXTANT = 2
} ci_symbol_set;

/// A cell colour libchafa left unset (a transparent area): the terminal's default colour.
#define CI_COLOR_DEFAULT 0xFFFFFFFFu

/// One character cell of a symbols drawing: a code point and its colours. With CI_COLORS_TRUE
/// colours are packed 0xRRGGBB; with CI_COLORS_256 or CI_COLORS_16 they are palette indices; either
/// may be CI_COLOR_DEFAULT.
typedef struct {
    uint32_t codepoint;
    uint32_t foreground;
    uint32_t background;
} ci_cell;

/// Draws `image` into `columns` × `rows` cells with symbols; `cells` holds columns × rows
/// entries, row by row. `ambiguous_wide` leaves out East Asian Ambiguous symbols (half blocks,
/// shades), which a terminal set to draw ambiguous characters two columns wide would misplace.
void ci_draw_symbols(const ci_image *image, int32_t columns, int32_t rows,
                     ci_color_depth depth, ci_symbol_set symbols, int32_t ambiguous_wide, ci_cell *cells);

/// Draws `image` as one terminal graphics sequence (sixel, kitty or iTerm2) covering `columns`
/// × `rows` cells of `cell_width` × `cell_height` pixels. Returns a malloc'd byte string (free
/// with ci_free) and its length in `*length`, or NULL when the mode is CI_DRAW_SYMBOLS.
char *ci_draw_sequence(const ci_image *image, int32_t columns, int32_t rows,
                       int32_t cell_width, int32_t cell_height, ci_draw_mode mode, size_t *length);

#endif
