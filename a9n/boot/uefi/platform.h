/*
 * What the firmware knows about the machine that the kernel needs: the ACPI
 * root pointer and the linear framebuffer.
 *
 * Layer: UEFI boot loader, on top of the system table's configuration tables
 * and the graphics output protocol.
 */
#ifndef A9N_UEFI_PLATFORM_H
#define A9N_UEFI_PLATFORM_H

#include "efi/efi_system.h"

#include <a9n/boot_info.h>

/* Physical address of the ACPI RSDP (2.0 preferred, else 1.0), or 0. */
uint64_t platform_acpi_rsdp(const struct efi_system_table *system);

/* Describe the current GOP mode in `fb`; false (fb untouched) if there is no
 * graphics output or its mode has no linear framebuffer. */
bool platform_framebuffer(struct efi_boot_services *boot_services, struct a9n_framebuffer *fb);

#endif
