// GIF through giflib: the first frame only, composited on a transparent logical screen.
// Frames are read record by record (not DGifSlurp) so an animation's later frames cost nothing.
#include "CodecSupport.h"
#include <gif_lib.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *data;
    size_t length;
    size_t position;
    bool ran_out;
} gif_source;

static int gif_source_read(GifFileType *gif, GifByteType *into, int count) {
    gif_source *source = gif->UserData;
    size_t available = source->length - source->position;
    size_t copied = (size_t)count < available ? (size_t)count : available;
    if (copied < (size_t)count) source->ran_out = true;
    memcpy(into, source->data + source->position, copied);
    source->position += copied;
    return (int)copied;
}

/// Reports giflib's error, or truncation when the bytes ran out.
static ci_status gif_failure(const gif_source *source, int code, char *message, size_t capacity) {
    if (source->ran_out) {
        ci_set_message(message, capacity, "the file ends early (truncated)");
    } else {
        const char *text = GifErrorString(code);
        ci_set_message(message, capacity, "%s", text != NULL ? text : "unreadable GIF data");
    }
    return CI_CORRUPT;
}

static GifFileType *gif_open(gif_source *source, char *message, size_t capacity, ci_status *status) {
    int error = 0;
    GifFileType *gif = DGifOpen(source, gif_source_read, &error);
    if (gif == NULL) *status = gif_failure(source, error, message, capacity);
    return gif;
}

ci_status ci_gif_probe(const uint8_t *data, size_t length, uint32_t *width, uint32_t *height,
                       char *message, size_t capacity) {
    gif_source source = { data, length, 0, false };
    ci_status status = CI_OK;
    GifFileType *gif = gif_open(&source, message, capacity, &status);
    if (gif == NULL) return status;
    *width = (uint32_t)gif->SWidth;
    *height = (uint32_t)gif->SHeight;
    DGifCloseFile(gif, NULL);
    return CI_OK;
}

/// Rows of an interlaced GIF arrive in four passes: every 8th from 0, every 8th from 4,
/// every 4th from 2, every 2nd from 1 (GIF89a, appendix E). Returns the image row of line `n`.
static uint32_t gif_interlaced_row(uint32_t n, uint32_t height) {
    static const uint32_t starts[4] = { 0, 4, 2, 1 }, steps[4] = { 8, 8, 4, 2 };
    for (int pass = 0; pass < 4; pass++) {
        uint32_t rows = starts[pass] < height ? (height - starts[pass] + steps[pass] - 1) / steps[pass] : 0;
        if (n < rows) return starts[pass] + n * steps[pass];
        n -= rows;
    }
    return height;
}

/// Decodes the first image descriptor's pixels onto `canvas` (screen-sized RGBA).
static ci_status gif_draw_first_frame(GifFileType *gif, const gif_source *source, int transparent,
                                      uint8_t *canvas, ci_limits limits, char *message, size_t capacity) {
    if (DGifGetImageDesc(gif) == GIF_ERROR) return gif_failure(source, gif->Error, message, capacity);
    GifImageDesc frame = gif->Image;
    ColorMapObject *palette = frame.ColorMap != NULL ? frame.ColorMap : gif->SColorMap;
    if (palette == NULL) {
        ci_set_message(message, capacity, "the first frame has no colour table");
        return CI_CORRUPT;
    }
    ci_status fits = ci_check_dimensions((uint32_t)frame.Width, (uint32_t)frame.Height, limits.max_pixels, message, capacity);
    if (fits != CI_OK) return fits;
    GifPixelType *line = malloc((size_t)frame.Width);
    if (line == NULL) return CI_NO_MEMORY;
    ci_budget budget = ci_budget_start(limits.budget_ms);
    uint32_t screen_width = (uint32_t)gif->SWidth, screen_height = (uint32_t)gif->SHeight;
    for (uint32_t n = 0; n < (uint32_t)frame.Height; n++) {
        if (DGifGetLine(gif, line, frame.Width) == GIF_ERROR) {
            free(line);
            return gif_failure(source, gif->Error, message, capacity);
        }
        uint32_t row = frame.Interlace ? gif_interlaced_row(n, (uint32_t)frame.Height) : n;
        uint32_t y = (uint32_t)frame.Top + row;
        for (uint32_t column = 0; column < (uint32_t)frame.Width && y < screen_height; column++) {
            uint32_t x = (uint32_t)frame.Left + column;
            int index = line[column];
            if (x >= screen_width || index == transparent || index >= palette->ColorCount) continue;
            uint8_t *pixel = canvas + ((size_t)y * screen_width + x) * 4u;
            pixel[0] = palette->Colors[index].Red;
            pixel[1] = palette->Colors[index].Green;
            pixel[2] = palette->Colors[index].Blue;
            pixel[3] = 255;
        }
        if ((n & 63u) == 0 && ci_budget_exceeded(budget)) {
            free(line);
            ci_set_message(message, capacity, "decoding took longer than %u ms", limits.budget_ms);
            return CI_TIMEOUT;
        }
    }
    free(line);
    return CI_OK;
}

/// Skips an extension, noting the transparent colour index of a graphics control block.
static int gif_read_extension(GifFileType *gif, int *transparent) {
    int code = 0;
    GifByteType *block = NULL;
    if (DGifGetExtension(gif, &code, &block) == GIF_ERROR) return GIF_ERROR;
    if (code == GRAPHICS_EXT_FUNC_CODE && block != NULL) {
        GraphicsControlBlock control;
        if (DGifExtensionToGCB(block[0], block + 1, &control) == GIF_OK) *transparent = control.TransparentColor;
    }
    while (block != NULL) {
        if (DGifGetExtensionNext(gif, &block) == GIF_ERROR) return GIF_ERROR;
    }
    return GIF_OK;
}

ci_status ci_gif_decode(const uint8_t *data, size_t length, ci_limits limits, ci_image *out,
                        char *message, size_t capacity) {
    gif_source source = { data, length, 0, false };
    ci_status status = CI_OK;
    GifFileType *gif = gif_open(&source, message, capacity, &status);
    if (gif == NULL) return status;
    uint32_t width = (uint32_t)gif->SWidth, height = (uint32_t)gif->SHeight;
    status = ci_check_dimensions(width, height, limits.max_pixels, message, capacity);
    uint8_t *canvas = status == CI_OK ? ci_allocate_rgba(width, height) : NULL;
    if (status == CI_OK && canvas == NULL) status = CI_NO_MEMORY;
    if (canvas != NULL) memset(canvas, 0, (size_t)width * height * 4u);
    int transparent = NO_TRANSPARENT_COLOR;
    bool drawn = false;
    while (status == CI_OK && !drawn) {
        GifRecordType record;
        if (DGifGetRecordType(gif, &record) == GIF_ERROR) {
            status = gif_failure(&source, gif->Error, message, capacity);
        } else if (record == IMAGE_DESC_RECORD_TYPE) {
            status = gif_draw_first_frame(gif, &source, transparent, canvas, limits, message, capacity);
            drawn = true;
        } else if (record == EXTENSION_RECORD_TYPE) {
            if (gif_read_extension(gif, &transparent) == GIF_ERROR) status = gif_failure(&source, gif->Error, message, capacity);
        } else if (record == TERMINATE_RECORD_TYPE) {
            ci_set_message(message, capacity, "the file holds no image");
            status = CI_CORRUPT;
        }
    }
    DGifCloseFile(gif, NULL);
    if (status != CI_OK) {
        free(canvas);
        return status;
    }
    out->pixels = canvas;
    out->width = width;
    out->height = height;
    return CI_OK;
}
