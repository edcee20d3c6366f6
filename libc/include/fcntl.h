/*
 * <fcntl.h>: file-opening flags (libc, public header), with Linux's values.
 * open() itself comes with the POSIX server; stdio already passes these
 * flags to the OS port.
 */
#ifndef _FCNTL_H
#define _FCNTL_H

#define __KOITO_NEED_mode_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_pid_t
#include <bits/types.h>

#define O_RDONLY    00
#define O_WRONLY    01
#define O_RDWR      02
#define O_ACCMODE   03
#define O_CREAT     0100
#define O_EXCL      0200
#define O_NOCTTY    0400
#define O_TRUNC     01000
#define O_APPEND    02000
#define O_NONBLOCK  04000
#define O_DIRECTORY 0200000
#define O_CLOEXEC   02000000

/* fcntl() commands and flags */
#define F_DUPFD         0
#define F_GETFD         1
#define F_SETFD         2
#define F_GETFL         3
#define F_SETFL         4
#define F_GETLK         5
#define F_SETLK         6
#define F_SETLKW        7
#define F_DUPFD_CLOEXEC 1030
#define FD_CLOEXEC      1

/* Record locks (struct flock's l_type) */
#define F_RDLCK 0
#define F_WRLCK 1
#define F_UNLCK 2

struct flock {
    short l_type;
    short l_whence;
    off_t l_start;
    off_t l_len;
    pid_t l_pid;
};

/* The *at calls' "relative to the working directory" and their flags (Linux's values):
 * AT_SYMLINK_NOFOLLOW (fstatat, faccessat, fchmodat, utimensat, fchownat) and AT_SYMLINK_FOLLOW
 * (linkat) are accepted, and the same as without, since there are no symbolic links;
 * AT_REMOVEDIR (unlinkat: rmdir), AT_EACCESS (faccessat: accepted, every process has the same
 * ids), AT_EMPTY_PATH (fstatat, fchownat, linkat: an empty path names the descriptor's own
 * file). */
#define AT_FDCWD            (-100)
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_REMOVEDIR        0x200
#define AT_EACCESS          0x200
#define AT_SYMLINK_FOLLOW   0x400
#define AT_EMPTY_PATH       0x1000

/* Requests to the POSIX server. open() and creat() apply the process's umask() to `mode`. */
int open(const char *path, int flags, ...);
/* open() with a relative path starting from the directory `directory` names (AT_FDCWD: the
 * working directory). */
int openat(int directory, const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int descriptor, int command, ...);

#endif
