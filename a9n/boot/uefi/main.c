/*
 * The A9N UEFI boot loader: entry point and boot sequence.
 *
 * Layer: UEFI boot loader (a PE32+ EFI application, BOOTX64.EFI). It reads
 * /a9n/boot.cfg from its own volume, places the kernel at its physical
 * addresses, loads the root server and initrd as modules, collects the ACPI
 * RSDP and framebuffer, exits boot services and enters the kernel with the
 * boot-info blob of <a9n/boot_info.h>.
 *
 * Failure before ExitBootServices prints one error line, gives every page
 * back, waits a few seconds so a person can read the line, and returns an
 * error to the firmware (which then tries its next boot option).
 */
#include "boot_blob.h"
#include "boot_exit.h"
#include "config.h"
#include "console.h"
#include "elf_load.h"
#include "enter.h"
#include "file.h"
#include "pages.h"
#include "platform.h"
#include "uefi_map.h"

#define MAIN_CONFIG_PATH    "/a9n/boot.cfg"
#define MAIN_CONFIG_MAX     65536u /* 64 KiB */
#define MAIN_FILE_MAX       (UINT64_C(1) << 30)
#define MAIN_ERROR_PAUSE_US 3000000u

/* What survives from loading the files to entering the kernel. */
struct main_boot {
    struct elf_load_kernel kernel;
    struct file_blob root_server;
    struct file_blob initrd; /* size 0: none */
    struct boot_blob blob;
};

/* Large, so kept off the firmware's stack. */
static struct config main_config;

static efi_status main_read_config(struct efi_file *root)
{
    struct file_blob file;
    efi_status status = file_load(root, MAIN_CONFIG_PATH, EFI_LOADER_DATA, MAIN_CONFIG_MAX, &file);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    uint32_t line;
    enum config_error error =
        config_parse(&main_config, (const char *)(uintptr_t)file.address, (size_t)file.size, &line);
    pages_free(file.address);
    if (error != CONFIG_OK) {
        console_begin_error(MAIN_CONFIG_PATH);
        if (line != 0) {
            console_write("line ");
            console_write_decimal(line);
            console_write(": ");
        }
        console_write(config_error_string(error));
        console_write("\n");
        return EFI_LOAD_ERROR;
    }
    return EFI_SUCCESS;
}

static void main_report_file(const char *what, const char *path, uint64_t size)
{
    console_begin();
    console_write(what);
    console_write(" ");
    console_write(path);
    console_write(", ");
    console_write_decimal(size);
    console_write(" bytes\n");
}

static efi_status main_load_kernel(struct efi_file *root, struct main_boot *boot)
{
    struct file_blob file;
    efi_status status = file_load(root, main_config.kernel, EFI_LOADER_DATA, MAIN_FILE_MAX, &file);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    main_report_file("kernel", main_config.kernel, file.size);
    status = elf_load_kernel(main_config.kernel, &file, &boot->kernel);
    pages_free(file.address);
    return status;
}

static efi_status main_load_modules(struct efi_file *root, struct main_boot *boot)
{
    const char *root_path = main_config.root;
    efi_status status =
        file_load(root, root_path, EFI_MEMORY_A9N_MODULE, MAIN_FILE_MAX, &boot->root_server);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    main_report_file("root server", root_path, boot->root_server.size);
    status = elf_load_check(root_path, &boot->root_server);
    if (EFI_IS_ERROR(status) || main_config.initrd[0] == '\0') {
        return status;
    }
    status =
        file_load(root, main_config.initrd, EFI_MEMORY_A9N_MODULE, MAIN_FILE_MAX, &boot->initrd);
    if (!EFI_IS_ERROR(status)) {
        main_report_file("initrd", main_config.initrd, boot->initrd.size);
    }
    return status;
}

static efi_status main_load_files(efi_handle image, struct efi_boot_services *boot_services,
                                  struct main_boot *boot)
{
    struct efi_file *root;
    efi_status status = file_open_volume(boot_services, image, &root);
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    status = main_read_config(root);
    if (!EFI_IS_ERROR(status)) {
        status = main_load_kernel(root, boot);
    }
    if (!EFI_IS_ERROR(status)) {
        status = main_load_modules(root, boot);
    }
    root->close(root);
    return status;
}

