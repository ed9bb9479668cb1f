// Drawing with libchafa: symbols into a cell grid, or a sixel / kitty / iTerm2 sequence.
#include "CImageCodecs.h"
#include <chafa.h>
#include <stdlib.h>
#include <string.h>

static ChafaSymbolTags chafa_tags(ci_symbol_set symbols) {
    ChafaSymbolTags tags = CHAFA_SYMBOL_TAG_SPACE | CHAFA_SYMBOL_TAG_SOLID | CHAFA_SYMBOL_TAG_HALF;
    if (symbols >= CI_SYMBOLS_QUADRANT) tags |= CHAFA_SYMBOL_TAG_QUAD;
    if (symbols >= CI_SYMBOLS_SEXTANT) tags |= CHAFA_SYMBOL_TAG_SEXTANT;
    return tags;
}

static uint32_t chafa_cell_color(gint value) {
    return value < 0 ? CI_COLOR_DEFAULT : (uint32_t)value;
}

static ChafaCanvasMode chafa_canvas_mode(ci_color_depth depth) {
    switch (depth) {
    case CI_COLORS_256: return CHAFA_CANVAS_MODE_INDEXED_256;
    case CI_COLORS_16: return CHAFA_CANVAS_MODE_INDEXED_16;
    case CI_COLORS_TRUE: break;
    }
    return CHAFA_CANVAS_MODE_TRUECOLOR;
}

void ci_draw_symbols(const ci_image *image, int32_t columns, int32_t rows,
                     ci_color_depth depth, ci_symbol_set symbols, int32_t ambiguous_wide, ci_cell *cells) {
    ChafaSymbolMap *map = chafa_symbol_map_new();
    chafa_symbol_map_add_by_tags(map, chafa_tags(symbols));
    // Block Elements U+2580–U+2595 (half blocks, full block, shades, eighths) are East Asian
    // Ambiguous; chafa's AMBIGUOUS tag does not cover them, so they go by range.
    if (ambiguous_wide) {
        chafa_symbol_map_remove_by_tags(map, CHAFA_SYMBOL_TAG_AMBIGUOUS);
        chafa_symbol_map_remove_by_range(map, 0x2580, 0x2595);
    }
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    chafa_canvas_config_set_geometry(config, columns, rows);
    chafa_canvas_config_set_canvas_mode(config, chafa_canvas_mode(depth));
    chafa_canvas_config_set_pixel_mode(config, CHAFA_PIXEL_MODE_SYMBOLS);
    chafa_canvas_config_set_symbol_map(config, map);
    ChafaCanvas *canvas = chafa_canvas_new(config);
    chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, image->pixels,
                                 (gint)image->width, (gint)image->height, (gint)image->width * 4);
    for (int32_t y = 0; y < rows; y++) {
        for (int32_t x = 0; x < columns; x++) {
            gint foreground = -1, background = -1;
            // Indexed modes: the raw values are palette indices; true colour: packed RGB.
            if (depth != CI_COLORS_TRUE) {
                chafa_canvas_get_raw_colors_at(canvas, x, y, &foreground, &background);
            } else {
                chafa_canvas_get_colors_at(canvas, x, y, &foreground, &background);
            }
            ci_cell *cell = &cells[(size_t)y * (size_t)columns + (size_t)x];
            cell->codepoint = chafa_canvas_get_char_at(canvas, x, y);
            cell->foreground = chafa_cell_color(foreground);
            cell->background = chafa_cell_color(background);
        }
    }
    chafa_canvas_unref(canvas);
    chafa_canvas_config_unref(config);
    chafa_symbol_map_unref(map);
}

static ChafaPixelMode chafa_pixel_mode(ci_draw_mode mode) {
    switch (mode) {
    case CI_DRAW_SIXEL: return CHAFA_PIXEL_MODE_SIXELS;
    case CI_DRAW_KITTY: return CHAFA_PIXEL_MODE_KITTY;
    case CI_DRAW_ITERM2: return CHAFA_PIXEL_MODE_ITERM2;
    case CI_DRAW_SYMBOLS: break;
    }
    return CHAFA_PIXEL_MODE_SYMBOLS;
}

char *ci_draw_sequence(const ci_image *image, int32_t columns, int32_t rows,
                       int32_t cell_width, int32_t cell_height, ci_draw_mode mode, size_t *length) {
    *length = 0;
    if (mode == CI_DRAW_SYMBOLS) return NULL;
    ChafaCanvasConfig *config = chafa_canvas_config_new();
    chafa_canvas_config_set_geometry(config, columns, rows);
    chafa_canvas_config_set_cell_geometry(config, cell_width, cell_height);
    chafa_canvas_config_set_canvas_mode(config, CHAFA_CANVAS_MODE_TRUECOLOR);
    chafa_canvas_config_set_pixel_mode(config, chafa_pixel_mode(mode));
    ChafaCanvas *canvas = chafa_canvas_new(config);
    chafa_canvas_draw_all_pixels(canvas, CHAFA_PIXEL_RGBA8_UNASSOCIATED, image->pixels,
                                 (gint)image->width, (gint)image->height, (gint)image->width * 4);
    // The fallback term info knows every graphics protocol's sequences; which one is used
    // follows the canvas's pixel mode, chosen by the caller.
    ChafaTermInfo *terminal = chafa_term_db_get_fallback_info(chafa_term_db_get_default());
    GString *printed = chafa_canvas_print(canvas, terminal);
    char *bytes = malloc(printed->len + 1);
    if (bytes != NULL) {
        memcpy(bytes, printed->str, printed->len + 1);
        *length = printed->len;
    }
    g_string_free(printed, TRUE);
    chafa_term_info_unref(terminal);
    chafa_canvas_unref(canvas);
    chafa_canvas_config_unref(config);
    return bytes;
}
