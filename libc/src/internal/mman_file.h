/*
 * Mappings of files (libc, internal header; libc/src/mman). A file mapping is anonymous memory
 * from the process's ULMM session filled with pread(): the same pages for MAP_PRIVATE and
 * MAP_SHARED. A shared mapping is recorded so that msync() and munmap() can write its changed
 * pages back: each record keeps its own close-on-exec duplicate of the descriptor (the program
 * may close its own) and, when the file is open for writing, a shadow copy of the pages as the
 * file last had them, against which a page counts as changed. Not coherent with other
 * processes' mappings of the file, nor with write() while mapped.
 */
#ifndef KOITO_LIBC_INTERNAL_MMAN_FILE_H
#define KOITO_LIBC_INTERNAL_MMAN_FILE_H

#include "libc.h"

#include <stddef.h>
#include <sys/types.h>

#define __KOITO_MMAN_PAGE 4096u

/* Map bytes (page-aligned) of the file at offset (page-aligned) with protection and flags as
 * mmap() took them; 0 and *start, or -errno: EBADF, ENODEV (not a regular file), EACCES (a
 * mode the descriptor's open flags do not allow), ENOMEM, or the read's error. */
__KOITO_HIDDEN int __koito_mmap_file(void *hint, size_t bytes, int protection, int flags,
                                     int descriptor, off_t offset, void **start);

/* Record [start, start + bytes), just mapped and filled from the file at offset, as shared;
 * 0 or -ENOMEM (then nothing is recorded). */
__KOITO_HIDDEN int __koito_mmap_shared_add(void *start, size_t bytes, int descriptor, off_t offset,
                                           int writable);

/* Write back the changed pages of the shared mappings in [address, address + bytes); 0 or the
 * first write's -errno. */
__KOITO_HIDDEN int __koito_mmap_shared_sync(void *address, size_t bytes);

/* munmap(): write back what changed in [address, address + bytes), give the pages back to ULMM
 * and forget that part of every shared mapping; 0, or -errno and nothing given back. */
__KOITO_HIDDEN int __koito_mmap_shared_unmap(void *address, size_t bytes);

/* Whether [address, address + bytes) may become writable: -EACCES if part of it maps a file
 * shared that is not open for writing, else 0. */
__KOITO_HIDDEN int __koito_mmap_shared_may_write(void *address, size_t bytes);

#endif
