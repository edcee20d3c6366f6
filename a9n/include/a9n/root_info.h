/*
 * How the kernel starts the root server (the first user program).
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * The kernel loads the root server's ELF64 image, maps a stack, an IPC buffer
 * page and a read-only copy of the boot-info blob (<a9n/boot_info.h>), and
 * enters the ELF entry point in user mode with:
 *   argument register 0 (x86_64: rdi) = address of the boot-info copy
 *   argument register 1 (x86_64: rsi) = address of the IPC buffer page
 *   argument register 2 (x86_64: rdx) = address of the root info below
 *   stack pointer = top of a A9N_ROOT_STACK_SIZE stack, 16-byte aligned
 * so the entry point can be an ordinary C function taking three arguments.
 * The stack, the IPC buffer, the boot-info copy and the root info are each followed by an
 * unmapped page, so running off their end faults.
 * All other general registers are zero and the FPU/SSE state is the
 * architecture's reset state (x86_64: MXCSR 0x1f80, FCW 0x037f).
 *
 * The root server's thread runs at priority A9N_ROOT_THREAD_PRIORITY and may
 * give any priority (its maximum controlled priority is the highest). Like
 * every user thread it has no direct I/O port access (x86_64: `in` and `out`
 * are protection faults); it reaches ports only through its I/O port
 * capability (slot A9N_ROOT_SLOT_IO_PORTS).
 */
#ifndef A9N_ROOT_INFO_H
#define A9N_ROOT_INFO_H

#include <a9n/compiler.h>
#include <stdint.h>

#define A9N_ROOT_STACK_SIZE 65536u /* 64 KiB */
#define A9N_IPC_BUFFER_SIZE 4096u

/*
 * The root server's initial capability space. Its root node (the node that
 * descriptors of depth 0 name; radix in `node_radix`, at least 8) holds:
 *   slot A9N_ROOT_SLOT_NODE            a capability to the root node itself
 *   slot A9N_ROOT_SLOT_THREAD          the root server's own thread
 *   slot A9N_ROOT_SLOT_ADDRESS_SPACE   the root server's address space
 *   slot A9N_ROOT_SLOT_INTERRUPTS      the interrupt region (every line)
 *   slot A9N_ROOT_SLOT_IO_PORTS        every I/O port (x86_64)
 *   slot A9N_ROOT_SLOT_DEBUG           the debug capability (console output,
 *                                      event counters), in kernels built with
 *                                      the debug call only; empty in others
 *   slot A9N_ROOT_SLOT_IDENTIFIERS     the pool of every address-space
 *                                      identifier (conversions of address
 *                                      spaces name it or a pool issued from it)
 *   slots 8 .. 15                      reserved for the initial capabilities
 *                                      of later kernel versions
 *   from slot A9N_ROOT_SLOT_FIRST_GENERIC, `generic_count` generic
 *         capabilities, then `mapping_count` frame and page-table
 *         capabilities, each described by an array entry (sorted by slot)
 *
 * The generics cover all memory the root server may use: free memory; memory
 * the kernel used only to build the root server (A9N_ROOT_GENERIC_RECLAIMABLE:
 * it holds the frames and page tables of the root server's own address space,
 * so such a generic converts nothing until the root server has deleted every
 * capability listed under it in the mappings, and is then whole again); the
 * boot modules (the initrd, likewise reclaimable while its frames exist) and
 * the loader's memory.
 *
 * The mappings are the frames and page tables of the root server's address
 * space as the kernel built it (image, stack, IPC buffer, boot-info copy,
 * this root info, and the initrd mapped read-only at `initrd_address`), each
 * capability recording its mapping, in ascending address order; then the
 * framebuffer (<a9n/boot_info.h>) as device frames, not mapped (address 0).
 * Every capability has all rights.
 */
#define A9N_ROOT_SLOT_NODE          1u
#define A9N_ROOT_SLOT_THREAD        2u
#define A9N_ROOT_SLOT_ADDRESS_SPACE 3u
#define A9N_ROOT_SLOT_INTERRUPTS    4u
#define A9N_ROOT_SLOT_IO_PORTS      5u
#define A9N_ROOT_SLOT_DEBUG         6u
#define A9N_ROOT_SLOT_IDENTIFIERS   7u
#define A9N_ROOT_SLOT_FIRST_GENERIC 16u
#define A9N_ROOT_THREAD_PRIORITY    128u
#define A9N_ROOT_INFO_VERSION       2u

/* Flags of a root generic. */
#define A9N_ROOT_GENERIC_RECLAIMABLE 2u /* in use by boot mappings until they are deleted */

struct a9n_root_generic {
    uint32_t slot;
    uint8_t size_bits; /* the generic covers 2^size_bits bytes */
    uint8_t flags;     /* A9N_ROOT_GENERIC_* */
    uint16_t reserved;
};

struct a9n_root_mapping {
    uint64_t address; /* user address the frame maps, or the start of what the table covers */
    uint32_t slot;
    uint8_t type;  /* A9N_OBJECT_FRAME or A9N_OBJECT_PAGE_TABLE (enum a9n_object_type) */
    uint8_t level; /* a frame's size bits, a table's depth */
    uint16_t reserved;
};

struct a9n_root_info {
    uint32_t version; /* A9N_ROOT_INFO_VERSION */
    uint32_t node_radix;
    uint32_t generic_count;
    uint32_t generic_offset; /* bytes from the start of this structure */
    uint64_t generic_bytes;  /* total size of all generics */
    uint32_t mapping_count;
    uint32_t mapping_offset; /* bytes from the start of this structure */
    uint64_t initrd_address; /* where the initrd is mapped, 0 if there is none */
    uint64_t initrd_size;
};

A9N_STATIC_ASSERT(sizeof(struct a9n_root_generic) == 8, "a9n_root_generic layout");
A9N_STATIC_ASSERT(sizeof(struct a9n_root_mapping) == 16, "a9n_root_mapping layout");
A9N_STATIC_ASSERT(sizeof(struct a9n_root_info) == 48, "a9n_root_info layout");

static inline const struct a9n_root_generic *
a9n_root_info_generics(const struct a9n_root_info *info)
{
    return (const struct a9n_root_generic *)(const void *)((const char *)info +
                                                           info->generic_offset);
}

static inline const struct a9n_root_mapping *
a9n_root_info_mappings(const struct a9n_root_info *info)
{
    return (const struct a9n_root_mapping *)(const void *)((const char *)info +
                                                           info->mapping_offset);
}

#endif
