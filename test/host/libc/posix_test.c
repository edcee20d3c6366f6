/*
 * Tests of KOITO-libc's POSIX interfaces (host tests): the wrappers over the
 * OS port (files, descriptors, directories, status, times) run here over
 * the host port, which forwards to Linux, so what they do is checked on real
 * files; the parts libc answers itself are checked exactly: umask applied by
 * open and mkdir, mkstemp and mkdtemp names, fcntl's argument decoding,
 * anonymous mmap over the page supply (and its refusals), sigaction and kill
 * of the process itself, sysconf, resource limits, the empty user database,
 * system's signal window and popen's modes and clean failure (the host port cannot spawn;
 * the guest suite posix-shell runs commands), the EINVAL checks POSIX asks for, and <termios.h> on
 * a file and on a pseudo-terminal (whose mode libc keeps itself: the host has no console server).
 */
#define _GNU_SOURCE
#include "check.h"
#include "port_host.h"
#include "under_test.h"
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/* KOITO-libc's names for the functions under test (their types in host
 * terms: KOITO's mode_t, uid_t, off_t... match glibc's in size). */
int koito_test_open(const char *path, int flags, ...);
int koito_test_creat(const char *path, unsigned mode);
int koito_test_fcntl(int descriptor, int command, ...);
long koito_test_read(int descriptor, void *data, size_t length);
long koito_test_write(int descriptor, const void *data, size_t length);
long koito_test_pread(int descriptor, void *data, size_t length, long long offset);
long koito_test_pwrite(int descriptor, const void *data, size_t length, long long offset);
long long koito_test_lseek(int descriptor, long long offset, int whence);
int koito_test_close(int descriptor);
int koito_test_dup(int descriptor);
int koito_test_uname(struct utsname *names);
int koito_test_nanosleep(const struct timespec *request, struct timespec *remaining);
void koito_test_tzset(void);
extern char *koito_test_tzname[2];
int koito_test_dup2(int descriptor, int target);
int koito_test_pipe(int descriptors[2]);
/* KOITO-libc's poll() and select(): its struct pollfd, event bits and fd_set are Linux's. */
int koito_test_poll(struct pollfd *descriptors, nfds_t count, int timeout);
int koito_test_select(int count, fd_set *readable, fd_set *writable, fd_set *exceptional,
                      struct timeval *timeout);
int koito_test_ftruncate(int descriptor, long long length);
int koito_test_fsync(int descriptor);
int koito_test_isatty(int descriptor);
int koito_test_unlink(const char *path);
int koito_test_rmdir(const char *path);
int koito_test_access(const char *path, int mode);
char *koito_test_getcwd(char *buffer, size_t size);
long koito_test_readlink(const char *path, char *buffer, size_t size);
int koito_test_symlink(const char *target, const char *path);
int koito_test_stat(const char *path, struct koito_stat *status);
int koito_test_lstat(const char *path, struct koito_stat *status);
int koito_test_fstat(int descriptor, struct koito_stat *status);
int koito_test_mkdir(const char *path, unsigned mode);
int koito_test_chmod(const char *path, unsigned mode);
unsigned koito_test_umask(unsigned mask);
int koito_test_mkstemp(char *template);
char *koito_test_mkdtemp(char *template);
int koito_test_utimes(const char *path, const struct timeval times[2]);
int koito_test_utimensat(int directory, const char *path, const struct koito_timespec times[2],
                         int flag);
int koito_test_fchownat(int directory, const char *path, unsigned user, unsigned group, int flag);
int koito_test_chown(const char *path, unsigned user, unsigned group);
int koito_test_lchown(const char *path, unsigned user, unsigned group);
int koito_test_linkat(int from_directory, const char *existing, int to_directory, const char *path,
                      int flag);
int koito_test_link(const char *existing, const char *path);
int koito_test_gettimeofday(struct timeval *time, void *zone);
void *koito_test_mmap(void *address, size_t length, int protection, int flags, int descriptor,
                      long long offset);
int koito_test_munmap(void *address, size_t length);
int koito_test_mprotect(void *address, size_t length, int protection);
int koito_test_msync(void *address, size_t length, int flags);
long koito_test_sysconf(int name);
int koito_test_getpagesize(void);
unsigned koito_test_getuid(void);
unsigned koito_test_getegid(void);
int koito_test_getpid(void);
int koito_test_wait(int *status);
void *koito_test_getpwuid(unsigned user);
void *koito_test_getpwnam(const char *name);
void *koito_test_opendir(const char *path);
int koito_test_closedir(void *directory);
KFILE *koito_test_popen(const char *command, const char *mode);
int koito_test_pclose(KFILE *stream);

/* KOITO-libc's struct sigaction and its flags (libc/include/signal.h), its
 * fields renamed: glibc's <signal.h> defines sa_handler as a macro. */
struct koito_siginfo {
    int signo;
    int error;
    int code;
    int pid;
    unsigned uid;
    int status;
    void *address;
    void *value;
};
struct koito_sigaction {
    union {
        void (*handler)(int);
        void (*info_handler)(int, struct koito_siginfo *, void *);
    };
    unsigned long long mask;
    int flags;
};
#define KOITO_SA_SIGINFO   4
#define KOITO_SA_NODEFER   0x40000000
#define KOITO_SA_RESETHAND 0x80000000
#define KOITO_SIG_BLOCK    0
#define KOITO_SIG_UNBLOCK  1
#define KOITO_SIG_SETMASK  2
#define KOITO_BIT(number)  (1ull << ((number)-1))
int koito_test_sigaction(int number, const struct koito_sigaction *action,
                         struct koito_sigaction *old);
