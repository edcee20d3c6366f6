/*
 * The A9N boot-info structure: what every boot path (the UEFI loader, the
 * PVH stub) hands the kernel, and what the kernel later shows the root server.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * The structure is one position-independent blob: a fixed header followed by
 * variable data (memory map, command line) found through offsets from the
 * start of the header, never through pointers. A blob can therefore be copied
 * or mapped anywhere and still be read. Every offset/count pair must lie
 * inside `size` bytes; consumers check that before use.
 *
 * Physical addresses appear here because the boot paths and the kernel need
 * them; the kernel decides what part a user program may see.
 */
#ifndef A9N_BOOT_INFO_H
#define A9N_BOOT_INFO_H

#include <a9n/compiler.h>
#include <stdint.h>

#define A9N_BOOT_INFO_MAGIC   UINT64_C(0x4f464e494f4f4241) /* "ABOOINFO" little endian */
#define A9N_BOOT_INFO_VERSION 1u

/* Upper bounds every consumer may rely on; producers must stay below them. */
#define A9N_BOOT_INFO_MAX_SIZE         65536u /* 64 KiB */
#define A9N_BOOT_INFO_MAX_REGIONS      1024u
#define A9N_BOOT_INFO_MAX_COMMAND_LINE 4096u

/* Which path booted the kernel. */
enum a9n_boot_source {
    A9N_BOOT_SOURCE_UEFI = 1,
    A9N_BOOT_SOURCE_PVH = 2,
};

/* What a range of physical memory holds. */
enum a9n_memory_type {
    A9N_MEMORY_USABLE = 1,           /* free RAM */
    A9N_MEMORY_RESERVED = 2,         /* firmware-owned or unknown: never touched */
    A9N_MEMORY_ACPI_RECLAIMABLE = 3, /* ACPI tables; RAM once they are consumed */
    A9N_MEMORY_ACPI_NVS = 4,         /* firmware state that must be preserved */
    A9N_MEMORY_UNUSABLE = 5,         /* faulty RAM */
    A9N_MEMORY_BOOT_RECLAIMABLE = 6, /* used by the boot path only; RAM after boot */
    A9N_MEMORY_KERNEL = 7,           /* the kernel image */
    A9N_MEMORY_MODULE = 8,           /* root server, initrd and this blob */
    A9N_MEMORY_DEVICE = 9,           /* memory-mapped I/O the firmware reported */
};

/* One entry of the memory map. Entries are sorted by base and do not overlap. */
struct a9n_memory_region {
    uint64_t base;
    uint64_t length;
    uint32_t type; /* enum a9n_memory_type */
    uint32_t reserved;
};

/* A file the boot path placed in physical memory. size == 0 means absent. */
struct a9n_boot_module {
    uint64_t physical_base;
    uint64_t size;
};

/* Linear framebuffer; physical_base == 0 means there is none. */
struct a9n_framebuffer {
    uint64_t physical_base;
    uint64_t size;
    uint32_t width;
    uint32_t height;
    uint32_t pitch; /* bytes per scan line */
    uint8_t bits_per_pixel;
    uint8_t red_shift;
    uint8_t red_size;
    uint8_t green_shift;
    uint8_t green_size;
    uint8_t blue_shift;
    uint8_t blue_size;
    uint8_t reserved;
    uint32_t reserved1; /* makes the tail padding explicit; zero */
};

struct a9n_boot_info {
    uint64_t magic;       /* A9N_BOOT_INFO_MAGIC */
    uint32_t version;     /* A9N_BOOT_INFO_VERSION */
    uint32_t size;        /* bytes of the whole blob, header included */
    uint32_t boot_source; /* enum a9n_boot_source */
    uint32_t reserved0;

    uint32_t memory_map_offset; /* array of struct a9n_memory_region, 8-aligned */
    uint32_t memory_map_count;
    uint32_t command_line_offset; /* NUL-terminated ASCII */
    uint32_t command_line_length; /* bytes before the NUL */

    struct a9n_boot_module kernel;
    struct a9n_boot_module root_server; /* an ELF64 executable */
    struct a9n_boot_module initrd;      /* a cpio newc archive */

    uint64_t acpi_rsdp;        /* physical address of the RSDP, 0 if unknown */
    uint64_t tsc_frequency_hz; /* 0 if the boot path does not know it */
    struct a9n_framebuffer framebuffer;
};

A9N_STATIC_ASSERT(sizeof(struct a9n_memory_region) == 24, "a9n_memory_region layout");
A9N_STATIC_ASSERT(sizeof(struct a9n_boot_module) == 16, "a9n_boot_module layout");
A9N_STATIC_ASSERT(sizeof(struct a9n_framebuffer) == 40, "a9n_framebuffer layout");
A9N_STATIC_ASSERT(sizeof(struct a9n_boot_info) == 144, "a9n_boot_info layout");
A9N_STATIC_ASSERT(__builtin_offsetof(struct a9n_boot_info, memory_map_offset) == 24,
                  "a9n_boot_info.memory_map_offset");
A9N_STATIC_ASSERT(__builtin_offsetof(struct a9n_boot_info, kernel) == 40, "a9n_boot_info.kernel");
A9N_STATIC_ASSERT(__builtin_offsetof(struct a9n_boot_info, acpi_rsdp) == 88,
                  "a9n_boot_info.acpi_rsdp");
A9N_STATIC_ASSERT(__builtin_offsetof(struct a9n_boot_info, framebuffer) == 104,
                  "a9n_boot_info.framebuffer");

#endif
