/*
 * <sys/stat.h>: file status, modes and times (libc, public header). The calls go to the POSIX
 * server through the OS port. umask() is kept by libc itself, and open() and mkdir() apply it.
 */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>
#define __KOITO_NEED_struct_timespec
#include <bits/types.h>

struct stat {
    dev_t st_dev;
    ino_t st_ino;
    mode_t st_mode;
    nlink_t st_nlink;
    uid_t st_uid;
    gid_t st_gid;
    dev_t st_rdev;
    off_t st_size;
    blksize_t st_blksize;
    blkcnt_t st_blocks;
    struct timespec st_atim;
    struct timespec st_mtim;
    struct timespec st_ctim;
};
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_IFMT   0170000
#define S_IFSOCK 0140000
#define S_IFLNK  0120000
#define S_IFREG  0100000
#define S_IFBLK  0060000
#define S_IFDIR  0040000
#define S_IFCHR  0020000
#define S_IFIFO  0010000

#define S_ISSOCK(mode) (((mode)&S_IFMT) == S_IFSOCK)
#define S_ISLNK(mode)  (((mode)&S_IFMT) == S_IFLNK)
#define S_ISREG(mode)  (((mode)&S_IFMT) == S_IFREG)
#define S_ISBLK(mode)  (((mode)&S_IFMT) == S_IFBLK)
#define S_ISDIR(mode)  (((mode)&S_IFMT) == S_IFDIR)
#define S_ISCHR(mode)  (((mode)&S_IFMT) == S_IFCHR)
#define S_ISFIFO(mode) (((mode)&S_IFMT) == S_IFIFO)

#define S_ISUID 04000
#define S_ISGID 02000
#define S_ISVTX 01000
#define S_IRWXU 0700
#define S_IRUSR 0400
#define S_IWUSR 0200
#define S_IXUSR 0100
#define S_IRWXG 0070
#define S_IRGRP 0040
#define S_IWGRP 0020
#define S_IXGRP 0010
#define S_IRWXO 0007
#define S_IROTH 0004
#define S_IWOTH 0002
#define S_IXOTH 0001

int stat(const char *restrict path, struct stat *restrict status);
int lstat(const char *restrict path, struct stat *restrict status);
int fstat(int descriptor, struct stat *status);
int mkdir(const char *path, mode_t mode);
int chmod(const char *path, mode_t mode);
int fchmod(int descriptor, mode_t mode);
/* stat() (AT_SYMLINK_NOFOLLOW: lstat(); AT_EMPTY_PATH: an empty path describes the descriptor's
 * own file), mkdir() and chmod() with a relative path starting from the directory `directory`
 * names (<fcntl.h>'s AT_FDCWD: the working directory). */
int fstatat(int directory, const char *restrict path, struct stat *restrict status, int flag);
int mkdirat(int directory, const char *path, mode_t mode);
int fchmodat(int directory, const char *path, mode_t mode, int flag);
mode_t umask(mode_t mask);

/* utimensat() and futimens(): a tv_nsec that sets that time to now, or leaves it (Linux's values).
 */
#define UTIME_NOW  ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)
/* A relative path starts from the directory `directory` names (<fcntl.h>'s AT_FDCWD: the working
 * directory); flag 0 or AT_SYMLINK_NOFOLLOW (the same here: there are no symbolic links). */
int utimensat(int directory, const char *path, const struct timespec times[2], int flag);
int futimens(int descriptor, const struct timespec times[2]);

#endif
