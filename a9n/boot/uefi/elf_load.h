/*
 * Placement of the kernel ELF at its physical load addresses, and the check
 * of the root server ELF.
 *
 * Layer: UEFI boot loader, on top of the shared ELF64 parser (a9n/lib/elf64.h)
 * and the tracked page allocator. Errors are reported on the console.
 */
#ifndef A9N_UEFI_ELF_LOAD_H
#define A9N_UEFI_ELF_LOAD_H

#include "file.h"

struct elf_load_kernel {
    uint64_t entry; /* physical address of e_entry */
    uint64_t base;  /* first page of the loaded image */
    uint64_t size;  /* bytes from base to the end of the last page */
};

/* Place every PT_LOAD segment of the kernel file at its p_paddr, in pages
 * of type EFI_MEMORY_A9N_KERNEL, copying file bytes and zeroing the rest. */
efi_status elf_load_kernel(const char *path, const struct file_blob *file,
                           struct elf_load_kernel *kernel);

/* Check that `file` is an x86_64 ELF executable the kernel could start. */
efi_status elf_load_check(const char *path, const struct file_blob *file);

#endif