int koito_test_kill(int process, int number);
int koito_test_raise(int number);
int koito_test_sigprocmask(int how, const unsigned long long *set, unsigned long long *old);
int koito_test_sigpending(unsigned long long *set);
int koito_test_sigemptyset(unsigned long long *set);
int koito_test_sigfillset(unsigned long long *set);
int koito_test_sigaddset(unsigned long long *set, int number);
int koito_test_sigdelset(unsigned long long *set, int number);
int koito_test_sigismember(const unsigned long long *set, int number);
/* What the core last told the POSIX server (port_host.c). */
extern unsigned long long host_signal_catching, host_signal_ignoring;
extern unsigned long long host_signal_handling;

/* KOITO-libc's resource limits (libc/include/sys/resource.h). */
struct koito_rlimit {
    unsigned long long rlim_cur;
    unsigned long long rlim_max;
};
int koito_test_getrlimit(int resource, struct koito_rlimit *limit);
int koito_test_setrlimit(int resource, const struct koito_rlimit *limit);
struct koito_rusage {
    struct {
        long long tv_sec;
        long tv_usec;
    } ru_utime, ru_stime;
    long counts[5];
};
int koito_test_getrusage(int who, struct koito_rusage *usage);
struct koito_tms {
    long tms_utime, tms_stime, tms_cutime, tms_cstime;
};
long koito_test_times(struct koito_tms *buffer);

/* KOITO-libc's constants where a test spells them out. */
#define KOITO_SC_PAGESIZE 30
#define KOITO_SC_CLK_TCK  2
#define KOITO_F_GETLK     5

static char directory[64];

static char *path_in(const char *name)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    return path;
}

static void test_descriptors(void)
{
    char path[128];
    strcpy(path, path_in("file"));
    int descriptor = koito_test_open(path, O_RDWR | O_CREAT | O_EXCL, 0644);
    CHECK(descriptor >= 0);
    CHECK_EQ(koito_test_write(descriptor, "hello, world", 12), 12);
    CHECK_EQ(koito_test_pwrite(descriptor, "W", 1, 7), 1);
    char data[16] = {0};
    CHECK_EQ(koito_test_pread(descriptor, data, sizeof data, 0), 12);
    CHECK(memcmp(data, "hello, World", 12) == 0);
    CHECK_EQ(koito_test_lseek(descriptor, 0, SEEK_CUR), 12); /* pread/pwrite leave it */
    CHECK_EQ(koito_test_ftruncate(descriptor, 5), 0);
    CHECK_EQ(koito_test_fsync(descriptor), 0);
    struct koito_stat status;
    CHECK_EQ(koito_test_fstat(descriptor, &status), 0);
    CHECK(S_ISREG(status.st_mode) && status.st_size == 5);
    CHECK_EQ(koito_test_isatty(descriptor), 0);
    CHECK_EQ(KERRNO, ENOTTY);

    int copy = koito_test_dup(descriptor);
    CHECK(copy > descriptor);
    CHECK_EQ(koito_test_dup2(descriptor, copy), copy);
    CHECK_EQ(koito_test_lseek(copy, 1, SEEK_SET), 1);
    CHECK_EQ(koito_test_read(descriptor, data, sizeof data), 4); /* shared position */
    CHECK(memcmp(data, "ello", 4) == 0);
    CHECK_EQ(koito_test_close(copy), 0);

    CHECK_EQ(koito_test_fcntl(descriptor, F_SETFD, FD_CLOEXEC), 0);
    CHECK_EQ(koito_test_fcntl(descriptor, F_GETFD), FD_CLOEXEC);
    CHECK_EQ(koito_test_fcntl(descriptor, F_GETFL) & O_ACCMODE, O_RDWR);
    CHECK_EQ(koito_test_fcntl(descriptor, 12345), -1);
    CHECK_EQ(KERRNO, EINVAL);
    struct flock lock = {0};
    CHECK_EQ(koito_test_fcntl(descriptor, KOITO_F_GETLK, &lock), -1); /* the host port has none */
    CHECK_EQ(KERRNO, ENOSYS);
    CHECK_EQ(koito_test_close(descriptor), 0);
    CHECK_EQ(koito_test_close(descriptor), -1);
    CHECK_EQ(KERRNO, EBADF);

    CHECK_EQ(koito_test_open(path, O_RDWR | O_CREAT | O_EXCL, 0644), -1);
    CHECK_EQ(KERRNO, EEXIST);
    CHECK_EQ(koito_test_access(path, R_OK | W_OK), 0);
    CHECK_EQ(koito_test_symlink("file", path_in("link")), 0);
    char target[16] = {0};
    CHECK_EQ(koito_test_readlink(path_in("link"), target, sizeof target), 4);
    CHECK(strcmp(target, "file") == 0);
    CHECK_EQ(koito_test_lstat(path_in("link"), &status), 0);
    CHECK(S_ISLNK(status.st_mode));
    CHECK_EQ(koito_test_stat(path_in("link"), &status), 0);
    CHECK(S_ISREG(status.st_mode) && status.st_size == 5);
    CHECK_EQ(koito_test_unlink(path_in("link")), 0);
    CHECK_EQ(koito_test_unlink(path), 0);
    CHECK_EQ(koito_test_open(path, O_RDONLY), -1);
    CHECK_EQ(KERRNO, ENOENT);
    CHECK_EQ(koito_test_access(path, F_OK), -1);
    CHECK_EQ(KERRNO, ENOENT);

    int ends[2];
    CHECK_EQ(koito_test_pipe(ends), 0);
    CHECK_EQ(koito_test_write(ends[1], "pipe", 4), 4);
    CHECK_EQ(koito_test_read(ends[0], data, sizeof data), 4);
    CHECK(memcmp(data, "pipe", 4) == 0);
    CHECK_EQ(koito_test_close(ends[0]) + koito_test_close(ends[1]), 0);
}

