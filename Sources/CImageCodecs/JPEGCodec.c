// JPEG through libjpeg-turbo. libjpeg's error_exit must not return: it longjmps back here.
#include "CodecSupport.h"
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <jpeglib.h>
#include <jerror.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
    char *message;
    size_t capacity;
} jpeg_failure;

static void jpeg_fail(j_common_ptr info) {
    jpeg_failure *failure = (jpeg_failure *)info->err;
    char text[JMSG_LENGTH_MAX];
    failure->base.format_message(info, text);
    ci_set_message(failure->message, failure->capacity, "%s", text);
    longjmp(failure->escape, 1);
}

/// libjpeg only warns when the data ends early and fills the rest with grey; a truncated file
/// is an error here. Other warnings (for example extraneous bytes before a marker) are ignored.
static void jpeg_warn(j_common_ptr info, int level) {
    if (level == -1 && info->err->msg_code == JWRN_JPEG_EOF) {
        jpeg_failure *failure = (jpeg_failure *)info->err;
        ci_set_message(failure->message, failure->capacity, "the file ends early (truncated)");
        longjmp(failure->escape, 1);
    }
}

static void jpeg_prepare(struct jpeg_decompress_struct *info, jpeg_failure *failure,
                         char *message, size_t capacity) {
    info->err = jpeg_std_error(&failure->base);
    failure->base.error_exit = jpeg_fail;
    failure->base.emit_message = jpeg_warn;
    failure->message = message;
    failure->capacity = capacity;
}

ci_status ci_jpeg_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height,
                        char *message, size_t capacity) {
    struct jpeg_decompress_struct info;
    jpeg_failure failure;
    jpeg_prepare(&info, &failure, message, capacity);
    if (setjmp(failure.escape)) {
        jpeg_destroy_decompress(&info);
        return CI_CORRUPT;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);
    *width = info.image_width;
    *height = info.image_height;
    jpeg_destroy_decompress(&info);
    return CI_OK;
}

/// The largest 1/8, 1/4 or 1/2 reduction that still covers the wanted size (DCT scaling
/// decodes fewer coefficients, so a small preview of a large photo costs little).
static unsigned jpeg_scale_denominator(uint32_t width, uint32_t height, ci_limits limits) {
    if (limits.wanted_width == 0 || limits.wanted_height == 0) return 1;
    for (unsigned denominator = 8; denominator > 1; denominator /= 2) {
        if (width / denominator >= limits.wanted_width && height / denominator >= limits.wanted_height) return denominator;
    }
    return 1;
}

/// Adobe CMYK JPEGs store inverted ink values; RGB = ink-free fraction × (1 − black).
static void jpeg_cmyk_row_to_rgba(const uint8_t *cmyk, uint8_t *rgba, uint32_t width) {
    for (uint32_t x = 0; x < width; x++) {
        unsigned k = cmyk[4 * x + 3];
        rgba[4 * x + 0] = (uint8_t)(cmyk[4 * x + 0] * k / 255u);
        rgba[4 * x + 1] = (uint8_t)(cmyk[4 * x + 1] * k / 255u);
        rgba[4 * x + 2] = (uint8_t)(cmyk[4 * x + 2] * k / 255u);
        rgba[4 * x + 3] = 255;
    }
}

/// What must survive the longjmp, kept off the stack of the frame that called setjmp.
typedef struct {
    uint8_t *pixels;
    uint8_t *cmyk_row;
    ci_status status;
} jpeg_buffers;

ci_status ci_jpeg_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out,
                         char *message, size_t capacity) {
    struct jpeg_decompress_struct info;
    jpeg_failure failure;
    jpeg_buffers *buffers = calloc(1, sizeof *buffers);
    if (buffers == NULL) return CI_NO_MEMORY;
    jpeg_prepare(&info, &failure, message, capacity);
    buffers->status = CI_CORRUPT;
    if (setjmp(failure.escape)) {
        ci_status status = buffers->status;
        free(buffers->pixels);
        free(buffers->cmyk_row);
        free(buffers);
        jpeg_destroy_decompress(&info);
        return status;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)length);
    jpeg_read_header(&info, TRUE);
    ci_status fits = ci_check_dimensions(info.image_width, info.image_height, limits.max_pixels, message, capacity);
    if (fits != CI_OK) {
        buffers->status = fits;
        longjmp(failure.escape, 1);
    }
    int cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    info.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    info.scale_num = 1;
    info.scale_denom = jpeg_scale_denominator(info.image_width, info.image_height, limits);
    jpeg_start_decompress(&info);
    uint32_t width = info.output_width, height = info.output_height;
    buffers->pixels = ci_allocate_rgba(width, height);
    if (cmyk) buffers->cmyk_row = malloc((size_t)width * 4u);
    if (buffers->pixels == NULL || (cmyk && buffers->cmyk_row == NULL)) {
        buffers->status = CI_NO_MEMORY;
        ci_set_message(message, capacity, "out of memory for %u×%u pixels", width, height);
        longjmp(failure.escape, 1);
    }
    ci_budget budget = ci_budget_start(limits.budget_ms);
    while (info.output_scanline < height) {
        uint8_t *row = buffers->pixels + (size_t)info.output_scanline * width * 4u;
        JSAMPROW target = cmyk ? buffers->cmyk_row : row;
        jpeg_read_scanlines(&info, &target, 1);
        if (cmyk) jpeg_cmyk_row_to_rgba(buffers->cmyk_row, row, width);
        if ((info.output_scanline & 63u) == 0 && ci_budget_exceeded(budget)) {
            buffers->status = CI_TIMEOUT;
            ci_set_message(message, capacity, "decoding took longer than %u ms", limits.budget_ms);
            longjmp(failure.escape, 1);
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    out->pixels = buffers->pixels;
    out->width = width;
    out->height = height;
    free(buffers->cmyk_row);
    free(buffers);
    return CI_OK;
}
