/*
 * Description of a GOP pixel format in the terms of struct a9n_framebuffer.
 *
 * Layer: UEFI boot loader, pure C (no firmware calls); unit-tested on the host.
 */
#ifndef A9N_UEFI_PIXEL_FORMAT_H
#define A9N_UEFI_PIXEL_FORMAT_H

#include "efi/efi_graphics.h"

#include <a9n/boot_info.h>
#include <stdbool.h>

/* Fill the bits-per-pixel, channel shift/size and pitch fields of `fb` for a
 * mode with pixel format `format` (enum efi_pixel_format). Returns false, and
 * leaves `fb` alone, when the mode has no usable linear framebuffer: BLT-only,
 * an unknown format, empty, overlapping or non-contiguous masks, or a pitch
 * over 32 bits. */
bool pixel_format_describe(struct a9n_framebuffer *fb, uint32_t format,
                           const struct efi_pixel_bitmask *masks, uint32_t pixels_per_scan_line);

#endif
