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
#include <stdint.h>
#include <stdio.h>

/* The write function of stdout and stderr: the kernel console. */
__KOITO_HIDDEN size_t __koito_console_write(FILE *file, const char *data, size_t length);

/* Writes a NUL-terminated message to the console, bypassing stdio; for the
 * last words of a failing program. */
__KOITO_HIDDEN void __koito_console_message(const char *message);

/* What the program's entry point was passed; set by __koito_start(). The
 * kernel's root program gets the first two, a process started by KOITO init
 * the last (<koito/process.h>). */
struct a9n_boot_info;
struct a9n_root_info;
struct koito_process_info;
extern const struct a9n_boot_info *__koito_boot_info_pointer __KOITO_HIDDEN;
extern const struct a9n_root_info *__koito_root_info_pointer __KOITO_HIDDEN;
extern const struct koito_process_info *__koito_process_info_pointer __KOITO_HIDDEN;

/* The process's ULMM session (KOITO_SLOT_MEMORY), 0 when it has none; set by __koito_start(). */
extern uint64_t __koito_memory_session __KOITO_HIDDEN;
/* A ULMMI answer as 0 or a negated errno value. */
__KOITO_HIDDEN int __koito_memory_error(uint64_t error);
/* <sys/mman.h>'s PROT_* bits as ULMMI's (reading always included). */
__KOITO_HIDDEN uint64_t __koito_memory_prot(int protection);

/* The C half of crt0: records the entry arguments, sets up the main
 * thread's TLS, runs the constructors, calls main() and exits with its result. */
__KOITO_HIDDEN _Noreturn void __koito_start(const struct a9n_boot_info *boot_info, void *ipc_buffer,
                                            const struct a9n_root_info *root_info,
                                            const struct koito_process_info *process_info);

/* Give the main thread (capability `thread`, slot `thread_slot` of its node)
 * its TLS block and control block; 0 on success. */
__KOITO_HIDDEN int __koito_tls_start_main(uint64_t thread, uint64_t thread_slot, void *ipc_buffer);

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
/* Anonymous memory (mmap): `bytes` (a multiple of the page size) of zeroed pages with
 * <sys/mman.h>'s protection (PROT_NONE: only reserved), at `address` if `fixed`, else where the
 * memory manager chooses (address a hint); *start says where. */
__KOITO_HIDDEN int __koito_memory_map(void *address, size_t bytes, int protection, int fixed,
                                      void **start);
/* Gives back a page-aligned range of anonymous memory (munmap). */
__KOITO_HIDDEN int __koito_memory_unmap(void *address, size_t bytes);
/* Changes a page-aligned range's protection (mprotect). */
__KOITO_HIDDEN int __koito_memory_protect(void *address, size_t bytes, int protection);

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
/* ---- Port functions of the POSIX interfaces (added by ports) -----------
 * Same conventions as above; each fails with -ENOSYS until the POSIX server
 * exists. */
struct stat;
struct timespec;
struct dirent;
/* Reads from a file at an offset, leaving its position alone. */
__KOITO_HIDDEN long __koito_sys_pread(int descriptor, void *data, size_t length, long long offset);
/* Writes to a file at an offset, leaving its position alone. */
__KOITO_HIDDEN long __koito_sys_pwrite(int descriptor, const void *data, size_t length,
                                       long long offset);
/* Duplicates a descriptor, onto `target` or (target < 0) the lowest free one. */
__KOITO_HIDDEN int __koito_sys_dup(int descriptor, int target);
/* Makes a pipe: descriptors[0] reads, descriptors[1] writes. */
__KOITO_HIDDEN int __koito_sys_pipe(int descriptors[2]);
/* Sets the length of an open file. */
__KOITO_HIDDEN int __koito_sys_truncate(int descriptor, long long length);
/* Writes an open file's data and metadata to its storage. */
__KOITO_HIDDEN int __koito_sys_sync(int descriptor);
/* Changes an open file's owner. */
__KOITO_HIDDEN int __koito_sys_fchown(int descriptor, unsigned user, unsigned group);
/* Changes a file's owner. */
__KOITO_HIDDEN int __koito_sys_chown(const char *path, unsigned user, unsigned group);
/* Removes an empty directory. */
__KOITO_HIDDEN int __koito_sys_rmdir(const char *path);
/* Checks that a file exists and allows `mode` (<unistd.h>'s R_OK...). */
__KOITO_HIDDEN int __koito_sys_access(const char *path, int mode);
/* Changes the working directory. */
__KOITO_HIDDEN int __koito_sys_chdir(const char *path);
/* Copies the working directory's path, NUL included; returns its length. */
__KOITO_HIDDEN long __koito_sys_getcwd(char *buffer, size_t size);
/* Reads a symbolic link's target (not NUL-terminated); returns its length. */
__KOITO_HIDDEN long __koito_sys_readlink(const char *path, char *buffer, size_t size);
/* A file's status; `follow` == 0 describes a symbolic link itself. */
__KOITO_HIDDEN int __koito_sys_stat(const char *path, struct stat *status, int follow);
/* An open file's status. */
__KOITO_HIDDEN int __koito_sys_fstat(int descriptor, struct stat *status);
/* Makes a directory (mode already masked by umask). */
__KOITO_HIDDEN int __koito_sys_mkdir(const char *path, unsigned mode);
/* Changes a file's mode. */
__KOITO_HIDDEN int __koito_sys_chmod(const char *path, unsigned mode);
/* Changes an open file's mode. */
__KOITO_HIDDEN int __koito_sys_fchmod(int descriptor, unsigned mode);
/* Sets a file's access and modification times (NULL: now). */
__KOITO_HIDDEN int __koito_sys_utimes(const char *path, const struct timespec *times);
/* <fcntl.h>'s descriptor commands and record locks. */
__KOITO_HIDDEN int __koito_sys_fcntl(int descriptor, int command, long argument);
/* The next entry of an open directory: 1, or 0 at its end. */
__KOITO_HIDDEN int __koito_sys_readdir(int descriptor, struct dirent *entry);
/* Waits for a child process; returns its process id. */
__KOITO_HIDDEN int __koito_sys_waitpid(int process, int *status, int options);
/* Sends signal `number` to another process. */
__KOITO_HIDDEN int __koito_sys_kill(int process, int number);
/* Suspends the calling thread. */
__KOITO_HIDDEN int __koito_sys_sleep(long long nanoseconds);
/* Makes a symbolic link at `path` whose target is `target`. */
__KOITO_HIDDEN int __koito_sys_symlink(const char *target, const char *path);
/* Gives the file `existing` a second name, `path`. */
__KOITO_HIDDEN int __koito_sys_link(const char *existing, const char *path);
/* A device control request with its one pointer argument. */
__KOITO_HIDDEN int __koito_sys_ioctl(int descriptor, unsigned long request, void *argument);
/* 1 when a descriptor is a terminal, 0 when it is not. */
__KOITO_HIDDEN int __koito_sys_isatty(int descriptor);
/* The calling process's id and its parent's. Interim: the only program is
 * process 1, with no parent (0), until the POSIX server numbers processes. */
__KOITO_HIDDEN int __koito_sys_getpid(void);
__KOITO_HIDDEN int __koito_sys_getppid(void);
/* ---- end of the POSIX interfaces' port functions ------------------------ */

/* ---- end of the portable core's port functions ------------------------- */

#endif