/* poll() and select() over the host port: the sets reach it and come back into the entries. */
static void test_poll_select(void)
{
    int ends[2];
    CHECK_EQ(koito_test_pipe(ends), 0);
    struct pollfd entries[3] = {{ends[0], POLLIN, 0}, {ends[1], POLLOUT, 0}, {-1, POLLIN, 0}};
    CHECK_EQ(koito_test_poll(entries, 3, 0), 1);
    CHECK_EQ(entries[0].revents, 0);
    CHECK_EQ(entries[1].revents, POLLOUT);
    CHECK_EQ(koito_test_write(ends[1], "p", 1), 1);
    CHECK_EQ(koito_test_poll(entries, 3, -1), 2);
    CHECK_EQ(entries[0].revents, POLLIN);
    CHECK_EQ(entries[2].revents, 0);
    struct pollfd far = {100, POLLIN, 0}; /* past KOITO's table of 64 */
    CHECK_EQ(koito_test_poll(&far, 1, -1), 1);
    CHECK_EQ(far.revents, POLLNVAL);
    CHECK_EQ(koito_test_poll(entries, 1025, 0), -1);
    CHECK_EQ(KERRNO, EINVAL);
    fd_set readable;
    FD_ZERO(&readable);
    FD_SET(ends[0], &readable);
    struct timeval zero = {0, 0};
    CHECK_EQ(koito_test_select(ends[0] + 1, &readable, NULL, NULL, &zero), 1);
    CHECK(FD_ISSET(ends[0], &readable));
    CHECK_EQ(koito_test_close(ends[1]), 0);
    FD_ZERO(&readable);
    FD_SET(ends[1], &readable);
    CHECK_EQ(koito_test_select(ends[1] + 1, &readable, NULL, NULL, &zero), -1);
    CHECK_EQ(KERRNO, EBADF);
    CHECK_EQ(koito_test_close(ends[0]), 0);
}

static void test_modes(void)
{
    CHECK_EQ(koito_test_umask(077), 022); /* libc's initial mask */
    char *path = path_in("private");
    int descriptor = koito_test_creat(path, 0666);
    CHECK(descriptor >= 0);
    struct stat host;
    CHECK(stat(path, &host) == 0 && (host.st_mode & 0777) == 0600);
    CHECK_EQ(koito_test_chmod(path, 0640), 0);
    CHECK(stat(path, &host) == 0 && (host.st_mode & 0777) == 0640);
    koito_test_close(descriptor);
    unlink(path);

    path = path_in("directory");
    CHECK_EQ(koito_test_mkdir(path, 0777), 0);
    CHECK(stat(path, &host) == 0 && S_ISDIR(host.st_mode) && (host.st_mode & 0777) == 0700);
    CHECK_EQ(koito_test_mkdir(path, 0777), -1);
    CHECK_EQ(KERRNO, EEXIST);
    void *opened = koito_test_opendir(path);
    CHECK(opened != NULL);
    CHECK_EQ(koito_test_closedir(opened), 0);
    CHECK_EQ(koito_test_rmdir(path), 0);
    CHECK(koito_test_opendir(path) == NULL);
    CHECK_EQ(KERRNO, ENOENT);
    CHECK_EQ(koito_test_umask(022), 077);
}

