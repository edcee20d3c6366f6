/*
 * Host unit tests of the UEFI loader's memory-map translation
 * (a9n/boot/uefi/uefi_map.c): the UEFI-to-A9N memory type table, entry by
 * entry, and the walk over a firmware map with the firmware's descriptor
 * stride, unsorted input, merging, and what happens when a map does not fit.
 *
 * Layer: host tests (ASan + UBSan).
 */
#include "check.h"
#include "efi/efi_memory.h"
#include "uefi_map.h"

#include <string.h>

static void test_type_table(void)
{
    static const struct {
        uint32_t efi;
        uint32_t a9n;
    } table[] = {
        {EFI_RESERVED_MEMORY, A9N_MEMORY_RESERVED},
        {EFI_LOADER_CODE, A9N_MEMORY_BOOT_RECLAIMABLE},
        {EFI_LOADER_DATA, A9N_MEMORY_BOOT_RECLAIMABLE},
        {EFI_BOOT_SERVICES_CODE, A9N_MEMORY_USABLE},
        {EFI_BOOT_SERVICES_DATA, A9N_MEMORY_USABLE},
        {EFI_RUNTIME_SERVICES_CODE, A9N_MEMORY_RESERVED},
        {EFI_RUNTIME_SERVICES_DATA, A9N_MEMORY_RESERVED},
        {EFI_CONVENTIONAL_MEMORY, A9N_MEMORY_USABLE},
        {EFI_UNUSABLE_MEMORY, A9N_MEMORY_UNUSABLE},
        {EFI_ACPI_RECLAIM_MEMORY, A9N_MEMORY_ACPI_RECLAIMABLE},
        {EFI_ACPI_MEMORY_NVS, A9N_MEMORY_ACPI_NVS},
        {EFI_MEMORY_MAPPED_IO, A9N_MEMORY_DEVICE},
        {EFI_MEMORY_MAPPED_IO_PORT_SPACE, A9N_MEMORY_DEVICE},
        {EFI_PAL_CODE, A9N_MEMORY_RESERVED},
        {EFI_PERSISTENT_MEMORY, A9N_MEMORY_RESERVED},
        {EFI_UNACCEPTED_MEMORY, A9N_MEMORY_RESERVED},
        {16, A9N_MEMORY_RESERVED},
        {0x70000000u, A9N_MEMORY_RESERVED}, /* OEM-defined */
        {0x80000000u, A9N_MEMORY_RESERVED}, /* OS-defined, not ours */
        {EFI_MEMORY_A9N_KERNEL, A9N_MEMORY_KERNEL},
        {EFI_MEMORY_A9N_MODULE, A9N_MEMORY_MODULE},
        {0x80000003u, A9N_MEMORY_RESERVED},
        {0xffffffffu, A9N_MEMORY_RESERVED},
    };
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
        CHECK_EQ(uefi_map_type(table[i].efi), table[i].a9n);
    }
    CHECK_EQ(EFI_MEMORY_A9N_KERNEL, 0x80000001u);
    CHECK_EQ(EFI_MEMORY_A9N_MODULE, 0x80000002u);
}

/* A firmware-style map: descriptors `stride` bytes apart, padding filled with junk. */
struct firmware_map {
    uint8_t bytes[64 * 64];
    uint64_t size;
    uint64_t stride;
};

static void firmware_add(struct firmware_map *map, uint32_t type, uint64_t base, uint64_t pages)
{
    struct efi_memory_descriptor descriptor = {
        .type = type,
        .physical_start = base,
        .virtual_start = 0xdeadbeef,
        .number_of_pages = pages,
        .attribute = 0xf,
    };
    memset(map->bytes + map->size, 0xa5, map->stride);
    memcpy(map->bytes + map->size, &descriptor, sizeof(descriptor));
    map->size += map->stride;
}

static void check_region(const struct memory_map *map, uint32_t index, uint64_t base,
                         uint64_t length, uint32_t type)
{
    CHECK(index < map->count);
    if (index < map->count) {
        CHECK_EQ(map->regions[index].base, base);
        CHECK_EQ(map->regions[index].length, length);
        CHECK_EQ(map->regions[index].type, type);
    }
}

