/*
 * ACPI RSDP lookup in the UEFI configuration tables and the GOP framebuffer
 * (UEFI 2.x "EFI System Table" and EFI_GRAPHICS_OUTPUT_PROTOCOL).
 *
 * Layer: UEFI boot loader. The current graphics mode is kept as the firmware
 * set it: changing modes is a policy the kernel's console drivers may own.
 */
#include "platform.h"

#include "efi/efi_graphics.h"
#include "pixel_format.h"

uint64_t platform_acpi_rsdp(const struct efi_system_table *system)
{
    static const struct efi_guid acpi_20 = EFI_ACPI_20_TABLE_GUID;
    static const struct efi_guid acpi_10 = EFI_ACPI_10_TABLE_GUID;
    uint64_t found_10 = 0;

    for (uint64_t i = 0; i < system->number_of_table_entries; i++) {
        const struct efi_configuration_table *table = &system->configuration_table[i];
        if (efi_guid_equal(&table->vendor_guid, &acpi_20)) {
            return (uint64_t)(uintptr_t)table->vendor_table;
        }
        if (efi_guid_equal(&table->vendor_guid, &acpi_10)) {
            found_10 = (uint64_t)(uintptr_t)table->vendor_table;
        }
    }
    return found_10;
}

bool platform_framebuffer(struct efi_boot_services *boot_services, struct a9n_framebuffer *fb)
{
    static const struct efi_guid gop_guid = EFI_GRAPHICS_OUTPUT_PROTOCOL_GUID;
    struct efi_graphics_output *gop;

    if (EFI_IS_ERROR(boot_services->locate_protocol(&gop_guid, 0, (void **)&gop)) ||
        gop->mode == 0 || gop->mode->info == 0 || gop->mode->frame_buffer_base == 0) {
        return false;
    }
    const struct efi_graphics_output_mode *mode = gop->mode;
    const struct efi_graphics_mode_information *info = mode->info;
    struct a9n_framebuffer described = {0};
    if (!pixel_format_describe(&described, info->pixel_format, &info->pixel_information,
                               info->pixels_per_scan_line)) {
        return false;
    }
    described.physical_base = mode->frame_buffer_base;
    described.size = mode->frame_buffer_size;
    described.width = info->horizontal_resolution;
    described.height = info->vertical_resolution;
    *fb = described;
    return true;
}