static int is_name_character(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void test_temporary_names(void)
{
    char first[96], second[96];
    snprintf(first, sizeof first, "%s/tmp.XXXXXX", directory);
    strcpy(second, first);
    int one = koito_test_mkstemp(first);
    int two = koito_test_mkstemp(second);
    CHECK(one >= 0 && two >= 0 && strcmp(first, second) != 0);
    size_t length = strlen(first);
    int all_name_characters = 1;
    for (size_t i = length - 6; i < length; i++) {
        all_name_characters &= is_name_character(first[i]);
    }
    CHECK(all_name_characters);
    struct stat host;
    CHECK(stat(first, &host) == 0 && S_ISREG(host.st_mode) && (host.st_mode & 0777) == 0600);
    CHECK_EQ(koito_test_write(one, "x", 1), 1);
    koito_test_close(one);
    koito_test_close(two);
    unlink(first);
    unlink(second);

    char made[96];
    snprintf(made, sizeof made, "%s/dir.XXXXXX", directory);
    CHECK(koito_test_mkdtemp(made) == made);
    CHECK(stat(made, &host) == 0 && S_ISDIR(host.st_mode) && (host.st_mode & 0777) == 0700);
    rmdir(made);

    char bad[] = "no-placeholder";
    CHECK_EQ(koito_test_mkstemp(bad), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK(strcmp(bad, "no-placeholder") == 0);
    char short_one[] = "XXXXX";
    CHECK(koito_test_mkdtemp(short_one) == NULL);
    CHECK_EQ(KERRNO, EINVAL);
}

static void test_times(void)
{
    struct timeval now;
    CHECK_EQ(koito_test_gettimeofday(&now, NULL), 0);
    CHECK(now.tv_usec >= 0 && now.tv_usec < 1000000 && now.tv_sec > 1700000000);
    struct timezone zone;
    CHECK_EQ(koito_test_gettimeofday(&now, &zone), -1);
    CHECK_EQ(KERRNO, EINVAL);

    char *path = path_in("timed");
    koito_test_close(koito_test_creat(path, 0644));
    struct timeval times[2] = {{1000000000, 250000}, {1234567890, 500000}};
    CHECK_EQ(koito_test_utimes(path, times), 0);
    struct stat host;
    CHECK(stat(path, &host) == 0 && host.st_mtim.tv_sec == 1234567890 &&
          host.st_mtim.tv_nsec == 500000000 && host.st_atim.tv_sec == 1000000000);
    times[1].tv_usec = 1000000;
    CHECK_EQ(koito_test_utimes(path, times), -1);
    CHECK_EQ(KERRNO, EINVAL);
    unlink(path);
}

/* utimensat, fchownat and linkat from a directory descriptor, and chown, lchown and link over
 * them: the port's arguments and errno reach the caller. */
static void test_at_calls(void)
{
    int at = open(directory, O_RDONLY | O_DIRECTORY);
    CHECK(at >= 0);
    koito_test_close(koito_test_creat(path_in("at-file"), 0644));
    const struct koito_timespec times[2] = {{1000000000, 7}, {1100000000, 9}};
    CHECK_EQ(koito_test_utimensat(at, "at-file", times, AT_SYMLINK_NOFOLLOW), 0);
    struct stat host;
    CHECK(stat(path_in("at-file"), &host) == 0 && host.st_mtim.tv_sec == 1100000000 &&
          host.st_mtim.tv_nsec == 9 && host.st_atim.tv_nsec == 7);
    CHECK_EQ(koito_test_utimensat(at, NULL, times, 0), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_utimensat(at, "missing", times, 0), -1);
    CHECK_EQ(KERRNO, ENOENT);

    unsigned user = (unsigned)getuid(), group = (unsigned)getgid();
    CHECK_EQ(koito_test_fchownat(at, "at-file", user, group, AT_SYMLINK_NOFOLLOW), 0);
    CHECK_EQ(koito_test_chown(path_in("at-file"), user, (unsigned)-1), 0);
    CHECK_EQ(koito_test_lchown(path_in("at-file"), (unsigned)-1, group), 0);
    CHECK_EQ(koito_test_fchownat(-1, "at-file", user, group, 0), -1);
    CHECK_EQ(KERRNO, EBADF);
    CHECK_EQ(koito_test_chown(path_in("missing"), user, group), -1);
    CHECK_EQ(KERRNO, ENOENT);

    CHECK_EQ(koito_test_linkat(at, "at-file", AT_FDCWD, path_in("at-second"), 0), 0);
    CHECK(stat(path_in("at-second"), &host) == 0 && host.st_nlink == 2);
    char file[128];
    strcpy(file, path_in("at-file")); /* path_in's buffer is one: a second path needs its own */
    CHECK_EQ(koito_test_link(file, path_in("at-third")), 0);
    CHECK_EQ(koito_test_linkat(at, "at-file", at, "at-second", 0), -1);
    CHECK_EQ(KERRNO, EEXIST);
    CHECK_EQ(koito_test_link(file, path_in("at-dir/fourth")), -1);
    CHECK_EQ(KERRNO, ENOENT);
    unlink(path_in("at-third"));
    unlink(path_in("at-second"));
    unlink(path_in("at-file"));
    close(at);
}

static void test_mmap(void)
{
    unsigned char *memory =
        koito_test_mmap(NULL, 10000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CHECK(memory != MAP_FAILED && (uintptr_t)memory % 4096 == 0);
    if (memory != MAP_FAILED) {
        int zero = 1;
        for (size_t i = 0; i < 12288; i++) {
            zero &= memory[i] == 0;
        }
        CHECK(zero); /* rounded up to whole pages, all zero */
        memory[9999] = 1;
        CHECK_EQ(koito_test_msync(memory, 10000, MS_SYNC), 0);
        CHECK_EQ(koito_test_msync(memory, 10000, MS_SYNC | MS_ASYNC), -1);
        CHECK_EQ(KERRNO, EINVAL);
        CHECK_EQ(koito_test_mprotect(memory, 4096, PROT_READ), 0);
        CHECK_EQ(koito_test_mprotect(memory, 4096, PROT_READ | PROT_WRITE), 0);
        CHECK_EQ(koito_test_mprotect(memory, 4096, PROT_WRITE | PROT_EXEC), -1);
        CHECK_EQ(KERRNO, EACCES);
        CHECK_EQ(koito_test_mprotect(memory, 4096, PROT_NONE), -1);
        CHECK_EQ(KERRNO, ENOTSUP);
        CHECK_EQ(koito_test_mprotect(memory + 1, 4096, PROT_READ), -1);
        CHECK_EQ(KERRNO, EINVAL);
        CHECK_EQ(koito_test_munmap(memory + 1, 10000), -1);
        CHECK_EQ(KERRNO, EINVAL);
        CHECK_EQ(koito_test_munmap(memory, 10000), 0);
    }
    struct {
        size_t length;
        int protection, flags, descriptor, error;
    } refused[] = {
        {0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, EINVAL},
        {SIZE_MAX, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, EINVAL},
        {4096, PROT_READ, MAP_ANONYMOUS, -1, EINVAL},
        {4096, PROT_READ, MAP_SHARED | MAP_PRIVATE | MAP_ANONYMOUS, -1, EINVAL},
        {4096, 0x80, MAP_PRIVATE | MAP_ANONYMOUS, -1, EINVAL},
        {4096, PROT_READ, MAP_PRIVATE, -1, EBADF}, /* files: mmap_file_test.c */
        {4096, PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, EACCES},
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        CHECK(koito_test_mmap(NULL, refused[i].length, refused[i].protection, refused[i].flags,
                              refused[i].descriptor, 0) == MAP_FAILED);
        CHECK_EQ(KERRNO, refused[i].error);
    }
    unsigned char *shared =
        koito_test_mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    CHECK(shared != MAP_FAILED);
    if (shared != MAP_FAILED)
        CHECK_EQ(koito_test_munmap(shared, 4096), 0);
    CHECK(koito_test_mmap((void *)1, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1,
                          0) == MAP_FAILED);
    CHECK_EQ(KERRNO, EINVAL);
    koito_test_pages_limit = 0;
    CHECK(koito_test_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
    CHECK_EQ(KERRNO, ENOMEM);
    koito_test_pages_limit = SIZE_MAX;
}

static int caught;

static void handler(int number)
{
    caught = number;
}

static void test_signals(void)
{
    struct koito_sigaction action = {.handler = handler}, old;
    CHECK_EQ(koito_test_sigaction(SIGUSR2, &action, &old), 0);
    CHECK(old.handler == SIG_DFL);
    CHECK_EQ(koito_test_sigaction(SIGUSR2, NULL, &old), 0);
    CHECK(old.handler == handler);
    CHECK_EQ(koito_test_kill(koito_test_getpid(), SIGUSR2), 0);
    CHECK_EQ(caught, SIGUSR2);
    caught = 0;
    CHECK_EQ(koito_test_kill(0, SIGUSR2), 0);
    CHECK_EQ(caught, SIGUSR2);
    CHECK_EQ(koito_test_kill(koito_test_getpid(), 0), 0);
    CHECK_EQ(koito_test_kill(koito_test_getpid(), 65), -1);
    CHECK_EQ(KERRNO, EINVAL);
    action.flags = 0x100; /* no such flag */
    CHECK_EQ(koito_test_sigaction(SIGUSR2, &action, NULL), -1);
    CHECK_EQ(KERRNO, EINVAL);
    action = (struct koito_sigaction){.handler = SIG_DFL};
    CHECK_EQ(koito_test_sigaction(SIGKILL, &action, NULL), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_sigaction(SIGUSR2, &action, &old), 0);
    CHECK(old.handler == handler);
}

static struct koito_siginfo caught_info;
static unsigned long long mask_in_handler;

static void info_handler(int number, struct koito_siginfo *info, void *context)
{
    CHECK(context == NULL);
    caught = number;
    caught_info = *info;
    koito_test_sigprocmask(KOITO_SIG_BLOCK, NULL, &mask_in_handler);
}

static void test_signal_sets(void)
{
    unsigned long long set = 1;
    CHECK_EQ(koito_test_sigemptyset(&set), 0);
    CHECK_EQ(set, 0);
    CHECK_EQ(koito_test_sigaddset(&set, 1), 0);
    CHECK_EQ(koito_test_sigaddset(&set, 64), 0);
    CHECK_EQ(set, KOITO_BIT(1) | KOITO_BIT(64));
    CHECK_EQ(koito_test_sigismember(&set, 64), 1);
    CHECK_EQ(koito_test_sigismember(&set, 2), 0);
    CHECK_EQ(koito_test_sigdelset(&set, 64), 0);
    CHECK_EQ(koito_test_sigismember(&set, 64), 0);
    CHECK_EQ(koito_test_sigaddset(&set, 0), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_sigaddset(&set, 65), -1);
    CHECK_EQ(koito_test_sigismember(&set, 65), -1);
    CHECK_EQ(koito_test_sigfillset(&set), 0);
    CHECK_EQ(koito_test_sigismember(&set, 64), 1);
}

/* The mask, pending signals, handler flags, and what the server is told (port_host.c). */
static void test_signal_masks(void)
{
    struct koito_sigaction action = {.info_handler = info_handler, .flags = KOITO_SA_SIGINFO};
    action.mask = KOITO_BIT(SIGUSR2);
    CHECK_EQ(koito_test_sigaction(SIGUSR1, &action, NULL), 0);
    CHECK(host_signal_catching & KOITO_BIT(SIGUSR1));
    CHECK_EQ(host_signal_handling, KOITO_BIT(SIGUSR1));
    unsigned long long usr1 = KOITO_BIT(SIGUSR1), pending = 0, old = 0;
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, &usr1, &old), 0);
    CHECK_EQ(old, 0);
    caught = 0;
    CHECK_EQ(koito_test_raise(SIGUSR1), 0);
    CHECK_EQ(caught, 0);
    CHECK_EQ(koito_test_sigpending(&pending), 0);
    CHECK_EQ(pending, usr1);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_UNBLOCK, &usr1, NULL), 0);
    CHECK_EQ(caught, SIGUSR1);
    CHECK_EQ(caught_info.signo, SIGUSR1);
    CHECK_EQ(caught_info.code, 0); /* SI_USER */
    CHECK_EQ(caught_info.pid, koito_test_getpid());
    CHECK_EQ(mask_in_handler, KOITO_BIT(SIGUSR1) | KOITO_BIT(SIGUSR2));
    CHECK_EQ(koito_test_sigpending(&pending), 0);
    CHECK_EQ(pending, 0);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, NULL, &old), 0);
    CHECK_EQ(old, 0);
    /* SA_NODEFER leaves the signal open; SA_RESETHAND puts the default back. */
    action.flags = KOITO_SA_SIGINFO | KOITO_SA_NODEFER | KOITO_SA_RESETHAND;
    action.mask = 0;
    CHECK_EQ(koito_test_sigaction(SIGUSR1, &action, NULL), 0);
    CHECK_EQ(koito_test_raise(SIGUSR1), 0);
    CHECK_EQ(mask_in_handler, 0);
    CHECK_EQ(koito_test_sigaction(SIGUSR1, NULL, &action), 0);
    CHECK(action.handler == SIG_DFL);
    CHECK_EQ(host_signal_catching & KOITO_BIT(SIGUSR1), 0);
    /* SIG_IGN is dropped at the sender; a blocked default signal is caught, to stay pending. */
    action = (struct koito_sigaction){.handler = SIG_IGN};
    CHECK_EQ(koito_test_sigaction(SIGPIPE, &action, NULL), 0);
    CHECK(host_signal_ignoring & KOITO_BIT(SIGPIPE));
    unsigned long long term = KOITO_BIT(SIGTERM);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, &term, NULL), 0);
    CHECK(host_signal_catching & term);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_UNBLOCK, &term, NULL), 0);
    CHECK_EQ(host_signal_catching & term, 0);
    action.handler = SIG_DFL;
    CHECK_EQ(koito_test_sigaction(SIGPIPE, &action, NULL), 0);
    CHECK_EQ(host_signal_ignoring, 0);
    /* SIGKILL and SIGSTOP are never blocked; a bad how is EINVAL. */
    unsigned long long all = ~0ull;
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_SETMASK, &all, &old), 0);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_SETMASK, &old, &all), 0);
    CHECK_EQ(all, ~(KOITO_BIT(SIGKILL) | KOITO_BIT(SIGSTOP)));
    CHECK_EQ(host_signal_catching, 0);
    CHECK_EQ(koito_test_sigprocmask(7, &all, NULL), -1);
    CHECK_EQ(KERRNO, EINVAL);
}

