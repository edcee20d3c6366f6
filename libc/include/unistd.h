/*
 * <unistd.h>: POSIX system interface (libc, public header). So far it
 * declares getopt() and its variables; the file and process calls come with
 * the POSIX server (owned by the OS-port work).
 */
#ifndef _UNISTD_H
#define _UNISTD_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_ssize_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_pid_t
#define __KOITO_NEED_uid_t
#define __KOITO_NEED_useconds_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define STDIN_FILENO  0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

/* access() modes */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

/* sysconf() names */
#define _SC_ARG_MAX          0
#define _SC_CHILD_MAX        1
#define _SC_CLK_TCK          2
#define _SC_OPEN_MAX         4
#define _SC_PAGESIZE         30
#define _SC_PAGE_SIZE        _SC_PAGESIZE
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84

/* Files and descriptors: requests to the POSIX server. */
ssize_t read(int descriptor, void *data, size_t length);
ssize_t write(int descriptor, const void *data, size_t length);
ssize_t pread(int descriptor, void *data, size_t length, off_t offset);
ssize_t pwrite(int descriptor, const void *data, size_t length, off_t offset);
off_t lseek(int descriptor, off_t offset, int whence);
int close(int descriptor);
int dup(int descriptor);
int dup2(int descriptor, int target);
int pipe(int descriptors[2]);
int pipe2(int descriptors[2], int flags);
int ftruncate(int descriptor, off_t length);
int fsync(int descriptor);
int fdatasync(int descriptor);
int fchown(int descriptor, uid_t user, gid_t group);
int isatty(int descriptor);
int unlink(const char *path);
int rmdir(const char *path);
int access(const char *path, int mode);
int chdir(const char *path);
int fchdir(int descriptor);
/* unlink() (AT_REMOVEDIR: rmdir()), access(), chown() (AT_SYMLINK_NOFOLLOW: lchown();
 * AT_EMPTY_PATH: an empty path names the descriptor's own file) and link() (AT_EMPTY_PATH: an
 * empty existing path names from_directory's own file) with a relative path starting from the
 * directory `directory` names (<fcntl.h>'s AT_FDCWD: the working directory). */
int unlinkat(int directory, const char *path, int flags);
int faccessat(int directory, const char *path, int mode, int flags);
int fchownat(int directory, const char *path, uid_t user, gid_t group, int flags);
int linkat(int from_directory, const char *existing, int to_directory, const char *path, int flags);
char *getcwd(char *buffer, size_t size);
ssize_t readlink(const char *restrict path, char *restrict buffer, size_t size);
int chown(const char *path, uid_t user, gid_t group);
int lchown(const char *path, uid_t user, gid_t group);
int symlink(const char *target, const char *path);
int link(const char *existing, const char *path);

/* Processes. */
pid_t getpid(void);
pid_t getppid(void);
/* Process groups and sessions: a process started by the boot configuration leads its own; a
 * child starts in its parent's (posix_spawnattr_setpgroup changes that). */
int setpgid(pid_t process, pid_t group);
pid_t getpgid(pid_t process);
pid_t getpgrp(void);
pid_t setsid(void);
pid_t getsid(pid_t process);
/* The console's foreground process group, which ^C and ^\ typed on it signal. */
pid_t tcgetpgrp(int descriptor);
int tcsetpgrp(int descriptor, pid_t group);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
_Noreturn void _exit(int status);

/* Time and the system. */
unsigned sleep(unsigned seconds);
unsigned alarm(unsigned seconds);
int pause(void);
int usleep(useconds_t microseconds);
long sysconf(int name);
int getpagesize(void);

extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *options);

extern char **environ;

#endif
