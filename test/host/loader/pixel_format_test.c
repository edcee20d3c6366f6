/*
 * Host unit tests of the GOP pixel-format description
 * (a9n/boot/uefi/pixel_format.c): the two fixed 32-bit formats, bit-mask
 * formats (16-bit 565, 24-bit, 10-bit channels) and every rejected mode.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "pixel_format.h"

#include <string.h>

static const struct efi_pixel_bitmask no_masks = {0, 0, 0, 0};

static void test_fixed_formats(void)
{
    struct a9n_framebuffer fb;
    memset(&fb, 0, sizeof(fb));
    CHECK(pixel_format_describe(&fb, EFI_PIXEL_BGR_RESERVED_8, &no_masks, 1280));
    CHECK_EQ(fb.bits_per_pixel, 32);
    CHECK_EQ(fb.pitch, 1280 * 4);
    CHECK_EQ(fb.blue_shift, 0);
    CHECK_EQ(fb.green_shift, 8);
    CHECK_EQ(fb.red_shift, 16);
    CHECK_EQ(fb.red_size, 8);
    CHECK_EQ(fb.green_size, 8);
    CHECK_EQ(fb.blue_size, 8);

    CHECK(pixel_format_describe(&fb, EFI_PIXEL_RGB_RESERVED_8, &no_masks, 800));
    CHECK_EQ(fb.bits_per_pixel, 32);
    CHECK_EQ(fb.pitch, 3200);
    CHECK_EQ(fb.red_shift, 0);
    CHECK_EQ(fb.green_shift, 8);
    CHECK_EQ(fb.blue_shift, 16);
}

static void test_bit_masks(void)
{
    struct a9n_framebuffer fb;
    const struct efi_pixel_bitmask rgb565 = {0xf800, 0x07e0, 0x001f, 0};
    CHECK(pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &rgb565, 1024));
    CHECK_EQ(fb.bits_per_pixel, 16);
    CHECK_EQ(fb.pitch, 2048);
    CHECK_EQ(fb.red_shift, 11);
    CHECK_EQ(fb.red_size, 5);
    CHECK_EQ(fb.green_shift, 5);
    CHECK_EQ(fb.green_size, 6);
    CHECK_EQ(fb.blue_shift, 0);
    CHECK_EQ(fb.blue_size, 5);

    const struct efi_pixel_bitmask bgr24 = {0xff0000, 0x00ff00, 0x0000ff, 0};
    CHECK(pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &bgr24, 640));
    CHECK_EQ(fb.bits_per_pixel, 24);
    CHECK_EQ(fb.pitch, 640 * 3);

    const struct efi_pixel_bitmask rgb10 = {0x3ff00000, 0x000ffc00, 0x000003ff, 0xc0000000};
    CHECK(pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &rgb10, 100));
    CHECK_EQ(fb.bits_per_pixel, 32);
    CHECK_EQ(fb.red_shift, 20);
    CHECK_EQ(fb.red_size, 10);
    CHECK_EQ(fb.green_shift, 10);
    CHECK_EQ(fb.blue_size, 10);
}

static void test_rejected(void)
{
    struct a9n_framebuffer fb;
    memset(&fb, 0x5a, sizeof(fb));
    struct a9n_framebuffer before = fb;

    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BLT_ONLY, &no_masks, 1024));
    CHECK(!pixel_format_describe(&fb, 4, &no_masks, 1024));
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &no_masks, 1024));
    const struct efi_pixel_bitmask gap = {0xf0f0, 0x0f00, 0x000f, 0};
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &gap, 1024));
    const struct efi_pixel_bitmask overlap = {0xff00, 0x0ff0, 0x000f, 0};
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &overlap, 1024));
    const struct efi_pixel_bitmask no_blue = {0xff0000, 0xff00, 0, 0};
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BIT_MASK, &no_blue, 1024));
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BGR_RESERVED_8, &no_masks, 0));
    CHECK(!pixel_format_describe(&fb, EFI_PIXEL_BGR_RESERVED_8, &no_masks, 0x40000000u));
    CHECK(memcmp(&fb, &before, sizeof(fb)) == 0);
}

int main(void)
{
    test_fixed_formats();
    test_bit_masks();
    test_rejected();
    return check_summary();
}