static void test_system(void)
{
    CHECK_EQ(koito_test_sysconf(KOITO_SC_PAGESIZE), 4096);
    CHECK_EQ(koito_test_getpagesize(), 4096);
    CHECK_EQ(koito_test_sysconf(KOITO_SC_CLK_TCK), 100);
    CHECK_EQ(koito_test_sysconf(-1), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_getuid(), 0);
    CHECK_EQ(koito_test_getegid(), 0);
    KERRNO = 0;
    CHECK(koito_test_getpwuid(0) == NULL && koito_test_getpwnam("root") == NULL);
    CHECK_EQ(KERRNO, 0);

    /* The limits the POSIX server enforces: 64 descriptors (RLIMIT_NOFILE, 7, agrees), 9456
     * bytes of spawn strings (at least _POSIX_ARG_MAX, 4096). */
    CHECK_EQ(koito_test_sysconf(4 /* _SC_OPEN_MAX */), 64);
    CHECK_EQ(koito_test_sysconf(0 /* _SC_ARG_MAX */), 9456);
    struct koito_rlimit limit;
    CHECK_EQ(koito_test_getrlimit(7, &limit), 0);
    CHECK(limit.rlim_cur == 64 && limit.rlim_max == 64);
    CHECK_EQ(koito_test_getrlimit(0 /* RLIMIT_CPU */, &limit), 0);
    CHECK(limit.rlim_cur == ~0ull && limit.rlim_max == ~0ull);
    CHECK_EQ(koito_test_getrlimit(99, &limit), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_setrlimit(7, &limit), -1);
    CHECK_EQ(KERRNO, ENOSYS);
    limit.rlim_max = 1;
    CHECK_EQ(koito_test_setrlimit(7, &limit), -1);
    CHECK_EQ(KERRNO, EINVAL);
    /* Processor time: the process's own (grown by a busy loop) and its waited-for children's,
     * all of it user time. */
    struct koito_rusage usage;
    CHECK_EQ(koito_test_getrusage(0, &usage), 0);
    long long before = usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec;
    struct koito_tms tms;
    CHECK(koito_test_times(&tms) > 0);
    CHECK(tms.tms_stime == 0 && tms.tms_cstime == 0);
    long ticks_before = tms.tms_utime;
    clock_t host_start = clock();
    while ((double)(clock() - host_start) / CLOCKS_PER_SEC < 0.05)
        ;
    CHECK_EQ(koito_test_getrusage(0, &usage), 0);
    CHECK(usage.ru_utime.tv_sec * 1000000 + usage.ru_utime.tv_usec - before >= 40000);
    CHECK(usage.ru_stime.tv_sec == 0 && usage.ru_stime.tv_usec == 0);
    CHECK(usage.ru_utime.tv_usec >= 0 && usage.ru_utime.tv_usec < 1000000);
    CHECK(koito_test_times(&tms) > 0);
    CHECK(tms.tms_utime - ticks_before >= 4);
    CHECK_EQ(koito_test_getrusage(-1, &usage), 0);
    CHECK(usage.ru_utime.tv_sec >= 0 && usage.ru_stime.tv_sec == 0);
    CHECK_EQ(koito_test_getrusage(5, &usage), -1);
    CHECK_EQ(KERRNO, EINVAL);

    char here[256], host[256];
    CHECK(koito_test_getcwd(here, sizeof here) == here && getcwd(host, sizeof host) != NULL);
    CHECK(strcmp(here, host) == 0);
    CHECK(koito_test_getcwd(NULL, 0) == NULL);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK(koito_test_getcwd(here, 1) == NULL);
    CHECK_EQ(KERRNO, ERANGE);
    CHECK_EQ(koito_test_wait(NULL), -1); /* no children */
    CHECK_EQ(KERRNO, ECHILD);
}

