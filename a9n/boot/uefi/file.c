/*
 * Whole-file reads from the boot volume (UEFI 2.x EFI_LOADED_IMAGE_PROTOCOL,
 * EFI_SIMPLE_FILE_SYSTEM_PROTOCOL and EFI_FILE_PROTOCOL).
 *
 * Layer: UEFI boot loader. The file's size comes from EFI_FILE_INFO; the
 * read loop copes with a driver that returns fewer bytes than asked, and a
 * file that ends early is an error rather than a silently short module.
 */
#include "file.h"

#include "config.h"
#include "console.h"
#include "pages.h"

/* EFI_FILE_INFO plus a file name of up to CONFIG_PATH_MAX UCS-2 units. */
#define FILE_INFO_BUFFER (sizeof(struct efi_file_info) + sizeof(efi_char16) * CONFIG_PATH_MAX)

efi_status file_open_volume(struct efi_boot_services *boot_services, efi_handle image,
                            struct efi_file **root)
{
    static const struct efi_guid loaded_image_guid = EFI_LOADED_IMAGE_PROTOCOL_GUID;
    static const struct efi_guid file_system_guid = EFI_SIMPLE_FILE_SYSTEM_PROTOCOL_GUID;
    struct efi_loaded_image *loaded_image;
    struct efi_simple_file_system *file_system;

    efi_status status =
        boot_services->handle_protocol(image, &loaded_image_guid, (void **)&loaded_image);
    if (EFI_IS_ERROR(status)) {
        console_error(0, "the firmware does not describe the loader image (LoadedImage)");
        return status;
    }
    status = boot_services->handle_protocol(loaded_image->device_handle, &file_system_guid,
                                            (void **)&file_system);
    if (EFI_IS_ERROR(status)) {
        console_error(0, "the boot device has no file system the firmware can read");
        return status;
    }
    status = file_system->open_volume(file_system, root);
    if (EFI_IS_ERROR(status)) {
        console_error(0, "cannot open the boot volume");
    }
    return status;
}

static efi_status file_size(struct efi_file *file, const char *path, uint64_t *size)
{
    static const struct efi_guid file_info_guid = EFI_FILE_INFO_GUID;
    uint64_t buffer[FILE_INFO_BUFFER / sizeof(uint64_t) + 1];
    uint64_t buffer_size = sizeof(buffer);

    efi_status status = file->get_info(file, &file_info_guid, &buffer_size, buffer);
    if (EFI_IS_ERROR(status)) {
        console_error(path, "cannot read the file's size");
        return status;
    }
    const struct efi_file_info *info = (const struct efi_file_info *)buffer;
    if ((info->attribute & EFI_FILE_DIRECTORY) != 0) {
        console_error(path, "is a directory");
        return EFI_NOT_FOUND;
    }
    *size = info->file_size;
    return EFI_SUCCESS;
}

static efi_status file_read(struct efi_file *file, const char *path, uint8_t *buffer, uint64_t size)
{
    uint64_t done = 0;
    while (done < size) {
        uint64_t chunk = size - done;
        efi_status status = file->read(file, &chunk, buffer + done);
        if (EFI_IS_ERROR(status)) {
            console_error(path, "read error");
            return status;
        }
        if (chunk == 0) {
            console_error(path, "file shorter than its directory entry says");
            return EFI_VOLUME_CORRUPTED;
        }
        done += chunk;
    }
    return EFI_SUCCESS;
}

static efi_status file_load_open(struct efi_file *file, const char *path, uint32_t memory_type,
                                 uint64_t max_size, struct file_blob *blob)
{
    uint64_t size;
    efi_status status = file_size(file, path, &size);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    if (size == 0) {
        console_error(path, "file is empty");
        return EFI_LOAD_ERROR;
    }
    if (size > max_size) {
        console_begin_error(path);
        console_write("file too large (");
        console_write_decimal(size);
        console_write(" bytes, at most ");
        console_write_decimal(max_size);
        console_write(")\n");
        return EFI_LOAD_ERROR;
    }
    uint64_t pages = pages_for_bytes(size);
    uint64_t address;
    status = pages_allocate(pages, memory_type, &address);
    if (EFI_IS_ERROR(status)) {
        console_error(path, "not enough memory to load the file");
        return status;
    }
    uint8_t *bytes = (uint8_t *)(uintptr_t)address;
    __builtin_memset(bytes + size, 0, pages * EFI_PAGE_SIZE - size);
    status = file_read(file, path, bytes, size);
    if (EFI_IS_ERROR(status)) {
        pages_free(address);
        return status;
    }
    blob->address = address;
    blob->size = size;
    return EFI_SUCCESS;
}

efi_status file_load(struct efi_file *root, const char *path, uint32_t memory_type,
                     uint64_t max_size, struct file_blob *blob)
{
    efi_char16 name[CONFIG_PATH_MAX];
    struct efi_file *file;

    if (!config_uefi_path(path, name, CONFIG_PATH_MAX)) {
        console_error(path, "path too long");
        return EFI_INVALID_PARAMETER;
    }
    efi_status status = root->open(root, &file, name, EFI_FILE_MODE_READ, 0);
    if (status == EFI_NOT_FOUND) {
        console_error(path, "file not found");
        return status;
    }
    if (EFI_IS_ERROR(status)) {
        console_error(path, "cannot open the file");
        return status;
    }
    status = file_load_open(file, path, memory_type, max_size, blob);
    file->close(file);
    return status;
}