/* Allocate the blob and fill every field the firmware can still tell us. */
static efi_status main_prepare_blob(struct efi_system_table *system, struct main_boot *boot)
{
    uint64_t address;
    uint64_t pages = pages_for_bytes(A9N_BOOT_INFO_MAX_SIZE);
    if (EFI_IS_ERROR(pages_allocate(pages, EFI_MEMORY_A9N_MODULE, &address)) ||
        !boot_blob_init(&boot->blob, (void *)(uintptr_t)address, A9N_BOOT_INFO_MAX_SIZE,
                        main_config.cmdline, main_config.cmdline_length)) {
        console_error(0, "not enough memory for the boot information");
        return EFI_OUT_OF_RESOURCES;
    }
    struct a9n_boot_info *info = boot->blob.info;
    info->kernel = (struct a9n_boot_module){boot->kernel.base, boot->kernel.size};
    info->root_server = (struct a9n_boot_module){boot->root_server.address, boot->root_server.size};
    info->initrd = (struct a9n_boot_module){boot->initrd.address, boot->initrd.size};
    info->acpi_rsdp = platform_acpi_rsdp(system);
    info->tsc_frequency_hz = 0;

    console_begin();
    if (platform_framebuffer(system->boot_services, &info->framebuffer)) {
        console_write("framebuffer ");
        console_write_decimal(info->framebuffer.width);
        console_write("x");
        console_write_decimal(info->framebuffer.height);
        console_write(" at ");
        console_write_hex(info->framebuffer.physical_base);
    } else {
        console_write("no linear framebuffer");
    }
    console_write(", ACPI RSDP at ");
    console_write_hex(info->acpi_rsdp);
    console_write("\n");
    return EFI_SUCCESS;
}

/* Everything up to the point of no return. Returns only on failure. */
static efi_status main_boot(efi_handle image, struct efi_system_table *system)
{
    static struct main_boot boot;
    struct boot_exit_map map;

    efi_status status = main_load_files(image, system->boot_services, &boot);
    if (!EFI_IS_ERROR(status)) {
        status = main_prepare_blob(system, &boot);
    }
    if (!EFI_IS_ERROR(status)) {
        status = boot_exit_prepare(&map);
        if (EFI_IS_ERROR(status)) {
            console_error(0, "cannot read the firmware memory map");
        }
    }
    if (EFI_IS_ERROR(status)) {
        return status;
    }
    /* The final map differs from this one by a few entries at most, so a map
     * that fits now will fit after ExitBootServices, when nobody can be told. */
    if (!uefi_map_convert(&boot.blob.map, (const void *)(uintptr_t)map.buffer, map.size,
                          map.descriptor_size)) {
        console_error(0, "the firmware memory map does not fit in the boot information");
        return EFI_OUT_OF_RESOURCES;
    }
    console_begin();
    console_write("entering the kernel at ");
    console_write_hex(boot.kernel.entry);
    console_write("\n");

    status = boot_exit_leave(image, &map);
    if (EFI_IS_ERROR(status)) {
        console_error(0, "ExitBootServices failed");
        return status;
    }
    console_disable();
    /* Should a region not fit after all, it is left out: the kernel only uses
     * memory the map lists, so a shorter map loses memory but never lies. */
    uefi_map_convert(&boot.blob.map, (const void *)(uintptr_t)map.buffer, map.size,
                     map.descriptor_size);
    boot_blob_finish(&boot.blob);
    enter_kernel(boot.kernel.entry, (uint64_t)(uintptr_t)boot.blob.info);
}

efi_status EFIAPI efi_main(efi_handle image, struct efi_system_table *system)
{
    console_init(system->con_out);
    pages_init(system->boot_services);
    boot_exit_init(system->boot_services);

    efi_status status = main_boot(image, system);
    pages_free_all();
    system->boot_services->stall(MAIN_ERROR_PAUSE_US);
    return status;
}
