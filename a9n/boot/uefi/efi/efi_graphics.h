/*
 * The graphics output protocol (UEFI 2.x, "Protocols - Console Support",
 * EFI_GRAPHICS_OUTPUT_PROTOCOL): only the current mode and its linear
 * framebuffer, which the loader passes on to the kernel.
 *
 * Layer: UEFI boot loader, firmware interface.
 */
#ifndef A9N_UEFI_EFI_GRAPHICS_H
#define A9N_UEFI_EFI_GRAPHICS_H

#include "efi_base.h"

#define EFI_GRAPHICS_OUTPUT_PROTOCOL_GUID                                                          \
    {                                                                                              \
        0x9042a9de, 0x23dc, 0x4a38,                                                                \
        {                                                                                          \
            0x96, 0xfb, 0x7a, 0xde, 0xd0, 0x80, 0x51, 0x6a                                         \
        }                                                                                          \
    }

/* How a pixel is laid out in the framebuffer. */
enum efi_pixel_format {
    EFI_PIXEL_RGB_RESERVED_8 = 0, /* bytes: red, green, blue, reserved */
    EFI_PIXEL_BGR_RESERVED_8 = 1, /* bytes: blue, green, red, reserved */
    EFI_PIXEL_BIT_MASK = 2,       /* described by efi_pixel_bitmask */
    EFI_PIXEL_BLT_ONLY = 3,       /* no linear framebuffer */
};

struct efi_pixel_bitmask {
    uint32_t red_mask;
    uint32_t green_mask;
    uint32_t blue_mask;
    uint32_t reserved_mask;
};

struct efi_graphics_mode_information {
    uint32_t version;
    uint32_t horizontal_resolution;
    uint32_t vertical_resolution;
    uint32_t pixel_format; /* enum efi_pixel_format */
    struct efi_pixel_bitmask pixel_information;
    uint32_t pixels_per_scan_line;
};

struct efi_graphics_output_mode {
    uint32_t max_mode;
    uint32_t mode;
    struct efi_graphics_mode_information *info;
    uint64_t size_of_info;
    uint64_t frame_buffer_base;
    uint64_t frame_buffer_size;
};

struct efi_graphics_output {
    void *query_mode;
    void *set_mode;
    void *blt;
    struct efi_graphics_output_mode *mode;
};

#endif
