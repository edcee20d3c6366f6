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

/* Writes to standard output (descriptor 1) or error (2): through the console server when the
 * process's streams are its (<koito/process.h>, KOITO_AUX_STREAMS), else through the kernel's
 * debug capability. Returns the bytes written or a negated errno value. */
__KOITO_HIDDEN long __koito_console_output(int descriptor, const void *data, size_t length);

/* Sends the console server any line stdout or stderr left unfinished (at exit). */
__KOITO_HIDDEN void __koito_console_finish(void);

/* The console capability in standard stream slot `slot` (KOITO_SLOT_STDIN...) when the
 * process's streams are the console server's, else A9N_DESCRIPTOR_INVALID. */
__KOITO_HIDDEN uint64_t __koito_console_capability(unsigned slot);

/* One console protocol request in words[0 .. length) of the calling thread's IPC buffer; the
 * reply replaces it. Returns the reply's length in words, or -EIO when the call failed or the
 * reply is an error. */
__KOITO_HIDDEN long __koito_console_call(uint64_t console, uint64_t *words, uint64_t length);

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
 * with -ENOSYS (files, time) or give no memory (pages). The host tests
 * supply their own versions (test/host/libc/). */

/* ---- Threads (added by libc-threads) -----------------------------------
 * The blocking primitive under every lock and condition variable: each
 * thread has a wake-up object (on KOITO its notification port), named by a
 * token; src/thread/__koito_futex.c keeps the queues of waiters per address
 * and parks and unparks threads with these. */

/* The calling thread's wake-up token, or 0 if it has none (a program that
 * never started a thread): then waits yield and recheck instead of parking. */
__KOITO_HIDDEN unsigned long __koito_park_token(void);
/* Blocks the calling thread until its token is unparked, or until the
 * monotonic clock reaches `deadline` nanoseconds (0: no deadline), then
 * -ETIMEDOUT. An unpark that came before the call makes it return at once,
 * and a left-over one may wake it spuriously: callers recheck. */
__KOITO_HIDDEN int __koito_park(unsigned long long deadline);
/* Wakes the thread whose token this is (or makes its next park return). */
__KOITO_HIDDEN void __koito_unpark(unsigned long token);
/* Gives up the rest of the time slice. */
__KOITO_HIDDEN void __koito_yield(void);
/* Nanoseconds of the monotonic clock (since boot); -ENOSYS if unknown. */
__KOITO_HIDDEN int __koito_monotonic_now(unsigned long long *nanoseconds);
/* Waits on notification port `notification` until it is signalled (0) or
 * the monotonic clock reaches `deadline` nanoseconds (-ETIMEDOUT), through
 * the timer service when the process has one (src/koito/__koito_timed_wait.c). */
__KOITO_HIDDEN int __koito_timed_wait(uint64_t notification, unsigned long long deadline);
/* Processor time in nanoseconds (the kernel's counts): of the calling
 * process (every thread that ran in its address space, ended ones included),
 * of the calling thread, and of the process's waited-for children and
 * theirs (the POSIX server's sum); -ENOSYS if unknown. */
__KOITO_HIDDEN int __koito_cpu_time_process(unsigned long long *nanoseconds);
__KOITO_HIDDEN int __koito_cpu_time_thread(unsigned long long *nanoseconds);
__KOITO_HIDDEN int __koito_cpu_time_children(unsigned long long *nanoseconds);
/* The clocks' resolution in nanoseconds; -ENOSYS if there are no clocks. */
__KOITO_HIDDEN int __koito_clock_resolution(unsigned long long *nanoseconds);
/* Starts a thread with at least `stack_size` bytes of stack (0: the
 * default) and its own TLS block. Its record, a copy of the `record_size`
 * bytes at `record`, lives in the thread's own memory; entry gets the copy's
 * address, and so does *copy. A joinable thread's memory (record included)
 * is kept until __koito_thread_release, a detached one's until it ends.
 * 0, -EAGAIN when no thread can be made, -EINVAL for a stack too large. */
__KOITO_HIDDEN int __koito_thread_create(void (*entry)(void *), const void *record,
                                         size_t record_size, size_t stack_size, int detached,
                                         void **copy);
/* Waits until the joinable thread whose record this is has ended, then lets
 * its memory, the record with it, be reused (pthread_join). */
__KOITO_HIDDEN void __koito_thread_release(void *record);
/* Makes a joinable thread detached: its memory is reused once it has ended,
 * which may be now (pthread_detach). */
