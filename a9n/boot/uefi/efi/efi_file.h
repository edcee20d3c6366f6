/*
 * The protocols the loader reads its files through (UEFI 2.x, "Protocols -
 * EFI Loaded Image" and "Protocols - Media Access"): the loaded image (to
 * learn which device the loader came from), the simple file system on that
 * device, and the file protocol with its EFI_FILE_INFO record.
 *
 * Layer: UEFI boot loader, firmware interface.
 */
#ifndef A9N_UEFI_EFI_FILE_H
#define A9N_UEFI_EFI_FILE_H

#include "efi_base.h"

#define EFI_LOADED_IMAGE_PROTOCOL_GUID                                                             \
    {                                                                                              \
        0x5b1b31a1, 0x9562, 0x11d2,                                                                \
        {                                                                                          \
            0x8e, 0x3f, 0x00, 0xa0, 0xc9, 0x69, 0x72, 0x3b                                         \
        }                                                                                          \
    }

struct efi_loaded_image {
    uint32_t revision;
    efi_handle parent_handle;
    void *system_table;
    efi_handle device_handle; /* the volume the loader was read from */
    void *file_path;
    void *reserved;
    uint32_t load_options_size;
    void *load_options;
    void *image_base;
    uint64_t image_size;
    uint32_t image_code_type;
    uint32_t image_data_type;
    void *unload;
};

#define EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID                                                       \
    {                                                                                              \
        0x964e5b22, 0x6459, 0x11d2,                                                                \
        {                                                                                          \
            0x8e, 0x39, 0x00, 0xa0, 0xc9, 0x69, 0x72, 0x3b                                         \
        }                                                                                          \
    }

struct efi_file;

struct efi_simple_file_system {
    uint64_t revision;
    efi_status(EFIAPI *open_volume)(struct efi_simple_file_system *self, struct efi_file **root);
};

#define EFI_FILE_MODE_READ UINT64_C(1)
#define EFI_FILE_DIRECTORY UINT64_C(0x10)

/* Revision 1 of the file protocol; later revisions only append members. */
struct efi_file {
    uint64_t revision;
    efi_status(EFIAPI *open)(struct efi_file *self, struct efi_file **new_handle,
                             const efi_char16 *file_name, uint64_t open_mode, uint64_t attributes);
    efi_status(EFIAPI *close)(struct efi_file *self);
    void *delete_file;
    efi_status(EFIAPI *read)(struct efi_file *self, uint64_t *buffer_size, void *buffer);
    void *write;
    void *get_position;
    void *set_position;
    efi_status(EFIAPI *get_info)(struct efi_file *self, const struct efi_guid *information_type,
                                 uint64_t *buffer_size, void *buffer);
    void *set_info;
    void *flush;
};

#define EFI_FILE_INFO_GUID                                                                         \
    {                                                                                              \
        0x09576e92, 0x6d3f, 0x11d2,                                                                \
        {                                                                                          \
            0x8e, 0x39, 0x00, 0xa0, 0xc9, 0x69, 0x72, 0x3b                                         \
        }                                                                                          \
    }

struct efi_time {
    uint16_t year;
    uint8_t month;
    uint8_t day;
    uint8_t hour;
    uint8_t minute;
    uint8_t second;
    uint8_t pad1;
    uint32_t nanosecond;
    int16_t time_zone;
    uint8_t daylight;
    uint8_t pad2;
};

/* Followed in memory by the NUL-terminated UCS-2 file name. */
struct efi_file_info {
    uint64_t size; /* of this record, name included */
    uint64_t file_size;
    uint64_t physical_size;
    struct efi_time create_time;
    struct efi_time last_access_time;
    struct efi_time modification_time;
    uint64_t attribute;
};

#endif
