// PNG through libpng. libpng reports errors by longjmp to the png_jmpbuf; the setjmp lives here.
#include "CodecSupport.h"
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *data;
    size_t length;
    size_t position;
    char *message;
    size_t capacity;
} png_source;

static void png_source_read(png_structp png, png_bytep into, size_t count) {
    png_source *source = png_get_io_ptr(png);
    if (count > source->length - source->position) png_error(png, "the file ends early (truncated)");
    memcpy(into, source->data + source->position, count);
    source->position += count;
}

static void png_report_error(png_structp png, png_const_charp text) {
    png_source *source = png_get_error_ptr(png);
    ci_set_message(source->message, source->capacity, "%s", text);
    longjmp(png_jmpbuf(png), 1);
}

static void png_ignore_warning(png_structp png, png_const_charp text) {
    (void)png;
    (void)text;
}

/// Sets up a reader on `source`; NULL when libpng cannot allocate one.
static png_structp png_open(png_source *source, png_infop *info) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, source, png_report_error, png_ignore_warning);
    if (png == NULL) return NULL;
    *info = png_create_info_struct(png);
    if (*info == NULL) {
        png_destroy_read_struct(&png, NULL, NULL);
        return NULL;
    }
    png_set_read_fn(png, source, png_source_read);
    return png;
}

ci_status ci_png_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height,
                       char *message, size_t capacity) {
    png_source source = { data, length, 0, message, capacity };
    png_infop info = NULL;
    png_structp png = png_open(&source, &info);
    if (png == NULL) {
        ci_set_message(message, capacity, "out of memory");
        return CI_NO_MEMORY;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        return CI_CORRUPT;
    }
    png_read_info(png, info);
    *width = png_get_image_width(png, info);
    *height = png_get_image_height(png, info);
    png_destroy_read_struct(&png, &info, NULL);
    return CI_OK;
}

/// State that must survive a longjmp (so not kept in locals the setjmp frame could clobber).
typedef struct {
    png_source source;
    uint8_t *pixels;
    ci_status status;
} png_decoding;

ci_status ci_png_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out,
                        char *message, size_t capacity) {
    png_decoding *state = calloc(1, sizeof *state);
    if (state == NULL) return CI_NO_MEMORY;
    state->source = (png_source){ data, length, 0, message, capacity };
    state->status = CI_CORRUPT;
    png_infop info = NULL;
    png_structp png = png_open(&state->source, &info);
    if (png == NULL) {
        free(state);
        ci_set_message(message, capacity, "out of memory");
        return CI_NO_MEMORY;
    }
    if (setjmp(png_jmpbuf(png))) {
        ci_status status = state->status;
        free(state->pixels);
        free(state);
        png_destroy_read_struct(&png, &info, NULL);
        return status;
    }
    png_read_info(png, info);
    uint32_t width = png_get_image_width(png, info), height = png_get_image_height(png, info);
    ci_status fits = ci_check_dimensions(width, height, limits.max_pixels, message, capacity);
    if (fits != CI_OK) {
        state->status = fits;
        longjmp(png_jmpbuf(png), 1);
    }
    // Every colour type and depth to 8-bit RGBA.
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_rowbytes(png, info) != (size_t)width * 4u) {
        ci_set_message(message, capacity, "unexpected row layout after conversion to RGBA");
        longjmp(png_jmpbuf(png), 1);
    }
    state->pixels = ci_allocate_rgba(width, height);
    if (state->pixels == NULL) {
        state->status = CI_NO_MEMORY;
        ci_set_message(message, capacity, "out of memory for %u×%u pixels", width, height);
        longjmp(png_jmpbuf(png), 1);
    }
    ci_budget budget = ci_budget_start(limits.budget_ms);
    for (int pass = 0; pass < passes; pass++) {
        for (uint32_t row = 0; row < height; row++) {
            png_read_row(png, state->pixels + (size_t)row * width * 4u, NULL);
            if ((row & 63u) == 0 && ci_budget_exceeded(budget)) {
                state->status = CI_TIMEOUT;
                ci_set_message(message, capacity, "decoding took longer than %u ms", limits.budget_ms);
                longjmp(png_jmpbuf(png), 1);
            }
        }
    }
    out->pixels = state->pixels;
    out->width = width;
    out->height = height;
    free(state);
    png_destroy_read_struct(&png, &info, NULL);
    return CI_OK;
}
