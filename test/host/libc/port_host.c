/*
 * The OS port of KOITO-libc for the host tests (host tests).
 *
 * The same functions as libc/src/koito/ and libc/src/internal/port.h
 * declare, built on Linux: pages from mmap, parking on a futex, threads from
 * pthreads, files and the
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
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

size_t koito_test_pages_limit = (size_t)-1;
static size_t pages_in_use;

/* KOITO's <fcntl.h> uses Linux's flag values, so open flags pass unchanged. */
_Static_assert(O_CREAT == 0100 && O_EXCL == 0200 && O_TRUNC == 01000 && O_APPEND == 02000,
               "KOITO-libc's open flags are Linux's");

/* Parking: a word per host thread that unpark sets and park takes, with a
 * Linux futex to sleep on it; the token is the word's address. */
static _Thread_local int park_word;

unsigned long __koito_park_token(void)
{
    return (unsigned long)&park_word;
}

int __koito_park(unsigned long long deadline)
{
    while (__atomic_exchange_n(&park_word, 0, __ATOMIC_ACQUIRE) == 0) {
        struct timespec timeout, *limit = NULL;
        if (deadline != 0) {
            unsigned long long now = 0;
            __koito_monotonic_now(&now);
            if (now >= deadline)
                return -ETIMEDOUT;
            timeout.tv_sec = (time_t)((deadline - now) / 1000000000u);
            timeout.tv_nsec = (long)((deadline - now) % 1000000000u);
            limit = &timeout;
        }
        syscall(SYS_futex, &park_word, FUTEX_WAIT_PRIVATE, 0, limit, NULL, 0);
    }
    return 0;
}

void __koito_unpark(unsigned long token)
{
    int *word = (int *)token;
    __atomic_store_n(word, 1, __ATOMIC_RELEASE);
    syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void __koito_yield(void)
{
    sched_yield();
}

int __koito_monotonic_now(unsigned long long *nanoseconds)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    *nanoseconds = (unsigned long long)now.tv_sec * 1000000000u + (unsigned long long)now.tv_nsec;
    return 0;
}

/* Processor time: the host's own clocks and its count of waited-for children. */
static int host_cpu_clock(clockid_t clock, unsigned long long *nanoseconds)
{
    struct timespec used;
    clock_gettime(clock, &used);
    *nanoseconds = (unsigned long long)used.tv_sec * 1000000000u + (unsigned long long)used.tv_nsec;
    return 0;
}

int __koito_cpu_time_process(unsigned long long *nanoseconds)
{
    return host_cpu_clock(CLOCK_PROCESS_CPUTIME_ID, nanoseconds);
}

int __koito_cpu_time_thread(unsigned long long *nanoseconds)
{
    return host_cpu_clock(CLOCK_THREAD_CPUTIME_ID, nanoseconds);
}

int __koito_cpu_time_children(unsigned long long *nanoseconds)
{
    struct rusage usage;
    getrusage(RUSAGE_CHILDREN, &usage);
    *nanoseconds =
        ((unsigned long long)usage.ru_utime.tv_sec + (unsigned long long)usage.ru_stime.tv_sec) *
            1000000000u +
        ((unsigned long long)usage.ru_utime.tv_usec + (unsigned long long)usage.ru_stime.tv_usec) *
            1000u;
    return 0;
}

int __koito_clock_resolution(unsigned long long *nanoseconds)
{
    struct timespec resolution;
    clock_getres(CLOCK_MONOTONIC, &resolution);
    *nanoseconds = (unsigned long long)resolution.tv_nsec;
    return 0;
}

/* Threads: detached host threads, each with a host-side record holding the
 * library's thread record, in the life cycle of the guest port: the record
 * is freed by the release of a joinable thread after it has ended, or by a
 * detached thread as it ends. */
enum { HOST_JOINABLE, HOST_DETACHED, HOST_ENDED };

struct host_thread {
    int state; /* a futex: release waits for HOST_ENDED */
    void (*entry)(void *);
    _Alignas(16) unsigned char record[];
};

static _Thread_local struct host_thread *host_thread_current;

static struct host_thread *host_thread_of(void *record)
{
    return (struct host_thread *)((unsigned char *)record - offsetof(struct host_thread, record));
}

