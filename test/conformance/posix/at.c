/*
 * Conformance (POSIX *at calls): openat, fstatat, unlinkat, mkdirat, renameat, faccessat,
 * fchmodat, utimensat, fchownat and linkat with AT_FDCWD and with a directory descriptor (a
 * relative path starts there, an absolute one ignores it), fchdir, fdopendir and dirfd; each
 * call's errors: EBADF for a descriptor that is not open, ENOTDIR for one that is no directory,
 * EINVAL for flags it does not know, and the errors of the call it extends (ENOENT, EEXIST,
 * EISDIR, ENOTDIR, ENOTEMPTY, EPERM).
 */
#include "check.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char scratch[256];

#define FAILS_WITH(call, error)                                                                    \
    do {                                                                                           \
        errno = 0;                                                                                 \
        CHECK_EQ((call), -1);                                                                      \
        CHECK_EQ(errno, (error));                                                                  \
    } while (0)

/* A descriptor not open in this process. */
#define CLOSED 200

/* A directory descriptor on scratch, a descriptor on a regular file in it ("plain"). */
static int directory, plain;

static void test_openat(void)
{
    int fd = openat(directory, "made", O_WRONLY | O_CREAT | O_EXCL, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, "at", 2), 2);
    CHECK_EQ(close(fd), 0);
    char path[320];
    snprintf(path, sizeof path, "%s/made", scratch);
    struct stat status;
    CHECK_EQ(stat(path, &status), 0);
    CHECK_EQ(status.st_size, 2);
    fd = openat(CLOSED, path, O_RDONLY); /* absolute: the descriptor does not count */
    CHECK(fd >= 0);
    CHECK_EQ(close(fd), 0);
    FAILS_WITH(openat(directory, "made", O_WRONLY | O_CREAT | O_EXCL, 0600), EEXIST);
    FAILS_WITH(openat(directory, "missing", O_RDONLY), ENOENT);
    FAILS_WITH(openat(directory, "missing/x", O_RDONLY), ENOENT);
    FAILS_WITH(openat(directory, "made/x", O_RDONLY), ENOTDIR);
    FAILS_WITH(openat(directory, ".", O_WRONLY), EISDIR);
    FAILS_WITH(openat(directory, "made", O_RDONLY | O_DIRECTORY), ENOTDIR);
    FAILS_WITH(openat(CLOSED, "made", O_RDONLY), EBADF);
    FAILS_WITH(openat(-1, "made", O_RDONLY), EBADF);
    FAILS_WITH(openat(plain, "made", O_RDONLY), ENOTDIR);
    FAILS_WITH(openat(directory, "", O_RDONLY), ENOENT);
}

static void test_fstatat(void)
{
    struct stat status, again;
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK(S_ISREG(status.st_mode));
    CHECK_EQ(status.st_size, 2);
    CHECK_EQ(fstatat(directory, "made", &again, AT_SYMLINK_NOFOLLOW), 0);
    CHECK_EQ(again.st_ino, status.st_ino);
    CHECK_EQ(fstatat(directory, ".", &again, 0), 0);
    CHECK(S_ISDIR(again.st_mode));
    CHECK_EQ(fstatat(AT_FDCWD, scratch, &again, 0), 0);
    CHECK(S_ISDIR(again.st_mode));
    FAILS_WITH(fstatat(directory, "missing", &status, 0), ENOENT);
    FAILS_WITH(fstatat(directory, "made/x", &status, 0), ENOTDIR);
    FAILS_WITH(fstatat(directory, "", &status, 0), ENOENT);
    FAILS_WITH(fstatat(CLOSED, "made", &status, 0), EBADF);
    FAILS_WITH(fstatat(plain, "made", &status, 0), ENOTDIR);
    FAILS_WITH(fstatat(directory, "made", &status, 0x4000000), EINVAL);
}

