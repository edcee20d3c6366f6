/*
 * The OS port of KOITO-libc (libc, internal header): the only functions that
 * talk to the kernel or the hardware, all defined in src/koito/.
 *
 * Everything else in the library reaches the system through these, so moving
 * from the walking skeleton's debug capability to IPC with KOITO's servers
 * changes this directory only.
 */
#ifndef KOITO_LIBC_INTERNAL_PORT_H
#define KOITO_LIBC_INTERNAL_PORT_H

#include "libc.h"
#include <stddef.h>
#include <stdio.h>

/* The write function of stdout and stderr: the kernel console. */
__KOITO_HIDDEN size_t __koito_console_write(FILE *file, const char *data, size_t length);

/* Writes a NUL-terminated message to the console, bypassing stdio; for the
 * last words of a failing program. */
__KOITO_HIDDEN void __koito_console_message(const char *message);

/* What the kernel passed the program's entry point; set by __koito_start(). */
struct a9n_boot_info;
struct a9n_root_info;
extern const struct a9n_boot_info *__koito_boot_info_pointer __KOITO_HIDDEN;
extern void *__koito_ipc_buffer_pointer __KOITO_HIDDEN;
extern const struct a9n_root_info *__koito_root_info_pointer __KOITO_HIDDEN;

/* The C half of crt0: records the kernel's arguments, runs the constructors,
 * calls main() and exits with its result. */
__KOITO_HIDDEN _Noreturn void __koito_start(const struct a9n_boot_info *boot_info, void *ipc_buffer,
                                            const struct a9n_root_info *root_info);

/* ---- Port functions of the portable core (added by libc-core) ----------
 * Every function below returns 0 (or a count, a descriptor, an offset) on
 * success and a negated errno value on failure, so the port never touches
 * errno and the caller decides what the program sees. Guest versions live one
 * per file in src/koito/; until the OS services behind them exist they fail
 * with -ENOSYS (files, time), give no memory (pages) or wait by yielding
 * (futex). The host tests supply their own versions (test/host/libc/). */

/* Waits while *word == expected; returns 0 when woken or when *word already
 * differs (spurious returns are allowed: callers recheck). */
__KOITO_HIDDEN int __koito_futex_wait(volatile int *word, int expected);
/* Wakes up to `count` threads waiting on `word`. */
__KOITO_HIDDEN void __koito_futex_wake(volatile int *word, int count);
/* A non-zero value that identifies the calling thread while it lives. */
__KOITO_HIDDEN unsigned long __koito_thread_self(void);

/* Maps `bytes` (a multiple of the page size) of zeroed read-write memory;
 * returns NULL when no memory is left. */
__KOITO_HIDDEN void *__koito_pages_map(size_t bytes);
/* Returns pages that __koito_pages_map() gave. */
__KOITO_HIDDEN void __koito_pages_unmap(void *pages, size_t bytes);

/* Files, by descriptor, with <fcntl.h>'s flags and <stdio.h>'s SEEK_*. */
__KOITO_HIDDEN int __koito_sys_open(const char *path, int flags, unsigned mode);
__KOITO_HIDDEN long __koito_sys_read(int descriptor, void *data, size_t length);
__KOITO_HIDDEN long __koito_sys_write(int descriptor, const void *data, size_t length);
__KOITO_HIDDEN long long __koito_sys_seek(int descriptor, long long offset, int whence);
__KOITO_HIDDEN int __koito_sys_close(int descriptor);
__KOITO_HIDDEN int __koito_sys_unlink(const char *path);
__KOITO_HIDDEN int __koito_sys_rename(const char *from, const char *to);

/* Reads what the console has for stdin: at least one byte, or 0 at end of
 * input. */
__KOITO_HIDDEN long __koito_console_read(void *data, size_t length);

/* The current calendar time, in seconds and nanoseconds since 1970 UTC. */
__KOITO_HIDDEN int __koito_time_now(long long *seconds, long *nanoseconds);
/* ---- end of the portable core's port functions ------------------------- */

#endif