/* The fixed names (KOITO's layout is Linux's, so the host's struct fits),
 * nanosleep's argument checks and full sleeps, and time zones' absence. */
/* The lowest free descriptor: what a leak would take. */
static int lowest_free_descriptor(void)
{
    int probe = dup(0);
    close(probe);
    return probe;
}

/* popen checks its mode before anything else; a spawn that fails (the host port cannot spawn)
 * leaves no descriptor open; pclose refuses a stream popen did not open and leaves it alone. */
static void test_popen(void)
{
    const char *bad[] = {"x", "", "rw", "r+", "wr", "ee", "e", "rb", "ree", "re "};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        KERRNO = 0;
        CHECK(koito_test_popen("true", bad[i]) == NULL);
        CHECK_EQ(KERRNO, EINVAL);
    }
    CHECK(koito_test_popen("true", NULL) == NULL);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK(koito_test_popen(NULL, "r") == NULL);
    CHECK_EQ(KERRNO, EINVAL);
    int free_before = lowest_free_descriptor();
    const char *good[] = {"r", "w", "re", "we"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        KERRNO = 0;
        CHECK(koito_test_popen("true", good[i]) == NULL);
        CHECK_EQ(KERRNO, ENOSYS);
    }
    CHECK_EQ(lowest_free_descriptor(), free_before);

    KFILE *plain = koito_test_fopen("/dev/null", "r");
    CHECK(plain != NULL);
    KERRNO = 0;
    CHECK_EQ(koito_test_pclose(plain), -1);
    CHECK_EQ(KERRNO, ECHILD);
    CHECK_EQ(koito_test_fclose(plain), 0); /* still open: pclose left it alone */
}

