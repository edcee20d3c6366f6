/*
 * PVH boot path (x86_64 HAL, boot-only): turns the hvm_start_info structure
 * of the Xen PVH boot ABI (what QEMU's `-kernel` gives an ELF kernel with a
 * PVH note) into the A9N boot-info blob every boot path produces.
 *
 * - memory map: the start info's E820-style table, with the kernel image
 *   (KERNEL), the first module (MODULE) and the first MiB (RESERVED: firmware
 *   and the start info itself) overlaid;
 * - initrd: the first module, a cpio newc archive;
 * - root server: the archive member named by the `init=` option, or "init";
 * - command line and ACPI RSDP as given.
 * The blob lives in kernel .bss, so it needs no memory of its own.
 */
#include "pvh.h"

#include "memlayout.h"

#include <a9n/boot_info.h>
#include <cmdline.h>
#include <cpio_newc.h>
#include <kernel/panic.h>
#include <memory_map.h>

#define PVH_START_INFO_MAGIC 0x336ec578u
#define PVH_DEFAULT_ROOT     "init"

struct pvh_start_info {
    uint32_t magic;
    uint32_t version;
    // cppcheck-suppress unusedStructMember ; the PVH ABI's layout: the field must be there
    uint32_t flags;
    uint32_t module_count;
    uint64_t module_list;
    uint64_t command_line;
    uint64_t rsdp;
    uint64_t memory_map; /* version 1 and later */
    uint32_t memory_map_entries;
    // cppcheck-suppress unusedStructMember ; the PVH ABI's layout: the field must be there
    uint32_t reserved;
};

struct pvh_module {
    uint64_t physical_base;
    uint64_t size;
    // cppcheck-suppress unusedStructMember ; the PVH ABI's layout: the field must be there
    uint64_t command_line;
    // cppcheck-suppress unusedStructMember ; the PVH ABI's layout: the field must be there
    uint64_t reserved;
};

struct pvh_memory_entry {
    uint64_t base;
    uint64_t size;
    uint32_t type; /* E820 */
    // cppcheck-suppress unusedStructMember ; the PVH ABI's layout: the field must be there
    uint32_t reserved;
};

/* Symbols of the linker script (linker.ld): reserved names on purpose, so
 * they can never clash with a C identifier of ours. */
// NOLINTNEXTLINE(bugprone-reserved-identifier)
extern char __kernel_physical_start[], __kernel_physical_end[];

static uint64_t pvh_blob[A9N_BOOT_INFO_MAX_SIZE / sizeof(uint64_t)];

static uint32_t e820_to_a9n(uint32_t type)
{
    switch (type) {
    case 1:
        return A9N_MEMORY_USABLE;
    case 3:
        return A9N_MEMORY_ACPI_RECLAIMABLE;
    case 4:
        return A9N_MEMORY_ACPI_NVS;
    case 5:
        return A9N_MEMORY_UNUSABLE;
    default:
        return A9N_MEMORY_RESERVED;
    }
}

static void pvh_copy_command_line(struct a9n_boot_info *info, uint64_t physical, uint32_t offset)
{
    char *out = (char *)info + offset;
    uint32_t length = 0;
    if (physical) {
        const char *in = phys_to_virt(physical);
        while (length < A9N_BOOT_INFO_MAX_COMMAND_LINE - 1 && in[length]) {
            out[length] = in[length];
            length++;
        }
    }
    out[length] = 0;
    info->command_line_offset = offset;
    info->command_line_length = length;
    info->size = offset + length + 1;
}

static void pvh_find_root_server(struct a9n_boot_info *info, const char *command_line)
{
    char name[128] = PVH_DEFAULT_ROOT;
    const char *value;
    size_t length;
    if (cmdline_find(command_line, "init", &value, &length) && length > 0) {
        if (length >= sizeof(name))
            panic("PVH boot: the init= name is longer than %u bytes", (unsigned)sizeof(name) - 1);
        __builtin_memcpy(name, value, length);
        name[length] = 0;
    }
    if (info->initrd.size == 0)
        panic("PVH boot: no initrd; pass a cpio archive holding the root server as '%s' "
              "with -initrd",
              name);
    struct cpio_entry entry;
    enum cpio_error error =
        cpio_find(phys_to_virt(info->initrd.physical_base), info->initrd.size, name, &entry);
    if (error != CPIO_OK)
        panic("PVH boot: root server '%s' not found in the initrd: %s", name,
              cpio_error_string(error));
    info->root_server.physical_base = virt_to_phys(entry.data);
    info->root_server.size = entry.size;
}

const struct a9n_boot_info *pvh_boot_info(uint64_t start_info_physical)
{
    const struct pvh_start_info *start = phys_to_virt(start_info_physical);
    if (start->magic != PVH_START_INFO_MAGIC)
        panic("PVH boot: bad start info magic %x", start->magic);
    if (start->version < 1 || start->memory_map == 0)
        panic("PVH boot: the start info has no memory map (version %u)", start->version);

    struct a9n_boot_info *info = (struct a9n_boot_info *)pvh_blob;
    info->magic = A9N_BOOT_INFO_MAGIC;
    info->version = A9N_BOOT_INFO_VERSION;
    info->boot_source = A9N_BOOT_SOURCE_PVH;
    info->acpi_rsdp = start->rsdp;

    uint32_t capacity = A9N_BOOT_INFO_MAX_REGIONS;
    struct memory_map map = {
        .regions = (struct a9n_memory_region *)(info + 1),
        .count = 0,
        .capacity = capacity,
    };
    const struct pvh_memory_entry *entries = phys_to_virt(start->memory_map);
    for (uint32_t i = 0; i < start->memory_map_entries; i++) {
        if (!memory_map_add(&map, entries[i].base, entries[i].size, e820_to_a9n(entries[i].type)))
            panic("PVH boot: memory map entry %u is invalid or the map is too large", i);
    }
    uint64_t kernel_start = (uint64_t)__kernel_physical_start;
    uint64_t kernel_end = (uint64_t)__kernel_physical_end;
    info->kernel.physical_base = kernel_start;
    info->kernel.size = kernel_end - kernel_start;
    bool ok = memory_map_set(&map, 0, 0x100000, A9N_MEMORY_RESERVED) &&
              memory_map_set(&map, kernel_start, kernel_end - kernel_start, A9N_MEMORY_KERNEL);
    if (start->module_count > 0) {
        const struct pvh_module *module = phys_to_virt(start->module_list);
        info->initrd.physical_base = module->physical_base;
        info->initrd.size = module->size;
        ok = ok && memory_map_set(&map, module->physical_base, module->size, A9N_MEMORY_MODULE);
    }
    if (!ok)
        panic("PVH boot: cannot record the kernel and initrd in the memory map");
    info->memory_map_offset = sizeof(*info);
    info->memory_map_count = map.count;

    uint32_t command_line_offset = sizeof(*info) + map.count * sizeof(struct a9n_memory_region);
    pvh_copy_command_line(info, start->command_line, command_line_offset);
    panic_configure((const char *)info + info->command_line_offset);
    pvh_find_root_server(info, (const char *)info + info->command_line_offset);
    return info;
}