__KOITO_HIDDEN void __koito_thread_detach(void *record);
/* Ends the calling thread (the main thread only stops). */
__KOITO_HIDDEN _Noreturn void __koito_thread_exit(void);
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

/* The limits the POSIX server enforces, for sysconf(), getrlimit() and poll(): descriptors per
 * process (open() past them: EMFILE) and bytes of a spawn's strings, the program's path, argv
 * and environ with their NULs (posix_spawn() past them: E2BIG). <koito/protocol/posix.h>'s
 * KOITO_POSIX_DESCRIPTORS_MAX and KOITO_POSIX_SPAWN_STRINGS_MAX, which src/koito/ checks them
 * against (the portable core also builds on the host, without the protocol's headers). */
#define __KOITO_OPEN_MAX 64
#define __KOITO_ARG_MAX  9456

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

/* The terminal's input mode (<termios.h>): __KOITO_TERMINAL_* bits. For a
 * descriptor that is a terminal (isatty), the console server's mode, got
 * and set through the process's standard input capability; -ENOTTY for
 * another descriptor, -ENOSYS when the process has no console server
 * (<termios.h> then keeps the mode for itself). */
#define __KOITO_TERMINAL_ECHO      1u
#define __KOITO_TERMINAL_CANONICAL 2u
#define __KOITO_TERMINAL_SIGNALS   4u /* ISIG: ^C and ^\ signal the foreground group */
__KOITO_HIDDEN int __koito_sys_terminal_mode(int descriptor, unsigned *mode);
__KOITO_HIDDEN int __koito_sys_set_terminal_mode(int descriptor, unsigned mode);

/* The current calendar time, in seconds and nanoseconds since 1970 UTC. */
__KOITO_HIDDEN int __koito_time_now(long long *seconds, long *nanoseconds);
/* ---- Port functions of the POSIX interfaces (added by ports) -----------
 * Same conventions as above; each fails with -ENOSYS in a process without the POSIX server. */
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
__KOITO_HIDDEN int __koito_sys_pipe(int descriptors[2], int flags);
/* Sets the length of an open file. */
__KOITO_HIDDEN int __koito_sys_truncate(int descriptor, long long length);
/* Writes an open file's data and metadata to its storage. */
__KOITO_HIDDEN int __koito_sys_sync(int descriptor);
/* Changes an open file's owner. */
__KOITO_HIDDEN int __koito_sys_fchown(int descriptor, unsigned user, unsigned group);
/* Removes an empty directory. */
__KOITO_HIDDEN int __koito_sys_rmdir(const char *path);
/* Checks that a file exists and allows `mode` (<unistd.h>'s R_OK...). */
__KOITO_HIDDEN int __koito_sys_access(const char *path, int mode);
/* Changes the working directory. */
__KOITO_HIDDEN int __koito_sys_chdir(const char *path);
/* Copies the working directory's path, NUL included; returns its length. */
__KOITO_HIDDEN long __koito_sys_getcwd(char *buffer, size_t size);
/* The *at forms: a relative path starts from the directory `directory` names (AT_FDCWD: the
 * working directory); an absolute one ignores it. openat: open's flags and (masked) mode;
 * fstatat: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH; unlinkat: AT_REMOVEDIR; faccessat: AT_EACCESS,
 * AT_SYMLINK_NOFOLLOW; fchmodat: AT_SYMLINK_NOFOLLOW; fchownat (owner and group, (unsigned)-1
 * keeping one): AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH. */
__KOITO_HIDDEN int __koito_sys_openat(int directory, const char *path, int flags, unsigned mode);
__KOITO_HIDDEN int __koito_sys_fstatat(int directory, const char *path, struct stat *status,
                                       int flags);
__KOITO_HIDDEN int __koito_sys_unlinkat(int directory, const char *path, int flags);
__KOITO_HIDDEN int __koito_sys_mkdirat(int directory, const char *path, unsigned mode);
__KOITO_HIDDEN int __koito_sys_renameat(int from_directory, const char *from, int to_directory,
                                        const char *to);
__KOITO_HIDDEN int __koito_sys_faccessat(int directory, const char *path, int mode, int flags);
__KOITO_HIDDEN int __koito_sys_fchmodat(int directory, const char *path, unsigned mode, int flags);
__KOITO_HIDDEN int __koito_sys_fchownat(int directory, const char *path, unsigned user,
                                        unsigned group, int flags);
