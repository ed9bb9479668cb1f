// JPEG encoding through libjpeg-turbo, for generated benchmark and test images.
#include "CImageCodecs.h"
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <jpeglib.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
} jpeg_encode_failure;

static void jpeg_encode_fail(j_common_ptr info) {
    longjmp(((jpeg_encode_failure *)info->err)->escape, 1);
}

/// The output buffer must outlive the longjmp, so it lives on the heap.
typedef struct {
    unsigned char *bytes;
    unsigned long length;
} jpeg_encode_output;

uint8_t *ci_encode_jpeg(const ci_image *image, int32_t quality, size_t *length) {
    *length = 0;
    struct jpeg_compress_struct info;
    jpeg_encode_failure failure;
    jpeg_encode_output *output = calloc(1, sizeof *output);
    if (output == NULL) return NULL;
    info.err = jpeg_std_error(&failure.base);
    failure.base.error_exit = jpeg_encode_fail;
    if (setjmp(failure.escape)) {
        jpeg_destroy_compress(&info);
        free(output->bytes);
        free(output);
        return NULL;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &output->bytes, &output->length);
    info.image_width = image->width;
    info.image_height = image->height;
    info.input_components = 4;
    info.in_color_space = JCS_EXT_RGBA;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = image->pixels + (size_t)info.next_scanline * image->width * 4u;
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    uint8_t *bytes = output->bytes;
    *length = output->length;
    free(output);
    return bytes;
}
