/*
 * The host version of KOITO-libc's OS port (host tests): the prototypes of
 * libc/src/internal/port.h in host types, and the test's control over it.
 */
#ifndef KOITO_TEST_HOST_LIBC_PORT_HOST_H
#define KOITO_TEST_HOST_LIBC_PORT_HOST_H

#include <stddef.h>

/* Bytes __koito_pages_map() may hand out in total; SIZE_MAX by default. */
extern size_t koito_test_pages_limit;

unsigned long __koito_park_token(void);
int __koito_park(unsigned long long deadline);
void __koito_unpark(unsigned long token);
void __koito_yield(void);
int __koito_monotonic_now(unsigned long long *nanoseconds);
int __koito_cpu_time_process(unsigned long long *nanoseconds);
int __koito_cpu_time_thread(unsigned long long *nanoseconds);
int __koito_cpu_time_children(unsigned long long *nanoseconds);
int __koito_thread_create(void (*entry)(void *), const void *record, size_t record_size,
                          size_t stack_size, int detached, void **copy);
void __koito_thread_release(void *record);
void __koito_thread_detach(void *record);
_Noreturn void __koito_thread_exit(void);
unsigned long __koito_thread_self(void);
void *__koito_pages_map(size_t bytes);
void __koito_pages_unmap(void *pages, size_t bytes);
int __koito_sys_open(const char *path, int flags, unsigned mode);
long __koito_sys_read(int descriptor, void *data, size_t length);
long __koito_sys_write(int descriptor, const void *data, size_t length);
long long __koito_sys_seek(int descriptor, long long offset, int whence);
int __koito_sys_close(int descriptor);
int __koito_sys_unlink(const char *path);
int __koito_sys_rename(const char *from, const char *to);
long __koito_console_read(void *data, size_t length);
void __koito_console_message(const char *message);
int __koito_time_now(long long *seconds, long *nanoseconds);

/* KOITO-libc's struct stat (libc/include/sys/stat.h), mirrored: the host
 * port and the tests include the host's headers, whose struct stat differs. */
struct koito_timespec {
    long long tv_sec;
    long tv_nsec;
};
struct koito_stat {
    unsigned long long st_dev;
    unsigned long long st_ino;
    unsigned st_mode;
    unsigned long st_nlink;
    unsigned st_uid;
    unsigned st_gid;
    unsigned long long st_rdev;
    long long st_size;
    long st_blksize;
    long long st_blocks;
    struct koito_timespec st_atim;
    struct koito_timespec st_mtim;
    struct koito_timespec st_ctim;
};

#endif
