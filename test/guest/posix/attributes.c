/*
 * The POSIX server suite: file attributes (test/guest/posix). The times stat reports and what
 * moves them, utimensat/futimens/utimes/utime, chmod/fchmod, chown/fchown, link, and the answers
 * for symbolic links and fsync, each call's errors included.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#define JAN_2020 1577836800 /* 2020-01-01T00:00:00Z: the guest's clock is later */
#define JAN_2000 946684800  /* koito-mkimage's time stamp without SOURCE_DATE_EPOCH */

static long long nanoseconds_of(struct timespec t)
{
    return (long long)t.tv_sec * 1000000000ll + t.tv_nsec;
}

/* Let the realtime clock move on, so a time set now differs from one set before. */
static void pause_a_little(void)
{
    struct timespec wait = {.tv_nsec = 2000000};
    nanosleep(&wait, NULL);
}

static struct stat status_of(const char *path)
{
    struct stat status;
    memset(&status, 0, sizeof status);
    GUEST_CHECK_EQ(stat(path, &status), 0);
    return status;
}

static void test_times_follow_changes(void)
{
    struct timespec before;
    GUEST_CHECK_EQ(clock_gettime(CLOCK_REALTIME, &before), 0);
    int fd = open("/tmp/timed", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK(fd >= 0);
    struct stat made = status_of("/tmp/timed");
    GUEST_CHECK(made.st_mtim.tv_sec > JAN_2020);
    GUEST_CHECK(nanoseconds_of(made.st_mtim) >= nanoseconds_of(before));
    GUEST_CHECK(made.st_mtim.tv_nsec >= 0 && made.st_mtim.tv_nsec < 1000000000);
    GUEST_CHECK_EQ(nanoseconds_of(made.st_atim), nanoseconds_of(made.st_mtim));
    GUEST_CHECK_EQ(nanoseconds_of(made.st_ctim), nanoseconds_of(made.st_mtim));
    GUEST_CHECK(nanoseconds_of(status_of("/tmp").st_mtim) >= nanoseconds_of(made.st_mtim));

    pause_a_little();
    GUEST_CHECK_EQ(write(fd, "tick", 4), 4);
    struct stat written;
    GUEST_CHECK_EQ(fstat(fd, &written), 0);
    GUEST_CHECK(nanoseconds_of(written.st_mtim) > nanoseconds_of(made.st_mtim));
    GUEST_CHECK_EQ(nanoseconds_of(written.st_ctim), nanoseconds_of(written.st_mtim));
    GUEST_CHECK_EQ(nanoseconds_of(written.st_atim), nanoseconds_of(made.st_atim));

    pause_a_little();
    char text[4];
    GUEST_CHECK_EQ(pread(fd, text, 4, 0), 4);
    struct stat read_back = status_of("/tmp/timed");
    GUEST_CHECK(nanoseconds_of(read_back.st_atim) > nanoseconds_of(written.st_mtim));
    GUEST_CHECK_EQ(nanoseconds_of(read_back.st_mtim), nanoseconds_of(written.st_mtim));
    GUEST_CHECK_EQ(close(fd), 0);

    /* The initrd's files carry the archive's times: koito-mkimage's time stamp. */
    struct stat archived = status_of("/etc/greeting");
    GUEST_CHECK(archived.st_mtime >= JAN_2000);
    GUEST_CHECK(archived.st_mtime <= before.tv_sec);
    GUEST_CHECK_EQ(archived.st_ctime, archived.st_mtime);
    GUEST_CHECK_EQ(archived.st_uid, 0);
    GUEST_CHECK_EQ(unlink("/tmp/timed"), 0);
}

static void test_setting_times(void)
{
    int fd = open("/tmp/set", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK(fd >= 0);
    struct timespec given[2] = {{.tv_sec = 1000000000, .tv_nsec = 123},
                                {.tv_sec = 1234567890, .tv_nsec = 456}};
    GUEST_CHECK_EQ(utimensat(AT_FDCWD, "/tmp/set", given, 0), 0);
    struct stat set = status_of("/tmp/set");
    GUEST_CHECK_EQ(set.st_atim.tv_sec, 1000000000);
    GUEST_CHECK_EQ(set.st_atim.tv_nsec, 123);
    GUEST_CHECK_EQ(set.st_mtim.tv_sec, 1234567890);
    GUEST_CHECK_EQ(set.st_mtim.tv_nsec, 456);
    GUEST_CHECK(set.st_ctime > JAN_2020);

    struct timespec omit_and_now[2] = {{.tv_nsec = UTIME_OMIT}, {.tv_nsec = UTIME_NOW}};
    GUEST_CHECK_EQ(futimens(fd, omit_and_now), 0);
    set = status_of("/tmp/set");
    GUEST_CHECK_EQ(set.st_atim.tv_sec, 1000000000);
    GUEST_CHECK(set.st_mtime > JAN_2020);

    struct timeval micro[2] = {{.tv_sec = 86400, .tv_usec = 5}, {.tv_sec = 172800, .tv_usec = 7}};
    GUEST_CHECK_EQ(utimes("/tmp/set", micro), 0);
    set = status_of("/tmp/set");
    GUEST_CHECK_EQ(set.st_atim.tv_nsec, 5000);
    GUEST_CHECK_EQ(set.st_mtime, 172800);
    struct utimbuf whole = {.actime = 10, .modtime = 20};
    GUEST_CHECK_EQ(utime("/tmp/set", &whole), 0);
    GUEST_CHECK_EQ(status_of("/tmp/set").st_mtime, 20);
    GUEST_CHECK_EQ(utime("/tmp/set", NULL), 0);
    GUEST_CHECK(status_of("/tmp/set").st_mtime > JAN_2020);

    struct timespec bad[2] = {{.tv_nsec = 1000000000}, {.tv_nsec = 0}};
    GUEST_CHECK_EQ(utimensat(AT_FDCWD, "/tmp/set", bad, 0), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(futimens(fd, bad), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(utimensat(AT_FDCWD, "/tmp/none", NULL, 0), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(utimensat(AT_FDCWD, "/etc/greeting", NULL, 0), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(utimensat(AT_FDCWD, "/tmp/set", NULL, 0x1000), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(utimensat(fd, "set", NULL, 0), -1); /* a file is no directory */
    GUEST_CHECK_EQ(errno, ENOTDIR);
    GUEST_CHECK_EQ(utimensat(60, "set", NULL, 0), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK_EQ(futimens(60, NULL), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/set"), 0);
}

static void test_modes_and_owners(void)
{
    int fd = open("/tmp/mode", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK(fd >= 0);
    GUEST_CHECK_EQ(chmod("/tmp/mode", 04750), 0);
    GUEST_CHECK_EQ(status_of("/tmp/mode").st_mode, S_IFREG | 04750);
    GUEST_CHECK_EQ(fchmod(fd, 0400), 0);
    GUEST_CHECK_EQ(status_of("/tmp/mode").st_mode, S_IFREG | 0400);
    GUEST_CHECK_EQ(open("/tmp/mode", O_WRONLY), -1);
    GUEST_CHECK_EQ(errno, EACCES);
    GUEST_CHECK_EQ(chmod("/tmp/mode", 0600), 0);
    int writer = open("/tmp/mode", O_WRONLY);
    GUEST_CHECK(writer >= 0);
    GUEST_CHECK_EQ(close(writer), 0);
    GUEST_CHECK_EQ(chmod("/tmp/none", 0600), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(chmod("/etc/greeting", 0600), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(fchmod(60, 0600), -1);
    GUEST_CHECK_EQ(errno, EBADF);

    GUEST_CHECK_EQ(chown("/tmp/mode", 1000, 100), 0);
    struct stat owned = status_of("/tmp/mode");
    GUEST_CHECK_EQ(owned.st_uid, 1000);
    GUEST_CHECK_EQ(owned.st_gid, 100);
    GUEST_CHECK_EQ(fchown(fd, (uid_t)-1, 7), 0);
    owned = status_of("/tmp/mode");
    GUEST_CHECK_EQ(owned.st_uid, 1000);
    GUEST_CHECK_EQ(owned.st_gid, 7);
    GUEST_CHECK_EQ(chown("/dev/null", 1, 1), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(fchown(61, 1, 1), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/mode"), 0);
}

static void test_links(void)
{
    int fd = open("/tmp/first", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK_EQ(write(fd, "both", 4), 4);
    GUEST_CHECK_EQ(link("/tmp/first", "/tmp/second"), 0);
    struct stat first = status_of("/tmp/first"), second = status_of("/tmp/second");
    GUEST_CHECK_EQ(first.st_ino, second.st_ino);
    GUEST_CHECK_EQ(first.st_nlink, 2);
    GUEST_CHECK_EQ(unlink("/tmp/first"), 0);
    GUEST_CHECK_EQ(status_of("/tmp/second").st_nlink, 1);
    int other = open("/tmp/second", O_RDONLY);
    char text[4];
    GUEST_CHECK_EQ(read(other, text, 4), 4);
    GUEST_CHECK(memcmp(text, "both", 4) == 0);
    GUEST_CHECK_EQ(close(other), 0);
    GUEST_CHECK_EQ(link("/tmp/second", "/tmp/second"), -1);
    GUEST_CHECK_EQ(errno, EEXIST);
    GUEST_CHECK_EQ(link("/etc/greeting", "/tmp/greeting"), -1);
    GUEST_CHECK_EQ(errno, EXDEV);
    GUEST_CHECK_EQ(link("/tmp", "/tmp/again"), -1);
    GUEST_CHECK_EQ(errno, EPERM);
    GUEST_CHECK_EQ(link("/tmp/none", "/tmp/third"), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(link("/tmp/second", "/tmp/no/third"), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(link("/etc/greeting", "/etc/again"), -1);
    GUEST_CHECK_EQ(errno, EROFS);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/second"), 0);
}

static void test_symbolic_links_and_sync(void)
{
    char target[16];
    GUEST_CHECK_EQ(symlink("/etc/greeting", "/tmp/alias"), -1);
    GUEST_CHECK_EQ(errno, EPERM);
    GUEST_CHECK_EQ(symlink("/etc/greeting", "/etc/greeting"), -1);
    GUEST_CHECK_EQ(errno, EEXIST);
    GUEST_CHECK_EQ(symlink("/etc/greeting", "/tmp/no/alias"), -1);
    GUEST_CHECK_EQ(errno, ENOENT);
    GUEST_CHECK_EQ(symlink("/etc/greeting", "/etc/greeting/alias"), -1);
    GUEST_CHECK_EQ(errno, ENOTDIR);
    GUEST_CHECK_EQ(readlink("/etc/greeting", target, sizeof target), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(readlink("/tmp/alias", target, sizeof target), -1);
    GUEST_CHECK_EQ(errno, ENOENT);

    int fd = open("/tmp/synced", O_RDWR | O_CREAT | O_TRUNC, 0644);
    GUEST_CHECK_EQ(write(fd, "kept", 4), 4);
    GUEST_CHECK_EQ(fsync(fd), 0);
    GUEST_CHECK_EQ(fdatasync(fd), 0);
    int directory = open("/tmp", O_RDONLY | O_DIRECTORY);
    GUEST_CHECK_EQ(fsync(directory), 0);
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    GUEST_CHECK_EQ(fsync(ends[1]), -1);
    GUEST_CHECK_EQ(errno, EINVAL);
    GUEST_CHECK_EQ(fsync(62), -1);
    GUEST_CHECK_EQ(errno, EBADF);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    GUEST_CHECK_EQ(close(directory), 0);
    GUEST_CHECK_EQ(close(fd), 0);
    GUEST_CHECK_EQ(unlink("/tmp/synced"), 0);
}

const struct guest_test attribute_tests[] = {
    {"times follow creation, writes and reads", test_times_follow_changes},
    {"utimensat, futimens, utimes, utime", test_setting_times},
    {"chmod, fchmod, chown, fchown", test_modes_and_owners},
    {"link: two names, one file", test_links},
    {"no symbolic links; fsync", test_symbolic_links_and_sync},
};
const unsigned attribute_test_count = sizeof attribute_tests / sizeof attribute_tests[0];