/* system() ignores SIGINT and SIGQUIT and blocks SIGCHLD only while it runs a command: after a
 * spawn that fails the caller's actions and mask are as they were, and so is what the POSIX
 * server was told (port_host.c). */
static void test_system_signal_window(void)
{
    struct koito_sigaction action = {.handler = handler}, old;
    CHECK_EQ(koito_test_sigaction(SIGINT, &action, NULL), 0);
    unsigned long long none = 0, mask = 0;
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_SETMASK, &none, NULL), 0);
    KERRNO = 0;
    CHECK_EQ(koito_test_system("true"), -1);
    CHECK_EQ(KERRNO, ENOSYS);
    CHECK_EQ(koito_test_sigaction(SIGINT, NULL, &old), 0);
    CHECK(old.handler == handler);
    CHECK_EQ(koito_test_sigaction(SIGQUIT, NULL, &old), 0);
    CHECK(old.handler == SIG_DFL);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, NULL, &mask), 0);
    CHECK_EQ(mask, 0);
    CHECK_EQ(host_signal_ignoring & (KOITO_BIT(SIGINT) | KOITO_BIT(SIGQUIT)), 0);
    CHECK(host_signal_catching & KOITO_BIT(SIGINT));

    /* A SIGCHLD the caller blocked stays blocked; an ignored SIGQUIT stays ignored. */
    unsigned long long child = KOITO_BIT(SIGCHLD);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, &child, NULL), 0);
    action = (struct koito_sigaction){.handler = SIG_IGN};
    CHECK_EQ(koito_test_sigaction(SIGQUIT, &action, NULL), 0);
    CHECK_EQ(koito_test_system("true"), -1);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_BLOCK, NULL, &mask), 0);
    CHECK_EQ(mask, child);
    CHECK_EQ(koito_test_sigaction(SIGQUIT, NULL, &old), 0);
    CHECK(old.handler == SIG_IGN);
    CHECK(host_signal_ignoring & KOITO_BIT(SIGQUIT));

    action = (struct koito_sigaction){.handler = SIG_DFL};
    CHECK_EQ(koito_test_sigaction(SIGINT, &action, NULL), 0);
    CHECK_EQ(koito_test_sigaction(SIGQUIT, &action, NULL), 0);
    CHECK_EQ(koito_test_sigprocmask(KOITO_SIG_SETMASK, &none, NULL), 0);
}

static void test_names_sleep_zones(void)
{
    struct utsname names;
    CHECK_EQ(koito_test_uname(&names), 0);
    CHECK(strcmp(names.sysname, "KOITO") == 0 && strcmp(names.machine, "x86_64") == 0);
    CHECK(strcmp(names.nodename, "koito") == 0 && names.release[0] != '\0');
    CHECK(strstr(names.version, names.release) != NULL);
    CHECK_EQ(koito_test_uname(NULL), -1);
    CHECK_EQ(KERRNO, EFAULT);

    struct timespec request = {0, 1000}, remaining = {9, 9};
    CHECK_EQ(koito_test_nanosleep(&request, &remaining), 0);
    CHECK(remaining.tv_sec == 0 && remaining.tv_nsec == 0);
    CHECK_EQ(koito_test_nanosleep(&request, NULL), 0);
    request.tv_nsec = 1000000000L;
    CHECK_EQ(koito_test_nanosleep(&request, &remaining), -1);
    CHECK_EQ(KERRNO, EINVAL);
    request = (struct timespec){-1, 0};
    CHECK_EQ(koito_test_nanosleep(&request, NULL), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_nanosleep(NULL, NULL), -1);
    CHECK_EQ(KERRNO, EINVAL);

    koito_test_tzset();
    CHECK(strcmp(koito_test_tzname[0], "UTC") == 0 && strcmp(koito_test_tzname[1], "UTC") == 0);
}