/* Makes the directory a descriptor names the working directory. */
__KOITO_HIDDEN int __koito_sys_fchdir(int descriptor);
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
/* Sets the access and modification times of the file at path, relative to the directory
 * `directory` names (flags: AT_SYMLINK_NOFOLLOW), or (path NULL) of the open file of descriptor
 * `directory`; times NULL: both now; tv_nsec UTIME_NOW / UTIME_OMIT as utimensat() takes them. */
__KOITO_HIDDEN int __koito_sys_utimens(int directory, const char *path,
                                       const struct timespec *times, int flags);
/* <fcntl.h>'s descriptor commands and record locks. */
__KOITO_HIDDEN int __koito_sys_fcntl(int descriptor, int command, long argument);
/* The next entry of an open directory: 1, or 0 at its end. */
__KOITO_HIDDEN int __koito_sys_readdir(int descriptor, struct dirent *entry);
/* Waits for a child process; returns its process id. */
__KOITO_HIDDEN int __koito_sys_waitpid(int process, int *status, int options);
/* Sends signal `number` to another process. */
__KOITO_HIDDEN int __koito_sys_kill(int process, int number);
/* Sends signal `number` to every process of a process group the caller may signal (0: the
 * caller's group, -1: every process the caller may signal but itself). */
__KOITO_HIDDEN int __koito_sys_kill_group(int group, int number);
/* The process group and session of a process (0: the caller); either pointer may be NULL. */
__KOITO_HIDDEN int __koito_sys_get_group(int process, int *group, int *session);
/* Moves a process (0: the caller) into a process group (0: a group of its own). */
__KOITO_HIDDEN int __koito_sys_set_group(int process, int group);
/* Starts a session, and a process group, led by the caller; returns the session's id. */
__KOITO_HIDDEN int __koito_sys_new_session(void);
/* The console's foreground process group (the descriptor must be the console); returns it. */
__KOITO_HIDDEN int __koito_sys_foreground(int descriptor);
/* Makes a process group of the caller's session the console's foreground group. */
__KOITO_HIDDEN int __koito_sys_set_foreground(int descriptor, int group);
/* Suspends the calling thread; -EINTR when a signal handler ran meanwhile, *left (if not NULL)
 * then says how much of the time was left. */
__KOITO_HIDDEN int __koito_sys_sleep(long long nanoseconds, long long *left);

/* ---- Signals (src/koito/__koito_signal_*.c; the portable core is signal_impl.h) ----------
 * Tell the POSIX server which signals the process catches and which it ignores (bit n - 1 is
 * signal n); when some have a handler (`handling`), the signal thread that delivers caught
 * signals is started first, and KOITO init learns which fault signals the process handles
 * (<koito/fault.h>). Only a change is sent. 0 or -errno. */
__KOITO_HIDDEN int __koito_signal_port_routes(unsigned long long catching,
                                              unsigned long long ignoring,
                                              unsigned long long handling);
/* The signals the POSIX server last heard the process catches and ignores. It starts a process
 * catching the signals of the mask posix_spawn gave it (KOITO_AUX_SIGNAL_MASK) and ignoring those
 * its parent ignored (KOITO_AUX_SIGNAL_IGNORED), which __koito_start puts here, so the first
 * change is sent against that; posix_spawn passes what is ignored on. */
extern unsigned long long __koito_signal_port_catching __KOITO_HIDDEN;
extern unsigned long long __koito_signal_port_ignoring __KOITO_HIDDEN;
/* Tell KOITO init which fault signals the process handles (`handling`: signals with a handler,
 * bit n - 1 for signal n), once the signal thread runs; only a change is sent. Without init's
 * answer the process's faults simply end it, as when it handles none. */
__KOITO_HIDDEN void __koito_signal_fault_catch(unsigned long long handling);
/* Take the main thread's fault that init holds, if any, and run its handler on it, or have init
 * end the process as killed by it (the signal thread, when woken). */
__KOITO_HIDDEN void __koito_signal_fault_take(void);
/* Bring the signals pending in the POSIX server into the process (__koito_signal_queue). */
__KOITO_HIDDEN void __koito_signal_port_fetch(void);
/* Make sure the main thread can wait for signals (the signal thread runs, the main thread has a
 * notification to park on) before __koito_signal_port_wait. */
