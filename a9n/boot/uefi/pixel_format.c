/*
 * GOP pixel formats (UEFI 2.x, EFI_GRAPHICS_PIXEL_FORMAT) turned into the
 * shift/size description of struct a9n_framebuffer.
 *
 * Layer: UEFI boot loader, pure C; unit-tested on the host.
 *
 * Shifts count from bit 0 of the pixel read as a little-endian integer, so
 * "byte 0 is red" (RGB reserved 8) gives red_shift 0.
 */
#include "pixel_format.h"

struct pixel_channel {
    uint8_t shift;
    uint8_t size;
};

/* A channel mask must be one non-empty run of set bits. */
static bool pixel_format_channel(uint32_t mask, struct pixel_channel *channel)
{
    if (mask == 0) {
        return false;
    }
    unsigned shift = (unsigned)__builtin_ctz(mask);
    uint32_t run = mask >> shift;
    if ((run & (run + 1)) != 0) {
        return false;
    }
    channel->shift = (uint8_t)shift;
    channel->size = (uint8_t)__builtin_popcount(mask);
    return true;
}

bool pixel_format_describe(struct a9n_framebuffer *fb, uint32_t format,
                           const struct efi_pixel_bitmask *masks, uint32_t pixels_per_scan_line)
{
    struct efi_pixel_bitmask layout;
    switch (format) {
    case EFI_PIXEL_RGB_RESERVED_8:
        layout = (struct efi_pixel_bitmask){0x000000ffu, 0x0000ff00u, 0x00ff0000u, 0xff000000u};
        break;
    case EFI_PIXEL_BGR_RESERVED_8:
        layout = (struct efi_pixel_bitmask){0x00ff0000u, 0x0000ff00u, 0x000000ffu, 0xff000000u};
        break;
    case EFI_PIXEL_BIT_MASK:
        layout = *masks;
        break;
    default:
        return false;
    }

    struct pixel_channel red, green, blue;
    if (!pixel_format_channel(layout.red_mask, &red) ||
        !pixel_format_channel(layout.green_mask, &green) ||
        !pixel_format_channel(layout.blue_mask, &blue)) {
        return false;
    }
    if ((layout.red_mask & layout.green_mask) != 0 || (layout.red_mask & layout.blue_mask) != 0 ||
        (layout.green_mask & layout.blue_mask) != 0) {
        return false;
    }

    uint32_t all = layout.red_mask | layout.green_mask | layout.blue_mask | layout.reserved_mask;
    unsigned bits = 32u - (unsigned)__builtin_clz(all);
    unsigned bytes_per_pixel = (bits + 7u) / 8u;
    uint64_t pitch = (uint64_t)pixels_per_scan_line * bytes_per_pixel;
    if (pitch == 0 || pitch > UINT32_MAX) {
        return false;
    }

    fb->bits_per_pixel = (uint8_t)(bytes_per_pixel * 8u);
    fb->pitch = (uint32_t)pitch;
    fb->red_shift = red.shift;
    fb->red_size = red.size;
    fb->green_shift = green.shift;
    fb->green_size = green.size;
    fb->blue_shift = blue.shift;
    fb->blue_size = blue.size;
    return true;
}