static void *host_thread_main(void *argument)
{
    host_thread_current = argument;
    host_thread_current->entry(host_thread_current->record);
    return NULL;
}

int __koito_thread_create(void (*entry)(void *), const void *record, size_t record_size,
                          size_t stack_size, int detached, void **copy)
{
    struct host_thread *thread = malloc(sizeof(*thread) + record_size);
    if (thread == NULL)
        return -EAGAIN;
    thread->state = detached ? HOST_DETACHED : HOST_JOINABLE;
    thread->entry = entry;
    memcpy(thread->record, record, record_size);
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    if (stack_size != 0)
        pthread_attr_setstacksize(&attributes, stack_size);
    *copy = thread->record;
    pthread_t host;
    int error = pthread_create(&host, &attributes, host_thread_main, thread);
    pthread_attr_destroy(&attributes);
    if (error != 0) {
        free(thread);
        return -error;
    }
    return 0;
}

void __koito_thread_release(void *record)
{
    struct host_thread *thread = host_thread_of(record);
    while (__atomic_load_n(&thread->state, __ATOMIC_ACQUIRE) != HOST_ENDED)
        syscall(SYS_futex, &thread->state, FUTEX_WAIT_PRIVATE, HOST_JOINABLE, NULL, NULL, 0);
    free(thread);
}