__KOITO_HIDDEN void __koito_signal_port_prepare_wait(void);
/* Park the main thread until a signal may have arrived (callers recheck). */
__KOITO_HIDDEN void __koito_signal_port_wait(void);
/* The real-time interval timer (alarm, setitimer): SIGALRM at `deadline` nanoseconds of the
 * monotonic clock (0: disarmed), then every `interval` (0: once). The previous setting in *old_*.
 * Deadline __KOITO_ALARM_READ changes nothing, it only reads the setting.
 * 0 or -errno (-ENOSYS without clocks, -EAGAIN when the signal thread cannot start). */
#define __KOITO_ALARM_READ (~0ull)
__KOITO_HIDDEN int __koito_signal_port_alarm(unsigned long long deadline,
                                             unsigned long long interval,
                                             unsigned long long *old_deadline,
                                             unsigned long long *old_interval);
/* Makes a symbolic link at `path` whose target is `target`. */
__KOITO_HIDDEN int __koito_sys_symlink(const char *target, const char *path);
/* Gives the file `existing` a second name, `path`, each relative to its own directory
 * descriptor (flags: AT_SYMLINK_FOLLOW, AT_EMPTY_PATH). */
__KOITO_HIDDEN int __koito_sys_linkat(int from_directory, const char *existing, int to_directory,
                                      const char *path, int flags);
/* A device control request with its one pointer argument. */
__KOITO_HIDDEN int __koito_sys_ioctl(int descriptor, unsigned long request, void *argument);
/* 1 when a descriptor is a terminal, 0 when it is not. */
__KOITO_HIDDEN int __koito_sys_isatty(int descriptor);
/* The calling process's id and its parent's: the id is the one init gave the
 * process (KOITO_AUX_PROCESS_ID, the badge of its OS port, so the POSIX
 * server's too), 1 for the kernel's root program; the parent's the server's. */
__KOITO_HIDDEN int __koito_sys_getpid(void);
extern int __koito_process_id __KOITO_HIDDEN;
__KOITO_HIDDEN int __koito_sys_getppid(void);
/* ---- end of the POSIX interfaces' port functions ------------------------ */

/* ---- The POSIX server (added by posix-server) ---------------------------
 * The functions above that take descriptors or paths are requests of the
 * POSIX protocol (<koito/protocol/posix.h>) on the process's OS port,
 * KOITO_SLOT_OS (<koito/process.h>). A program without one (the kernel's
 * root program, the servers init starts before the POSIX server) gets
 * -ENOSYS, as before the server existed. */
/* The OS port's descriptor, A9N_DESCRIPTOR_INVALID outside a KOITO process (set by
 * __koito_os_start). Read inline: every request names it, and a call would cost more. */
__KOITO_HIDDEN extern uint64_t __koito_os_port_descriptor;
static inline uint64_t __koito_os_port(void)
{
    return __koito_os_port_descriptor;
}
/* Called by __koito_start() in a process KOITO init started: records the OS port's descriptor
 * and __koito_process_id. */
__KOITO_HIDDEN void __koito_os_start(void);
/* A request's error as a negated errno value: 0 for success, -ENOSYS when
 * the kernel refused the call (no OS port), -EIO for a broken reply, and
 * -__KOITO_CONSOLE_INPUT (no errno) for the server's console_input answer to
 * a read: the descriptor is the console, which the process reads itself
 * (__koito_sys_read turns it into __koito_console_input). */
__KOITO_HIDDEN int __koito_os_error(unsigned error);
#define __KOITO_CONSOLE_INPUT 4096
/* The server's pipe_wait answer (no errno): the descriptor is a pipe end
 * that cannot go on now; wait with __koito_os_pipe_wait, then ask again. */
#define __KOITO_PIPE_WAIT     4097
/* Wait until a pipe this process was told to wait on changes: on the
 * server's events notification, received into KOITO_SLOT_EVENTS on the first
 * wait. 0, or a negated errno when the server gives none. */
__KOITO_HIDDEN int __koito_os_pipe_wait(void);
/* The events notification's descriptor into *events, received from the server on first use; 0,
 * or -EIO when the server gives none. */