static void test_mkdirat_unlinkat(void)
{
    CHECK_EQ(mkdirat(directory, "sub", 0700), 0);
    struct stat status;
    CHECK_EQ(fstatat(directory, "sub", &status, 0), 0);
    CHECK(S_ISDIR(status.st_mode));
    FAILS_WITH(mkdirat(directory, "sub", 0700), EEXIST);
    FAILS_WITH(mkdirat(directory, "missing/sub", 0700), ENOENT);
    FAILS_WITH(mkdirat(CLOSED, "other", 0700), EBADF);
    FAILS_WITH(mkdirat(plain, "other", 0700), ENOTDIR);

    int fd = openat(directory, "sub/inner", O_WRONLY | O_CREAT, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(close(fd), 0);
    FAILS_WITH(unlinkat(directory, "sub", AT_REMOVEDIR), ENOTEMPTY);
    FAILS_WITH(unlinkat(directory, "sub/inner", AT_REMOVEDIR), ENOTDIR);
    FAILS_WITH(unlinkat(directory, "sub/missing", 0), ENOENT);
    FAILS_WITH(unlinkat(CLOSED, "sub/inner", 0), EBADF);
    FAILS_WITH(unlinkat(plain, "sub/inner", 0), ENOTDIR);
    FAILS_WITH(unlinkat(directory, "sub/inner", 0x4000000), EINVAL);
    CHECK_EQ(unlinkat(directory, "sub/inner", 0), 0);
    FAILS_WITH(fstatat(directory, "sub/inner", &status, 0), ENOENT);
    errno = 0;
    CHECK_EQ(unlinkat(directory, "sub", 0), -1); /* a directory without AT_REMOVEDIR */
    CHECK(errno == EISDIR || errno == EPERM);
    CHECK_EQ(unlinkat(directory, "sub", AT_REMOVEDIR), 0);
    FAILS_WITH(fstatat(directory, "sub", &status, 0), ENOENT);
}

static void test_renameat(void)
{
    CHECK_EQ(mkdirat(directory, "to", 0700), 0);
    int to = openat(directory, "to", O_RDONLY | O_DIRECTORY);
    CHECK(to >= 0);
    CHECK_EQ(renameat(directory, "made", to, "moved"), 0);
    struct stat status;
    CHECK_EQ(fstatat(to, "moved", &status, 0), 0);
    CHECK_EQ(status.st_size, 2);
    FAILS_WITH(fstatat(directory, "made", &status, 0), ENOENT);
    FAILS_WITH(renameat(directory, "made", to, "x"), ENOENT);
    FAILS_WITH(renameat(CLOSED, "moved", to, "x"), EBADF);
    FAILS_WITH(renameat(to, "moved", CLOSED, "x"), EBADF);
    FAILS_WITH(renameat(plain, "moved", to, "x"), ENOTDIR);
    FAILS_WITH(renameat(to, "moved", plain, "x"), ENOTDIR);
    CHECK_EQ(mkdirat(directory, "empty", 0700), 0);
    FAILS_WITH(renameat(to, "moved", directory, "empty"), EISDIR); /* a file over a directory */
    CHECK_EQ(unlinkat(directory, "empty", AT_REMOVEDIR), 0);
    char made[320];
    snprintf(made, sizeof made, "%s/made", scratch);
    CHECK_EQ(renameat(to, "moved", AT_FDCWD, made), 0); /* absolute: AT_FDCWD does not count */
    CHECK_EQ(close(to), 0);
    CHECK_EQ(unlinkat(directory, "to", AT_REMOVEDIR), 0);
}

static void test_faccessat_fchmodat(void)
{
    CHECK_EQ(faccessat(directory, "made", R_OK | W_OK, 0), 0);
    CHECK_EQ(faccessat(directory, "made", F_OK, AT_EACCESS), 0);
    FAILS_WITH(faccessat(directory, "missing", F_OK, 0), ENOENT);
    FAILS_WITH(faccessat(CLOSED, "made", F_OK, 0), EBADF);
    FAILS_WITH(faccessat(plain, "made", F_OK, 0), ENOTDIR);
    FAILS_WITH(faccessat(directory, "made", F_OK, 0x4000000), EINVAL);
    FAILS_WITH(faccessat(directory, "made", 0x40, 0), EINVAL);

    CHECK_EQ(fchmodat(directory, "made", 0640, 0), 0);
    struct stat status;
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK_EQ(status.st_mode & 07777, 0640);
    FAILS_WITH(fchmodat(directory, "missing", 0600, 0), ENOENT);
    FAILS_WITH(fchmodat(CLOSED, "made", 0600, 0), EBADF);
    FAILS_WITH(fchmodat(plain, "made", 0600, 0), ENOTDIR);
    FAILS_WITH(fchmodat(directory, "made", 0600, 0x4000000), EINVAL);
}

static void test_utimensat(void)
{
    const struct timespec times[2] = {{.tv_sec = 1000000, .tv_nsec = 250},
                                      {.tv_sec = 2000000, .tv_nsec = 500}};
    CHECK_EQ(utimensat(directory, "made", times, 0), 0);
    struct stat status;
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK_EQ(status.st_atim.tv_sec, 1000000);
    CHECK_EQ(status.st_atim.tv_nsec, 250);
    CHECK_EQ(status.st_mtim.tv_sec, 2000000);
    CHECK_EQ(status.st_mtim.tv_nsec, 500);
    CHECK_EQ(utimensat(directory, "made", times, AT_SYMLINK_NOFOLLOW), 0);
    const struct timespec keep_access[2] = {{.tv_nsec = UTIME_OMIT},
                                            {.tv_sec = 3000000, .tv_nsec = 0}};
    char made[320];
    snprintf(made, sizeof made, "%s/made", scratch);
    CHECK_EQ(utimensat(CLOSED, made, keep_access, 0),
             0); /* absolute: the descriptor does not count */
    CHECK_EQ(stat(made, &status), 0);
    CHECK_EQ(status.st_atim.tv_sec, 1000000);
    CHECK_EQ(status.st_mtim.tv_sec, 3000000);
    CHECK_EQ(utimensat(directory, "made", NULL, 0), 0); /* now */
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK(status.st_mtim.tv_sec > 3000000);
    FAILS_WITH(utimensat(directory, "missing", times, 0), ENOENT);
    FAILS_WITH(utimensat(directory, "made/x", times, 0), ENOTDIR);
    FAILS_WITH(utimensat(directory, "", times, 0), ENOENT);
    FAILS_WITH(utimensat(CLOSED, "made", times, 0), EBADF);
    FAILS_WITH(utimensat(plain, "made", times, 0), ENOTDIR);
    FAILS_WITH(utimensat(directory, "made", times, 0x4000000), EINVAL);
    const struct timespec bad[2] = {{.tv_nsec = 1000000000}, {.tv_nsec = 0}};
    FAILS_WITH(utimensat(directory, "made", bad, 0), EINVAL);
}

static void test_fchownat(void)
{
    uid_t user = getuid();
    gid_t group = getgid();
    CHECK_EQ(fchownat(directory, "made", user, group, 0), 0);
    CHECK_EQ(fchownat(directory, "made", (uid_t)-1, (gid_t)-1, AT_SYMLINK_NOFOLLOW), 0);
    struct stat status;
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK_EQ(status.st_uid, user);
    CHECK_EQ(status.st_gid, group);
    char made[320];
    snprintf(made, sizeof made, "%s/made", scratch);
    CHECK_EQ(fchownat(CLOSED, made, user, group, 0), 0);
    CHECK_EQ(chown(made, user, group), 0);
    CHECK_EQ(lchown(made, (uid_t)-1, group), 0);
    FAILS_WITH(fchownat(directory, "missing", user, group, 0), ENOENT);
    FAILS_WITH(fchownat(directory, "made/x", user, group, 0), ENOTDIR);
    FAILS_WITH(fchownat(directory, "", user, group, 0), ENOENT);
    FAILS_WITH(fchownat(CLOSED, "made", user, group, 0), EBADF);
    FAILS_WITH(fchownat(plain, "made", user, group, 0), ENOTDIR);
    FAILS_WITH(fchownat(directory, "made", user, group, 0x4000000), EINVAL);
    FAILS_WITH(lchown("", user, group), ENOENT);
}

static void test_linkat(void)
{
    CHECK_EQ(mkdirat(directory, "other", 0700), 0);
    int other = openat(directory, "other", O_RDONLY | O_DIRECTORY);
    CHECK(other >= 0);
    CHECK_EQ(linkat(directory, "made", other, "second", 0), 0);
    struct stat status, second;
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK_EQ(fstatat(other, "second", &second, 0), 0);
    CHECK_EQ(second.st_ino, status.st_ino);
    CHECK_EQ(status.st_nlink, 2);
    CHECK_EQ(linkat(other, "second", directory, "third", AT_SYMLINK_FOLLOW), 0);
    char made[320], fourth[320];
    snprintf(made, sizeof made, "%s/made", scratch);
    snprintf(fourth, sizeof fourth, "%s/other/fourth", scratch);
    CHECK_EQ(linkat(CLOSED, made, CLOSED, fourth, 0), 0); /* absolute: descriptors do not count */
    CHECK_EQ(fstatat(other, "fourth", &second, 0), 0);
    CHECK_EQ(second.st_nlink, 4);
    FAILS_WITH(linkat(directory, "made", other, "second", 0), EEXIST);
    FAILS_WITH(linkat(directory, "missing", other, "x", 0), ENOENT);
    FAILS_WITH(linkat(directory, "made", other, "missing/x", 0), ENOENT);
    FAILS_WITH(linkat(directory, "made/x", other, "x", 0), ENOTDIR);
    FAILS_WITH(linkat(directory, "", other, "x", 0), ENOENT);
    FAILS_WITH(linkat(directory, "made", other, "", 0), ENOENT);
    FAILS_WITH(linkat(directory, "other", other, "x", 0), EPERM); /* a directory */
    FAILS_WITH(linkat(CLOSED, "made", other, "x", 0), EBADF);
    FAILS_WITH(linkat(directory, "made", CLOSED, "x", 0), EBADF);
    FAILS_WITH(linkat(plain, "made", other, "x", 0), ENOTDIR);
    FAILS_WITH(linkat(directory, "made", plain, "x", 0), ENOTDIR);
    FAILS_WITH(linkat(directory, "made", other, "x", 0x4000000), EINVAL);
    CHECK_EQ(link(made, fourth), -1); /* link() is linkat() from the working directory */
    CHECK_EQ(errno, EEXIST);
    CHECK_EQ(unlinkat(other, "second", 0), 0);
    CHECK_EQ(unlinkat(other, "fourth", 0), 0);
    CHECK_EQ(unlinkat(directory, "third", 0), 0);
    CHECK_EQ(fstatat(directory, "made", &status, 0), 0);
    CHECK_EQ(status.st_nlink, 1);
    CHECK_EQ(close(other), 0);
    CHECK_EQ(unlinkat(directory, "other", AT_REMOVEDIR), 0);
}

static void test_fchdir_fdopendir(void)
{
    char before[512];
    CHECK(getcwd(before, sizeof before) != NULL);
    CHECK_EQ(fchdir(directory), 0);
    struct stat status;
    CHECK_EQ(stat("made", &status), 0); /* relative paths now start there */
    FAILS_WITH(fchdir(CLOSED), EBADF);
    FAILS_WITH(fchdir(plain), ENOTDIR);
    CHECK_EQ(chdir(before), 0);

    int fd = openat(AT_FDCWD, scratch, O_RDONLY | O_DIRECTORY);
    CHECK(fd >= 0);
    DIR *listing = fdopendir(fd);
    CHECK(listing != NULL);
    if (listing != NULL) {
        CHECK_EQ(dirfd(listing), fd);
        int found = 0;
        for (struct dirent *entry; (entry = readdir(listing)) != NULL;)
            found += strcmp(entry->d_name, "made") == 0;
        CHECK_EQ(found, 1);
        CHECK_EQ(closedir(listing), 0);
    }
    errno = 0;
    CHECK(fdopendir(CLOSED) == NULL);
    CHECK_EQ(errno, EBADF);
    errno = 0;
    CHECK(fdopendir(plain) == NULL);
    CHECK_EQ(errno, ENOTDIR);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const char *base = getenv("TMPDIR");
    snprintf(scratch, sizeof scratch, "%s/conf-at-%ld", base ? base : "/tmp", (long)getpid());
    CHECK_EQ(mkdir(scratch, 0700), 0);
    directory = open(scratch, O_RDONLY | O_DIRECTORY);
    CHECK(directory >= 0);
    plain = openat(directory, "plain", O_RDWR | O_CREAT, 0600);
    CHECK(plain >= 0);
    test_openat();
    test_fstatat();
    test_mkdirat_unlinkat();
    test_renameat();
    test_faccessat_fchmodat();
    test_utimensat();
    test_fchownat();
    test_linkat();
    test_fchdir_fdopendir();
    CHECK_EQ(close(plain), 0);
    CHECK_EQ(unlinkat(directory, "plain", 0), 0);
    CHECK_EQ(unlinkat(directory, "made", 0), 0);
    CHECK_EQ(close(directory), 0);
    CHECK_EQ(rmdir(scratch), 0);
    return check_summary();
}
