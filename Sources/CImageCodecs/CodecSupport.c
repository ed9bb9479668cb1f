#include "CodecSupport.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

void ci_set_message(char *message, size_t capacity, const char *format, ...) {
    if (message == NULL || capacity == 0) return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, capacity, format, arguments);
    va_end(arguments);
}

uint64_t ci_now_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000u + (uint64_t)now.tv_nsec / 1000000u;
}

ci_budget ci_budget_start(uint32_t budget_ms) {
    ci_budget budget = { budget_ms == 0 ? UINT64_MAX : ci_now_ms() + budget_ms };
    return budget;
}

bool ci_budget_exceeded(ci_budget budget) {
    return budget.deadline_ms != UINT64_MAX && ci_now_ms() > budget.deadline_ms;
}

ci_status ci_check_dimensions(uint32_t width, uint32_t height, uint64_t max_pixels,
                              char *message, size_t capacity) {
    if (width == 0 || height == 0) {
        ci_set_message(message, capacity, "the header declares an empty image (%u×%u)", width, height);
        return CI_CORRUPT;
    }
    uint64_t pixels = (uint64_t)width * (uint64_t)height;
    if (max_pixels != 0 && pixels > max_pixels) {
        ci_set_message(message, capacity, "the header declares %u×%u pixels (%.1f megapixels), more than the %.1f allowed",
                       width, height, (double)pixels / 1e6, (double)max_pixels / 1e6);
        return CI_TOO_LARGE;
    }
    return CI_OK;
}

uint8_t *ci_allocate_rgba(uint32_t width, uint32_t height) {
    size_t bytes = (size_t)width * (size_t)height * 4u;
    return bytes == 0 ? NULL : malloc(bytes);
}

ci_status ci_probe(ci_format format, const uint8_t *data, size_t length,
                   uint32_t *width, uint32_t *height, char *message, size_t capacity) {
    switch (format) {
    case CI_FORMAT_PNG: return ci_png_probe(data, length, width, height, message, capacity);
    case CI_FORMAT_JPEG: return ci_jpeg_probe(data, length, width, height, message, capacity);
    case CI_FORMAT_GIF: return ci_gif_probe(data, length, width, height, message, capacity);
    case CI_FORMAT_WEBP: return ci_webp_probe(data, length, width, height, message, capacity);
    }
    ci_set_message(message, capacity, "unknown format %d", (int)format);
    return CI_UNSUPPORTED;
}

ci_status ci_decode(ci_format format, const uint8_t *data, size_t length, ci_limits limits,
                    ci_image *out, char *message, size_t capacity) {
    out->pixels = NULL;
    out->width = 0;
    out->height = 0;
    switch (format) {
    case CI_FORMAT_PNG: return ci_png_decode(data, length, limits, out, message, capacity);
    case CI_FORMAT_JPEG: return ci_jpeg_decode(data, length, limits, out, message, capacity);
    case CI_FORMAT_GIF: return ci_gif_decode(data, length, limits, out, message, capacity);
    case CI_FORMAT_WEBP: return ci_webp_decode(data, length, limits, out, message, capacity);
    }
    ci_set_message(message, capacity, "unknown format %d", (int)format);
    return CI_UNSUPPORTED;
}

void ci_free(void *pointer) { free(pointer); }