int koito_test_tcgetattr(int descriptor, struct termios *attributes);
int koito_test_tcsetattr(int descriptor, int action, const struct termios *attributes);
int koito_test_tcdrain(int descriptor);
int koito_test_tcflush(int descriptor, int queue);
int koito_test_tcflow(int descriptor, int action);
int koito_test_tcsendbreak(int descriptor, int duration);
speed_t koito_test_cfgetispeed(const struct termios *attributes);
speed_t koito_test_cfgetospeed(const struct termios *attributes);
int koito_test_cfsetispeed(struct termios *attributes, speed_t speed);
int koito_test_cfsetospeed(struct termios *attributes, speed_t speed);
int koito_test_cfsetspeed(struct termios *attributes, speed_t speed);
void koito_test_cfmakeraw(struct termios *attributes);

static void test_termios(void)
{
    struct termios attributes;
    memset(&attributes, 0, sizeof attributes);
    /* A file is no terminal; a closed descriptor is none at all. */
    char path[128];
    snprintf(path, sizeof path, "%s/termios", directory);
    int file = koito_test_open(path, O_RDWR | O_CREAT, 0600);
    CHECK(file >= 0);
    CHECK_EQ(koito_test_tcgetattr(file, &attributes), -1);
    CHECK_EQ(KERRNO, ENOTTY);
    CHECK_EQ(koito_test_tcsetattr(file, TCSANOW, &attributes), -1);
    CHECK_EQ(KERRNO, ENOTTY);
    CHECK_EQ(koito_test_tcdrain(file), -1);
    CHECK_EQ(KERRNO, ENOTTY);
    CHECK_EQ(koito_test_tcflush(file, TCIFLUSH), -1);
    CHECK_EQ(KERRNO, ENOTTY);
    CHECK_EQ(koito_test_tcgetattr(-1, &attributes), -1);
    CHECK_EQ(KERRNO, EBADF);
    /* Arguments outside their ranges. */
    CHECK_EQ(koito_test_tcsetattr(file, 7, &attributes), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_tcflush(file, 9), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_tcflow(file, 9), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_close(file), 0);
    unlink(path);

    /* Speeds: the B* values only. */
    CHECK_EQ(koito_test_cfsetspeed(&attributes, B115200), 0);
    CHECK_EQ(koito_test_cfgetispeed(&attributes), B115200);
    CHECK_EQ(koito_test_cfgetospeed(&attributes), B115200);
    CHECK_EQ(koito_test_cfsetispeed(&attributes, B9600), 0);
    CHECK_EQ(koito_test_cfgetispeed(&attributes), B9600);
    CHECK_EQ(koito_test_cfsetospeed(&attributes, 12345), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_cfsetspeed(&attributes, B38400 + 1), -1);
    CHECK_EQ(KERRNO, EINVAL);
    CHECK_EQ(koito_test_cfgetospeed(&attributes), B115200);

    /* A pseudo-terminal is a terminal: its attributes round-trip, raw mode included. */
    int terminal = posix_openpt(O_RDWR | O_NOCTTY);
    if (terminal < 0)
        return; /* no pseudo-terminals on this host: the file checks above stand */
    struct termios initial, raw, back;
    CHECK_EQ(koito_test_tcgetattr(terminal, &initial), 0);
    CHECK((initial.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO));
    CHECK_EQ(initial.c_cc[VMIN], 1);
    raw = initial;
    koito_test_cfmakeraw(&raw);
    CHECK_EQ(raw.c_lflag & (ICANON | ECHO | ISIG | IEXTEN), 0);
    CHECK_EQ(raw.c_iflag & (ICRNL | IXON), 0);
    CHECK_EQ(raw.c_oflag & OPOST, 0);
    CHECK_EQ(raw.c_cflag & CSIZE, CS8);
    CHECK_EQ(koito_test_tcsetattr(terminal, TCSAFLUSH, &raw), 0);
    CHECK_EQ(koito_test_tcgetattr(terminal, &back), 0);
    CHECK_EQ(memcmp(&back, &raw, sizeof raw), 0);
    CHECK_EQ(koito_test_tcdrain(terminal), 0);
    CHECK_EQ(koito_test_tcflush(terminal, TCIOFLUSH), -1);
    CHECK_EQ(KERRNO, ENOTSUP);
    CHECK_EQ(koito_test_tcsendbreak(terminal, 0), -1);
    CHECK_EQ(KERRNO, ENOTSUP);
    CHECK_EQ(koito_test_tcsetattr(terminal, TCSANOW, &initial), 0);
    CHECK_EQ(koito_test_tcgetattr(terminal, &back), 0);
    CHECK_EQ(memcmp(&back, &initial, sizeof initial), 0);
    close(terminal);
}

int main(void)
{
    strcpy(directory, "/tmp/koito-posix-test.XXXXXX");
    if (mkdtemp(directory) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    test_descriptors();
    test_poll_select();
    test_modes();
    test_temporary_names();
    test_times();
    test_at_calls();
    test_mmap();
    test_signals();
    test_signal_sets();
    test_signal_masks();
    test_system();
    test_popen();
    test_system_signal_window();
    test_names_sleep_zones();
    test_termios();
    rmdir(directory);
    return check_summary();
}