void __koito_thread_detach(void *record)
{
    struct host_thread *thread = host_thread_of(record);
    int state = HOST_JOINABLE;
    if (!__atomic_compare_exchange_n(&thread->state, &state, HOST_DETACHED, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
        free(thread);
}

void __koito_thread_exit(void)
{
    struct host_thread *thread = host_thread_current;
    if (thread != NULL) {
        int state = HOST_JOINABLE;
        if (__atomic_compare_exchange_n(&thread->state, &state, HOST_ENDED, 0, __ATOMIC_ACQ_REL,
                                        __ATOMIC_ACQUIRE))
            syscall(SYS_futex, &thread->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
        else
            free(thread);
    }
    pthread_exit(NULL);
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

int __koito_memory_map(void *address, size_t bytes, int protection, int fixed, void **start)
{
    if ((protection & PROT_WRITE) && (protection & PROT_EXEC))
        return -EACCES; /* W^X, as ULMM refuses it */
    size_t in_use = __atomic_add_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
    if (in_use > koito_test_pages_limit) {
        __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
        return -ENOMEM;
    }
    void *pages = mmap(address, bytes, protection,
                       MAP_PRIVATE | MAP_ANONYMOUS | (fixed ? MAP_FIXED_NOREPLACE : 0), -1, 0);
    if (pages == MAP_FAILED) {
        __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
        return errno == EEXIST ? -ENOMEM : -errno;
    }
    *start = pages;
    return 0;
}

int __koito_memory_unmap(void *address, size_t bytes)
{
    if (munmap(address, bytes) != 0)
        return -errno;
    __atomic_sub_fetch(&pages_in_use, bytes, __ATOMIC_RELAXED);
    return 0;
}

int __koito_memory_protect(void *address, size_t bytes, int protection)
{
    if ((protection & PROT_WRITE) && (protection & PROT_EXEC))
        return -EACCES;
    if (protection == PROT_NONE)
        return -ENOTSUP;
    return mprotect(address, bytes, protection) == 0 ? 0 : -errno;
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

/* KOITO's *at calls take Linux's AT_* values too. */
int __koito_sys_openat(int directory, const char *path, int flags, unsigned mode)
{
    int descriptor = openat(directory, path, flags, mode);
    return descriptor < 0 ? -errno : descriptor;
}

int __koito_sys_unlinkat(int directory, const char *path, int flags)
{
    return unlinkat(directory, path, flags) < 0 ? -errno : 0;
}

int __koito_sys_renameat(int from_directory, const char *from, int to_directory, const char *to)
{
    return renameat(from_directory, from, to_directory, to) < 0 ? -errno : 0;
}

int __koito_sys_faccessat(int directory, const char *path, int mode, int flags)
{
    return faccessat(directory, path, mode, flags) < 0 ? -errno : 0;
}

int __koito_sys_fchdir(int descriptor)
{
    return fchdir(descriptor) < 0 ? -errno : 0;
}

long __koito_console_read(void *data, size_t length)
{
    return __koito_sys_read(0, data, length);
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

/* ---- The POSIX interfaces' port functions, over Linux ------------------ */

static void stat_from_host(struct koito_stat *out, const struct stat *in)
{
    *out = (struct koito_stat){
        .st_dev = in->st_dev,
        .st_ino = in->st_ino,
        .st_mode = in->st_mode,
        .st_nlink = in->st_nlink,
        .st_uid = in->st_uid,
        .st_gid = in->st_gid,
        .st_rdev = in->st_rdev,
        .st_size = in->st_size,
        .st_blksize = in->st_blksize,
        .st_blocks = in->st_blocks,
        .st_atim = {in->st_atim.tv_sec, in->st_atim.tv_nsec},
        .st_mtim = {in->st_mtim.tv_sec, in->st_mtim.tv_nsec},
        .st_ctim = {in->st_ctim.tv_sec, in->st_ctim.tv_nsec},
    };
}

static int result_of(long result)
{
    return result < 0 ? -errno : (int)result;
}

long __koito_sys_pread(int descriptor, void *data, size_t length, long long offset)
{
    ssize_t got = pread(descriptor, data, length, offset);
    return got < 0 ? -errno : got;
}

long __koito_sys_pwrite(int descriptor, const void *data, size_t length, long long offset)
{
    ssize_t wrote = pwrite(descriptor, data, length, offset);
    return wrote < 0 ? -errno : wrote;
}

int __koito_sys_dup(int descriptor, int target)
{
    return result_of(target < 0 ? dup(descriptor) : dup2(descriptor, target));
}

int __koito_sys_pipe(int descriptors[2], int flags)
{
    return result_of(pipe2(descriptors, flags));
}

int __koito_sys_truncate(int descriptor, long long length)
{
    return result_of(ftruncate(descriptor, length));
}

int __koito_sys_sync(int descriptor)
{
    return result_of(fsync(descriptor));
}

int __koito_sys_fchown(int descriptor, unsigned user, unsigned group)
{
    return result_of(fchown(descriptor, user, group));
}

int __koito_sys_fchownat(int directory, const char *path, unsigned user, unsigned group, int flags)
{
    return result_of(fchownat(directory, path, user, group, flags));
}

int __koito_sys_rmdir(const char *path)
{
    return result_of(rmdir(path));
}

int __koito_sys_access(const char *path, int mode)
{
    return result_of(access(path, mode));
}

int __koito_sys_chdir(const char *path)
{
    return result_of(chdir(path));
}

long __koito_sys_getcwd(char *buffer, size_t size)
{
    return getcwd(buffer, size) == NULL ? -errno : (long)strlen(buffer);
}

long __koito_sys_readlink(const char *path, char *buffer, size_t size)
{
    ssize_t length = readlink(path, buffer, size);
    return length < 0 ? -errno : length;
}

int __koito_sys_stat(const char *path, struct koito_stat *status, int follow)
{
    struct stat host;
    if ((follow ? stat(path, &host) : lstat(path, &host)) < 0) {
        return -errno;
    }
    stat_from_host(status, &host);
    return 0;
}

int __koito_sys_fstat(int descriptor, struct koito_stat *status)
{
    struct stat host;
    if (fstat(descriptor, &host) < 0) {
        return -errno;
    }
    stat_from_host(status, &host);
    return 0;
}

int __koito_sys_mkdir(const char *path, unsigned mode)
{
    return result_of(mkdir(path, mode));
}

int __koito_sys_fstatat(int directory, const char *path, struct koito_stat *status, int flags)
{
    struct stat host;
    if (fstatat(directory, path, &host, flags) < 0) {
        return -errno;
    }
    stat_from_host(status, &host);
    return 0;
}

int __koito_sys_mkdirat(int directory, const char *path, unsigned mode)
{
    return result_of(mkdirat(directory, path, mode));
}

int __koito_sys_fchmodat(int directory, const char *path, unsigned mode, int flags)
{
    return result_of(fchmodat(directory, path, mode, flags));
}

int __koito_sys_chmod(const char *path, unsigned mode)
{
    return result_of(chmod(path, mode));
}

int __koito_sys_fchmod(int descriptor, unsigned mode)
{
    return result_of(fchmod(descriptor, mode));
}

int __koito_sys_utimens(int directory, const char *path, const struct koito_timespec *times,
                        int flags)
{
    struct timespec host[2];
    if (times != NULL) {
        for (int i = 0; i < 2; i++) {
            host[i].tv_sec = times[i].tv_sec;
            host[i].tv_nsec = times[i].tv_nsec;
        }
    }
    if (path == NULL)
        return result_of(futimens(directory, times != NULL ? host : NULL));
    return result_of(utimensat(directory, path, times != NULL ? host : NULL, flags));
}

/* Descriptor flags and status flags pass through (KOITO uses Linux's values);
 * record locks would need struct flock translated, which no host test needs. */
int __koito_sys_fcntl(int descriptor, int command, long argument)
{
    switch (command) {
    case F_GETFD:
    case F_SETFD:
    case F_GETFL:
    case F_SETFL:
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
        return result_of(fcntl(descriptor, command, (int)argument));
    default:
        return -ENOSYS;
    }
}

/* KOITO-libc's struct dirent, in host terms. */
struct koito_dirent {
    unsigned long long d_ino;
    unsigned char d_type;
    char d_name[256];
};

/* Linux's getdents64 record. */
struct host_dirent64 {
    unsigned long long d_ino;
    long long d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[];
};

/* One entry per call, as the POSIX server gives them: getdents64 may return
 * several, so the directory's offset is set back to just after the first
 * (Linux takes an entry's d_off as a seek position). DT_* values are the
 * same on both sides. */
int __koito_sys_readdir(int descriptor, struct koito_dirent *entry)
{
    _Alignas(8) char buffer[1024];
    long length = syscall(SYS_getdents64, descriptor, buffer, sizeof buffer);
    if (length < 0)
        return -errno;
    if (length == 0)
        return 0;
    const struct host_dirent64 *first = (const struct host_dirent64 *)buffer;
    if (lseek(descriptor, first->d_off, SEEK_SET) < 0)
        return -errno;
    entry->d_ino = first->d_ino;
    entry->d_type = first->d_type;
    snprintf(entry->d_name, sizeof entry->d_name, "%s", first->d_name);
    return 1;
}

/* posix_spawn() is a request to the POSIX server, whose request layout the host has no
 * counterpart of; no host test spawns (the guest suite posix-processes does). Returns an errno
 * value, as the real one does. */
int __koito_spawn(int *process, const char *path, const void *actions, const void *attr,
                  char *const argv[], char *const envp[])
{
    (void)process;
    (void)path;
    (void)actions;
    (void)attr;
    (void)argv;
    (void)envp;
    return ENOSYS;
}

int __koito_sys_waitpid(int process, int *status, int options)
{
    return result_of(waitpid(process, status, options));
}

int __koito_sys_kill(int process, int number)
{
    return result_of(kill(process, number));
}

/* A test program's own group on the host holds the test runner too, and -1 all the host's
 * processes: neither is signalled (the caller's own signal is raised by kill()). */
int __koito_sys_kill_group(int group, int number)
{
    if (group == -1)
        return -EPERM;
    if (group == 0 || group == getpgrp())
        return 0;
    return result_of(kill(-group, number));
}

int __koito_sys_get_group(int process, int *group, int *session)
{
    pid_t found_group = getpgid(process);
    if (found_group < 0)
        return -errno;
    pid_t found_session = getsid(process);
    if (found_session < 0)
        return -errno;
    if (group != NULL)
        *group = found_group;
    if (session != NULL)
        *session = found_session;
    return 0;
}

int __koito_sys_set_group(int process, int group)
{
    return result_of(setpgid(process, group));
}

int __koito_sys_new_session(void)
{
    return result_of(setsid());
}

int __koito_sys_foreground(int descriptor)
{
    return result_of(tcgetpgrp(descriptor));
}

int __koito_sys_set_foreground(int descriptor, int group)
{
    return result_of(tcsetpgrp(descriptor, group));
}

int __koito_sys_sleep(long long nanoseconds, long long *left)
{
    struct timespec time = {nanoseconds / 1000000000, nanoseconds % 1000000000}, rest = {0, 0};
    int result = result_of(nanosleep(&time, &rest));
    if (result == -EINTR && left != NULL)
        *left = rest.tv_sec * 1000000000ll + rest.tv_nsec;
    return result;
}

/* Signals stay inside the host process: the routes the core would tell the POSIX server are
 * kept for the tests to check (port_host.h), and nothing arrives from outside. */
unsigned long long host_signal_catching, host_signal_ignoring, host_signal_handling;

int __koito_signal_port_routes(unsigned long long catching, unsigned long long ignoring,
                               unsigned long long handling)
{
    host_signal_catching = catching;
    host_signal_ignoring = ignoring;
    host_signal_handling = handling;
    return 0;
}

void __koito_signal_port_fetch(void) {}

void __koito_signal_port_prepare_wait(void) {}

void __koito_signal_port_wait(void) {}

int __koito_signal_port_alarm(unsigned long long deadline, unsigned long long interval,
                              unsigned long long *old_deadline, unsigned long long *old_interval)
{
    (void)deadline;
    (void)interval;
    *old_deadline = *old_interval = 0;
    return -ENOSYS;
}

/* port.h's poll sets (bit d: descriptor d), mirrored in host types. */
struct __koito_poll_set {
    uint64_t descriptors, read_set, write_set;
};
struct __koito_poll_ready {
    uint64_t readable, writable, hangup, failed, invalid;
};

/* The sets become the host's poll() of the same descriptors; no handler of the core's runs
 * while the host waits, so `handled` has nothing to tell. */
int __koito_sys_poll(const struct __koito_poll_set *set, long long timeout, unsigned handled,
                     struct __koito_poll_ready *ready)
{
    (void)handled;
    struct pollfd entries[64];
    nfds_t count = 0;
    for (int d = 0; d < 64; d++) {
        uint64_t bit = 1ull << d;
        if ((set->descriptors & bit) == 0)
            continue;
        short events =
            (short)(((set->read_set & bit) ? POLLIN : 0) | ((set->write_set & bit) ? POLLOUT : 0));
        entries[count++] = (struct pollfd){d, events, 0};
    }
    int milliseconds = timeout < 0 ? -1 : (int)((timeout + 999999) / 1000000);
    int found = poll(entries, count, milliseconds);
    if (found < 0)
        return -errno;
    *ready = (struct __koito_poll_ready){0, 0, 0, 0, 0};
    for (nfds_t i = 0; i < count; i++) {
        uint64_t bit = 1ull << entries[i].fd;
        ready->readable |= (entries[i].revents & POLLIN) ? bit : 0;
        ready->writable |= (entries[i].revents & POLLOUT) ? bit : 0;
        ready->hangup |= (entries[i].revents & POLLHUP) ? bit : 0;
        ready->failed |= (entries[i].revents & POLLERR) ? bit : 0;
        ready->invalid |= (entries[i].revents & POLLNVAL) ? bit : 0;
    }
    return found > 0;
}

int __koito_sys_isatty(int descriptor)
{
    return isatty(descriptor) ? 1 : errno == ENOTTY ? 0 : -errno;
}

/* The host's terminals have no console server behind them: <termios.h> keeps their mode itself
 * (-ENOSYS); other descriptors are not terminals. */
int __koito_sys_terminal_mode(int descriptor, unsigned *mode)
{
    (void)mode;
    int terminal = __koito_sys_isatty(descriptor);
    return terminal < 0 ? terminal : terminal == 0 ? -ENOTTY : -ENOSYS;
}

int __koito_sys_set_terminal_mode(int descriptor, unsigned mode)
{
    return __koito_sys_terminal_mode(descriptor, &mode);
}

/* Output reaches the host's descriptors at once: no line is left unfinished anywhere. */
void __koito_console_finish(void) {}

int __koito_sys_getpid(void)
{
    return getpid();
}

int __koito_sys_getppid(void)
{
    return getppid();
}

int __koito_sys_ioctl(int descriptor, unsigned long request, void *argument)
{
    return result_of(ioctl(descriptor, request, argument));
}

int __koito_sys_symlink(const char *target, const char *path)
{
    return result_of(symlink(target, path));
}

int __koito_sys_linkat(int from_directory, const char *existing, int to_directory, const char *path,
                       int flags)
{
    return result_of(linkat(from_directory, existing, to_directory, path, flags));
}
