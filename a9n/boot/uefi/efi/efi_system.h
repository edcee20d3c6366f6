/*
 * The UEFI system table, the boot-services table and the simple text output
 * protocol (UEFI 2.x, "EFI System Table", "Services - Boot Services",
 * "Console Support").
 *
 * Layer: UEFI boot loader, firmware interface. Slots the loader never calls
 * are kept as untyped pointers: only their position in the table matters.
 */
#ifndef A9N_UEFI_EFI_SYSTEM_H
#define A9N_UEFI_EFI_SYSTEM_H

#include "efi_base.h"
#include "efi_memory.h"

#include <stddef.h>

struct efi_simple_text_output {
    void *reset;
    efi_status(EFIAPI *output_string)(struct efi_simple_text_output *self,
                                      const efi_char16 *string);
    void *test_string;
    void *query_mode;
    void *set_mode;
    void *set_attribute;
    void *clear_screen;
    void *set_cursor_position;
    void *enable_cursor;
    void *mode;
};

struct efi_boot_services {
    struct efi_table_header header;

    /* task priority */
    void *raise_tpl;
    void *restore_tpl;

    /* memory */
    efi_status(EFIAPI *allocate_pages)(uint32_t allocate_type, uint32_t memory_type, uint64_t pages,
                                       uint64_t *physical_address);
    efi_status(EFIAPI *free_pages)(uint64_t physical_address, uint64_t pages);
    efi_status(EFIAPI *get_memory_map)(uint64_t *map_size, void *map, uint64_t *map_key,
                                       uint64_t *descriptor_size, uint32_t *descriptor_version);
    void *allocate_pool;
    void *free_pool;

    /* events and timers */
    void *create_event;
    void *set_timer;
    void *wait_for_event;
    void *signal_event;
    void *close_event;
    void *check_event;

    /* protocol handlers */
    void *install_protocol_interface;
    void *reinstall_protocol_interface;
    void *uninstall_protocol_interface;
    efi_status(EFIAPI *handle_protocol)(efi_handle handle, const struct efi_guid *protocol,
                                        void **interface);
    void *reserved;
    void *register_protocol_notify;
    void *locate_handle;
    void *locate_device_path;
    void *install_configuration_table;

    /* images */
    void *load_image;
    void *start_image;
    void *exit;
    void *unload_image;
    efi_status(EFIAPI *exit_boot_services)(efi_handle image, uint64_t map_key);

    /* miscellaneous */
    void *get_next_monotonic_count;
    efi_status(EFIAPI *stall)(uint64_t microseconds);
    void *set_watchdog_timer;

    /* driver support */
    void *connect_controller;
    void *disconnect_controller;

    /* open and close protocol */
    void *open_protocol;
    void *close_protocol;
    void *open_protocol_information;

    /* library */
    void *protocols_per_handle;
    void *locate_handle_buffer;
    efi_status(EFIAPI *locate_protocol)(const struct efi_guid *protocol, void *registration,
                                        void **interface);
    void *install_multiple_protocol_interfaces;
    void *uninstall_multiple_protocol_interfaces;
    void *calculate_crc32;
    void *copy_mem;
    void *set_mem;
    void *create_event_ex;
};

/* Vendor tables the firmware publishes, each named by a GUID. */
struct efi_configuration_table {
    struct efi_guid vendor_guid;
    void *vendor_table;
};

/* The ACPI RSDP: ACPI 2.0+ (XSDT-capable) and the older ACPI 1.0 entry. */
#define EFI_ACPI_20_TABLE_GUID                                                                     \
    {                                                                                              \
        0x8868e871, 0xe4f1, 0x11d3,                                                                \
        {                                                                                          \
            0xbc, 0x22, 0x00, 0x80, 0xc7, 0x3c, 0x88, 0x81                                         \
        }                                                                                          \
    }
#define EFI_ACPI_10_TABLE_GUID                                                                     \
    {                                                                                              \
        0xeb9d2d30, 0x2d88, 0x11d3,                                                                \
        {                                                                                          \
            0x9a, 0x16, 0x00, 0x90, 0x27, 0x3f, 0xc1, 0x4d                                         \
        }                                                                                          \
    }

struct efi_system_table {
    struct efi_table_header header;
    efi_char16 *firmware_vendor;
    uint32_t firmware_revision;
    efi_handle console_in_handle;
    void *con_in;
    efi_handle console_out_handle;
    struct efi_simple_text_output *con_out;
    efi_handle standard_error_handle;
    struct efi_simple_text_output *std_err;
    void *runtime_services;
    struct efi_boot_services *boot_services;
    uint64_t number_of_table_entries;
    struct efi_configuration_table *configuration_table;
};

#endif