static void test_convert(uint64_t stride)
{
    struct firmware_map firmware = {.stride = stride};
    struct a9n_memory_region regions[16];
    struct memory_map map = {regions, 5, 16}; /* stale content is replaced */

    /* Unsorted, as firmware may give it; boot-services and conventional
     * memory side by side merge into one usable range. */
    firmware_add(&firmware, EFI_CONVENTIONAL_MEMORY, 0x200000, 0x100);
    firmware_add(&firmware, EFI_BOOT_SERVICES_DATA, 0x100000, 0x100);
    firmware_add(&firmware, EFI_MEMORY_A9N_KERNEL, 0x400000, 0x10);
    firmware_add(&firmware, EFI_MEMORY_A9N_MODULE, 0x800000, 0x20);
    firmware_add(&firmware, EFI_LOADER_CODE, 0x900000, 0x8);
    firmware_add(&firmware, EFI_ACPI_RECLAIM_MEMORY, 0xa00000, 0x1);
    firmware_add(&firmware, EFI_MEMORY_MAPPED_IO, 0xfec00000, 0x1);
    firmware_add(&firmware, EFI_RESERVED_MEMORY, 0x0, 0x1);
    firmware_add(&firmware, EFI_CONVENTIONAL_MEMORY, 0xb00000, 0); /* empty: ignored */

    CHECK(uefi_map_convert(&map, firmware.bytes, firmware.size, firmware.stride));
    CHECK_EQ(map.count, 7);
    check_region(&map, 0, 0x0, 0x1000, A9N_MEMORY_RESERVED);
    check_region(&map, 1, 0x100000, 0x200000, A9N_MEMORY_USABLE);
    check_region(&map, 2, 0x400000, 0x10000, A9N_MEMORY_KERNEL);
    check_region(&map, 3, 0x800000, 0x20000, A9N_MEMORY_MODULE);
    check_region(&map, 4, 0x900000, 0x8000, A9N_MEMORY_BOOT_RECLAIMABLE);
    check_region(&map, 5, 0xa00000, 0x1000, A9N_MEMORY_ACPI_RECLAIMABLE);
    check_region(&map, 6, 0xfec00000, 0x1000, A9N_MEMORY_DEVICE);

    /* A trailing partial descriptor is not read. */
    CHECK(uefi_map_convert(&map, firmware.bytes, firmware.size + stride - 1, firmware.stride));
    CHECK_EQ(map.count, 7);
}

static void test_convert_failures(void)
{
    struct firmware_map firmware = {.stride = 48};
    struct a9n_memory_region regions[2];
    struct memory_map map = {regions, 0, 2};

    firmware_add(&firmware, EFI_CONVENTIONAL_MEMORY, 0x100000, 0x10);

    /* A stride shorter than a descriptor cannot be walked. */
    CHECK(!uefi_map_convert(&map, firmware.bytes, firmware.size, 39));
    CHECK_EQ(map.count, 0);
    CHECK(!uefi_map_convert(&map, firmware.bytes, firmware.size, 0));

    /* A page count whose byte length overflows is left out, the rest kept. */
    firmware_add(&firmware, EFI_CONVENTIONAL_MEMORY, 0x1000000, UINT64_MAX / 4096 + 1);
    firmware_add(&firmware, EFI_ACPI_MEMORY_NVS, 0x2000000, 0x1);
    CHECK(!uefi_map_convert(&map, firmware.bytes, firmware.size, firmware.stride));
    CHECK_EQ(map.count, 2);
    check_region(&map, 0, 0x100000, 0x10000, A9N_MEMORY_USABLE);
    check_region(&map, 1, 0x2000000, 0x1000, A9N_MEMORY_ACPI_NVS);

    /* More regions than capacity: reported, and the map holds a subset. */
    firmware_add(&firmware, EFI_UNUSABLE_MEMORY, 0x3000000, 0x1);
    CHECK(!uefi_map_convert(&map, firmware.bytes, firmware.size, firmware.stride));
    CHECK_EQ(map.count, 2);

    /* An empty map converts to an empty map. */
    CHECK(uefi_map_convert(&map, firmware.bytes, 0, firmware.stride));
    CHECK_EQ(map.count, 0);
}

int main(void)
{
    test_type_table();
    test_convert(sizeof(struct efi_memory_descriptor));
    test_convert(48); /* OVMF's descriptor size */
    test_convert_failures();
    return check_summary();
}