__KOITO_HIDDEN int __koito_os_events(uint64_t *events);
/* poll() and select(): descriptor sets as words, bit d for descriptor d (the server's table
 * holds 64). Waits until one is ready or timeout nanoseconds pass (0: asks once; negative: no
 * limit); `ready` gets what is ready. 1 when something is, 0 at the timeout, or a negated errno
 * (-ENOSYS without the POSIX server). -EINTR when a signal handler ran on the main thread since
 * `handled` was read from __koito_signal_handled (the caller reads it when the call begins, so
 * pselect's handlers run by its change of mask count), whatever its SA_RESTART: poll and select
 * are never restarted, as on Linux. The console's input is asked of the console server
 * (__koito_console_ready); while one is asked, the wait wakes every __KOITO_CONSOLE_POLL_NS to
 * ask again, since the console server has no notification to give. */
struct __koito_poll_set {
    uint64_t descriptors; /* asked about: each gets hangup, failed or invalid if it holds */
    uint64_t read_set;    /* of those, asked for readability */
    uint64_t write_set;   /* of those, asked for writability */
};
struct __koito_poll_ready {
    uint64_t readable, writable, hangup, failed, invalid;
};
#define __KOITO_CONSOLE_POLL_NS 10000000ll
__KOITO_HIDDEN int __koito_sys_poll(const struct __koito_poll_set *set, long long timeout,
                                    unsigned handled, struct __koito_poll_ready *ready);
/* Whether the console's input has a line (or, raw, a byte) or its end waiting: 1 or 0; 1 too for
 * a process without the console server, whose reads find the end of input at once. */
__KOITO_HIDDEN int __koito_console_ready(void);
/* A read of the console: __koito_console_read, or the end of input (0) when
 * the process has no console server. */
__KOITO_HIDDEN long __koito_console_input(void *data, size_t length);
/* The length of a path for a request: it, or -ENAMETOOLONG past the
 * protocol's KOITO_POSIX_PATH_MAX bytes (-EFAULT for NULL). */
__KOITO_HIDDEN long __koito_os_path(const char *path);
/* Two paths for a request that carries both in one byte string (rename, renameat, linkat):
 * from then to, without NULs, into paths (KOITO_POSIX_RENAME_MAX bytes, which two paths of
 * KOITO_POSIX_PATH_MAX fit); the total length, or __koito_os_path's error of either. */
__KOITO_HIDDEN long __koito_os_path_pair(const char *from, const char *to, char *paths,
                                         uint64_t *from_length);
/* The shared buffer with the POSIX server (its bulk part, KOITO_POSIX_BUFFER_SIZE
 * bytes at KOITO_OS_BUFFER_ADDRESS), set up on first use; NULL when the process has
 * none or another thread is using it (the caller then sends the data in
 * messages). A caller that got it gives it back with
 * __koito_os_buffer_release(). */
__KOITO_HIDDEN unsigned char *__koito_os_buffer_acquire(void);
__KOITO_HIDDEN void __koito_os_buffer_release(void);
/* The buffer's hand-off page (KOITO_POSIX_HANDOFF_OFFSET), apart from the
 * bulk part: NULL when the buffer is not set up yet (it is not set up here: a
 * read that found a pipe empty sets it up for the next) or another thread
 * waits there; given back with __koito_os_handoff_release(). */
__KOITO_HIDDEN unsigned char *__koito_os_handoff_acquire(void);
/* Set up the shared buffer if it is not yet: 1 when that made the hand-off
 * page usable now (a read asks again through it), else 0. */
__KOITO_HIDDEN int __koito_os_handoff_prepare(void);
__KOITO_HIDDEN void __koito_os_handoff_release(void);
/* A read through the shared buffer with the server's hand-off
 * (read_handoff): at most KOITO_POSIX_HANDOFF_MAX bytes; when a pipe is
 * empty, the server finishes the read when bytes come and wakes the process,
 * which does not ask again. The count, -errno (-EINTR when a handler without
 * SA_RESTART ran while it waited), -__KOITO_CONSOLE_INPUT, or -ENOSYS when
 * the buffer is not ready or busy or length is too long (the caller reads in
 * messages). */
__KOITO_HIDDEN long __koito_os_handoff_read(int descriptor, void *data, size_t length);
/* Bulk reads and writes through the shared buffer: like __koito_sys_read and
 * friends (offset < 0: at the descriptor's position); -ENOSYS when there is
 * no buffer to use. */
__KOITO_HIDDEN long __koito_os_bulk_read(int descriptor, void *data, size_t length,
                                         long long offset);
__KOITO_HIDDEN long __koito_os_bulk_write(int descriptor, const void *data, size_t length,
                                          long long offset);

/* ---- end of the portable core's port functions ------------------------- */

#endif
