// WebP through libwebp's incremental decoder, fed in slices so the time budget is checked
// between them (a single WebPDecode call could not be interrupted).
#include "CodecSupport.h"
#include <stdlib.h>
#include <webp/decode.h>

/// Bytes handed to the decoder between two looks at the clock.
enum { WEBP_SLICE = 64 * 1024 };

static const char *webp_status_text(VP8StatusCode code) {
    switch (code) {
    case VP8_STATUS_OUT_OF_MEMORY: return "out of memory";
    case VP8_STATUS_INVALID_PARAM: return "invalid parameter";
    case VP8_STATUS_BITSTREAM_ERROR: return "corrupt WebP bitstream";
    case VP8_STATUS_UNSUPPORTED_FEATURE: return "unsupported WebP feature";
    case VP8_STATUS_NOT_ENOUGH_DATA: return "the file ends early (truncated)";
    default: return "unreadable WebP data";
    }
}

ci_status ci_webp_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height,
                        char *message, size_t capacity) {
    WebPBitstreamFeatures features;
    VP8StatusCode code = WebPGetFeatures(data, length, &features);
    if (code != VP8_STATUS_OK) {
        ci_set_message(message, capacity, "%s", webp_status_text(code));
        return CI_CORRUPT;
    }
    *width = (uint32_t)features.width;
    *height = (uint32_t)features.height;
    return CI_OK;
}

ci_status ci_webp_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out,
                         char *message, size_t capacity) {
    WebPBitstreamFeatures features;
    VP8StatusCode code = WebPGetFeatures(data, length, &features);
    if (code != VP8_STATUS_OK) {
        ci_set_message(message, capacity, "%s", webp_status_text(code));
        return CI_CORRUPT;
    }
    if (features.has_animation) {
        ci_set_message(message, capacity, "animated WebP is not supported");
        return CI_UNSUPPORTED;
    }
    uint32_t width = (uint32_t)features.width, height = (uint32_t)features.height;
    ci_status fits = ci_check_dimensions(width, height, limits.max_pixels, message, capacity);
    if (fits != CI_OK) return fits;
    size_t bytes = (size_t)width * height * 4u;
    uint8_t *pixels = ci_allocate_rgba(width, height);
    if (pixels == NULL) return CI_NO_MEMORY;
    WebPIDecoder *decoder = WebPINewRGB(MODE_RGBA, pixels, bytes, (int)width * 4);
    if (decoder == NULL) {
        free(pixels);
        return CI_NO_MEMORY;
    }
    ci_budget budget = ci_budget_start(limits.budget_ms);
    ci_status status = CI_OK;
    code = VP8_STATUS_SUSPENDED;
    for (size_t offset = 0; offset < length && code == VP8_STATUS_SUSPENDED; offset += WEBP_SLICE) {
        size_t slice = length - offset < WEBP_SLICE ? length - offset : WEBP_SLICE;
        code = WebPIAppend(decoder, data + offset, slice);
        if (code == VP8_STATUS_SUSPENDED && ci_budget_exceeded(budget)) {
            ci_set_message(message, capacity, "decoding took longer than %u ms", limits.budget_ms);
            status = CI_TIMEOUT;
            break;
        }
    }
    if (status == CI_OK && code != VP8_STATUS_OK) {
        // SUSPENDED after the last byte: the decoder still wanted more.
        ci_set_message(message, capacity, "%s", webp_status_text(code == VP8_STATUS_SUSPENDED ? VP8_STATUS_NOT_ENOUGH_DATA : code));
        status = CI_CORRUPT;
    }
    WebPIDelete(decoder);
    if (status != CI_OK) {
        free(pixels);
        return status;
    }
    out->pixels = pixels;
    out->width = width;
    out->height = height;
    return CI_OK;
}
