/*
 * mmap() of a file (libc, mman; mman_file.h): anonymous pages from the process's ULMM session,
 * mapped writable, filled from the file with pread() (what lies past the end of the file stays
 * zero), then given the protection asked for; a MAP_SHARED mapping is recorded for write-back.
 * A mapping with no access (PROT_NONE) only reserves the range: nothing can read it.
 */
#include "mman_file.h"
#include "port.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

/* 0 if the descriptor's open flags allow the mapping, else -errno (POSIX's EACCES rules: every
 * mapping reads the file; a writable shared one writes it too). */
static int mmap_file_check(int descriptor, int protection, int flags, int *writable)
{
    struct stat status;
    int error = __koito_sys_fstat(descriptor, &status);
    if (error < 0)
        return error;
    if (!S_ISREG(status.st_mode))
        return -ENODEV;
    int open_flags = __koito_sys_fcntl(descriptor, F_GETFL, 0);
    if (open_flags < 0)
        return open_flags;
    int mode = open_flags & O_ACCMODE;
    if (mode == O_WRONLY)
        return -EACCES;
    if ((flags & MAP_SHARED) && (protection & PROT_WRITE) && mode != O_RDWR)
        return -EACCES;
    *writable = mode == O_RDWR;
    return 0;
}

/* Fill [start, start + bytes) from the file at offset until its end; 0 or -errno. */
static int mmap_file_fill(unsigned char *start, size_t bytes, int descriptor, off_t offset)
{
    size_t done = 0;
    while (done < bytes) {
        long count = __koito_sys_pread(descriptor, start + done, bytes - done,
                                       (long long)offset + (long long)done);
        if (count < 0)
            return (int)count;
        if (count == 0)
            break;
        done += (size_t)count;
    }
    return 0;
}

int __koito_mmap_file(void *hint, size_t bytes, int protection, int flags, int descriptor,
                      off_t offset, void **start)
{
    int writable = 0;
    int error = mmap_file_check(descriptor, protection, flags, &writable);
    if (error < 0)
        return error;
    if (protection == PROT_NONE)
        return __koito_memory_map(hint, bytes, PROT_NONE, (flags & MAP_FIXED) != 0, start);
    error =
        __koito_memory_map(hint, bytes, PROT_READ | PROT_WRITE, (flags & MAP_FIXED) != 0, start);
    if (error < 0)
        return error;
    error = mmap_file_fill(*start, bytes, descriptor, offset);
    if (error == 0 && protection != (PROT_READ | PROT_WRITE))
        error = __koito_memory_protect(*start, bytes, protection);
    if (error == 0 && (flags & MAP_SHARED))
        error = __koito_mmap_shared_add(*start, bytes, descriptor, offset, writable);
    if (error < 0)
        __koito_memory_unmap(*start, bytes);
    return error;
}
