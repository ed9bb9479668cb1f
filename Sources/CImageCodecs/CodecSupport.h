#ifndef CIMAGECODECS_SUPPORT_H
#define CIMAGECODECS_SUPPORT_H

// What the per-format decoders share: the failure message, the time budget, limits checks.

#include "CImageCodecs.h"
#include <stdbool.h>

/// Writes a printf-style reason into the caller's message buffer (which may be NULL).
void ci_set_message(char *message, size_t capacity, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/// Milliseconds on the monotonic clock.
uint64_t ci_now_ms(void);

/// A point in time after which a decoder gives up.
typedef struct { uint64_t deadline_ms; } ci_budget;
ci_budget ci_budget_start(uint32_t budget_ms);
bool ci_budget_exceeded(ci_budget budget);

/// CI_TOO_LARGE (with a message) when width × height is zero or exceeds the limit, else CI_OK.
ci_status ci_check_dimensions(uint32_t width, uint32_t height, uint64_t max_pixels,
                              char *message, size_t capacity);

/// Allocates an RGBA buffer for width × height pixels, or NULL.
uint8_t *ci_allocate_rgba(uint32_t width, uint32_t height);

ci_status ci_png_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height, char *message, size_t capacity);
ci_status ci_png_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out, char *message, size_t capacity);
ci_status ci_jpeg_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height, char *message, size_t capacity);
ci_status ci_jpeg_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out, char *message, size_t capacity);
ci_status ci_gif_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height, char *message, size_t capacity);
ci_status ci_gif_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out, char *message, size_t capacity);
ci_status ci_webp_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height, char *message, size_t capacity);
ci_status ci_webp_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out, char *message, size_t capacity);

#endif
