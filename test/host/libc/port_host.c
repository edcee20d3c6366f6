/*
 * The OS port of KOITO-libc for the host tests (host tests).
 *
 * The same functions as libc/src/koito/ and libc/src/internal/port.h
 * declare, built on Linux: pages from mmap, waits on a futex, files and the
 * console through the host's descriptors, time from clock_gettime. It is
 * compiled against the host's headers, so it repeats the prototypes instead
 * of including port.h (whose types are KOITO-libc's). koito_test_pages_limit
 * lets a test make the page supply run out.
 */
#define _GNU_SOURCE
#include "port_host.h"
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

size_t koito_test_pages_limit = (size_t)-1;
static size_t pages_in_use;

/* KOITO's <fcntl.h> uses Linux's flag values, so open flags pass unchanged. */
_Static_assert(O_CREAT == 0100 && O_EXCL == 0200 && O_TRUNC == 01000 && O_APPEND == 02000,
               "KOITO-libc's open flags are Linux's");

int __koito_futex_wait(volatile int *word, int expected)
{
    syscall(SYS_futex, word, FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
    return 0;
}

void __koito_futex_wake(volatile int *word, int count)
{
    syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, count, NULL, NULL, 0);
}

unsigned long __koito_thread_self(void)
{
    return (unsigned long)pthread_self();
}

void *__koito_pages_map(size_t bytes)
{
    size_t in_use = __atomic_add_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
    if (in_use > koito_test_pages_limit) {
        __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
        return NULL;
    }
    void *pages = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED) {
        __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
        return NULL;
    }
    return pages;
}

void __koito_pages_unmap(void *pages, size_t bytes)
{
    munmap(pages, bytes);
    __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
}

int __koito_sys_open(const char *path, int flags, unsigned mode)
{
    int descriptor = open(path, flags, mode);
    return descriptor < 0 ? -errno : descriptor;
}

long __koito_sys_read(int descriptor, void *data, size_t length)
{
    ssize_t got = read(descriptor, data, length);
    return got < 0 ? -errno : got;
}

long __koito_sys_write(int descriptor, const void *data, size_t length)
{
    ssize_t wrote = write(descriptor, data, length);
    return wrote < 0 ? -errno : wrote;
}

long long __koito_sys_seek(int descriptor, long long offset, int whence)
{
    off_t position = lseek(descriptor, offset, whence);
    return position < 0 ? -errno : position;
}

int __koito_sys_close(int descriptor)
{
    return close(descriptor) < 0 ? -errno : 0;
}

int __koito_sys_unlink(const char *path)
{
    return unlink(path) < 0 ? -errno : 0;
}

int __koito_sys_rename(const char *from, const char *to)
{
    return rename(from, to) < 0 ? -errno : 0;
}

long __koito_console_read(void *data, size_t length)
{
    return __koito_sys_read(0, data, length);
}

size_t __koito_console_write(void *file, const char *data, size_t length)
{
    (void)file;
    long wrote = __koito_sys_write(1, data, length);
    return wrote < 0 ? 0 : (size_t)wrote;
}

void __koito_console_message(const char *message)
{
    fputs(message, stderr);
}

int __koito_time_now(long long *seconds, long *nanoseconds)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    *seconds = now.tv_sec;
    *nanoseconds = now.tv_nsec;
    return 0;
}

/* exit() runs the destructors between these bounds; the guest's linker
 * script defines them, the host tests have none: both name one address. */
void (*const __koito_fini_array_start[1])(void);
extern void (*const __koito_fini_array_end[1])(void)
    __attribute__((alias("__koito_fini_array_start")));
