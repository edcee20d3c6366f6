/*
 * The POSIX server suite: the *at calls and the limits the server enforces (test/guest/posix).
 * The calls' portable behaviour is the conformance program's (test/conformance/posix/at.c); here
 * what only KOITO's tree shows: the read-only initrd (EROFS) and a mount point (EBUSY, EXDEV)
 * reached through a directory descriptor, EACCES from a directory's mode, AT_EMPTY_PATH (fstatat,
 * fchownat, linkat: an open file gets a second name, but not once its last name went), a
 * removed directory's descriptor; utimensat, fchownat and linkat from a directory descriptor
 * with each errno; and that sysconf() tells the truth: _SC_OPEN_MAX descriptors
 * open and not one more (getrlimit agrees), posix_spawn() takes argv and environ of exactly
 * _SC_ARG_MAX bytes (with the program's path, NULs included: at least POSIX's 4,096), the child
 * gets every one of those strings intact, one more byte is E2BIG, and 512 strings but not 513.
 */
#include "posix_tests.h"

#include <errno.h>
#include <fcntl.h>
#include <koito/protocol/posix.h>
#include <limits.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FAILS_WITH(call, error)                                                                    \
    do {                                                                                           \
        errno = 0;                                                                                 \
        GUEST_CHECK_EQ((call), -1);                                                                \
        GUEST_CHECK_EQ(errno, (error));                                                            \
    } while (0)

static void test_at_in_the_tree(void)
{
    int root = open("/", O_RDONLY | O_DIRECTORY);
    int etc = openat(root, "etc", O_RDONLY | O_DIRECTORY);
    GUEST_CHECK(root >= 0 && etc >= 0);
    struct stat status;
    GUEST_CHECK_EQ(fstatat(etc, "greeting", &status, 0), 0);
    GUEST_CHECK(S_ISREG(status.st_mode));
    FAILS_WITH(openat(etc, "new", O_WRONLY | O_CREAT, 0600), EROFS);
    FAILS_WITH(mkdirat(etc, "new", 0700), EROFS);
    FAILS_WITH(unlinkat(etc, "greeting", 0), EROFS);
    FAILS_WITH(fchmodat(etc, "greeting", 0600, 0), EROFS);
    FAILS_WITH(unlinkat(root, "tmp", AT_REMOVEDIR), EBUSY);
    FAILS_WITH(renameat(etc, "greeting", AT_FDCWD, "/tmp/greeting"), EXDEV);
    /* AT_EMPTY_PATH: the descriptor's own file, any type. */
    struct stat own;
    GUEST_CHECK_EQ(fstatat(etc, "", &own, AT_EMPTY_PATH), 0);
    GUEST_CHECK_EQ(fstat(etc, &status), 0);
    GUEST_CHECK_EQ(own.st_ino, status.st_ino);
    int file = openat(etc, "greeting", O_RDONLY);
    GUEST_CHECK_EQ(fstatat(file, "", &own, AT_EMPTY_PATH), 0);
    GUEST_CHECK(S_ISREG(own.st_mode));
    FAILS_WITH(fstatat(60, "", &own, AT_EMPTY_PATH), EBADF);
    GUEST_CHECK_EQ(close(file), 0);
    GUEST_CHECK_EQ(close(etc), 0);
    GUEST_CHECK_EQ(close(root), 0);
}

static void test_at_modes_and_removed_directories(void)
{
    GUEST_CHECK_EQ(mkdir("/tmp/at-locked", 0500), 0);
    int locked = open("/tmp/at-locked", O_RDONLY | O_DIRECTORY);
    GUEST_CHECK(locked >= 0);
    FAILS_WITH(mkdirat(locked, "d", 0700), EACCES);
    FAILS_WITH(openat(locked, "f", O_WRONLY | O_CREAT, 0600), EACCES);
    GUEST_CHECK_EQ(fchmodat(AT_FDCWD, "/tmp/at-locked", 0600, 0), 0);
    FAILS_WITH(fchdir(locked), EACCES); /* no search permission */
    GUEST_CHECK_EQ(close(locked), 0);

    GUEST_CHECK_EQ(mkdir("/tmp/at-gone", 0700), 0);
    int gone = open("/tmp/at-gone", O_RDONLY | O_DIRECTORY);
    GUEST_CHECK_EQ(unlinkat(AT_FDCWD, "/tmp/at-gone", AT_REMOVEDIR), 0);
    FAILS_WITH(openat(gone, "f", O_WRONLY | O_CREAT, 0600), ENOENT);
    GUEST_CHECK_EQ(close(gone), 0);
    GUEST_CHECK_EQ(rmdir("/tmp/at-locked"), 0);
}

/* utimensat, fchownat and linkat from a directory descriptor: success, and each errno. */
static void test_attributes_at(void)
{
    GUEST_CHECK_EQ(mkdir("/tmp/at-attributes", 0700), 0);
    int directory = open("/tmp/at-attributes", O_RDONLY | O_DIRECTORY);
    int file = openat(directory, "f", O_RDWR | O_CREAT, 0600);
    int etc = open("/etc", O_RDONLY | O_DIRECTORY);
    GUEST_CHECK(directory >= 0 && file >= 0 && etc >= 0);
    const struct timespec times[2] = {{.tv_sec = 100, .tv_nsec = 1}, {.tv_sec = 200, .tv_nsec = 2}};
    GUEST_CHECK_EQ(utimensat(directory, "f", times, AT_SYMLINK_NOFOLLOW), 0);
    struct stat status;
    GUEST_CHECK_EQ(stat("/tmp/at-attributes/f", &status), 0);
    GUEST_CHECK_EQ(status.st_atim.tv_sec, 100);
    GUEST_CHECK_EQ(status.st_mtim.tv_nsec, 2);
    FAILS_WITH(utimensat(directory, "none", times, 0), ENOENT);
    FAILS_WITH(utimensat(directory, "f/x", times, 0), ENOTDIR);
    FAILS_WITH(utimensat(60, "f", times, 0), EBADF);
    FAILS_WITH(utimensat(file, "f", times, 0), ENOTDIR);
    FAILS_WITH(utimensat(directory, "f", times, AT_EMPTY_PATH), EINVAL);
    FAILS_WITH(utimensat(60, "f", times, 0x4000000), EINVAL); /* flags before the descriptor */
    FAILS_WITH(utimensat(etc, "greeting", times, 0), EROFS);

    GUEST_CHECK_EQ(fchownat(directory, "f", 1000, 100, AT_SYMLINK_NOFOLLOW), 0);
    GUEST_CHECK_EQ(fchownat(directory, "f", (uid_t)-1, 200, 0), 0);
    GUEST_CHECK_EQ(stat("/tmp/at-attributes/f", &status), 0);
    GUEST_CHECK_EQ(status.st_uid, 1000);
    GUEST_CHECK_EQ(status.st_gid, 200);
    GUEST_CHECK_EQ(lchown("/tmp/at-attributes/f", 7, (gid_t)-1), 0);
    GUEST_CHECK_EQ(chown("/tmp/at-attributes/f", (uid_t)-1, 8), 0);
    GUEST_CHECK_EQ(stat("/tmp/at-attributes/f", &status), 0);
    GUEST_CHECK(status.st_uid == 7 && status.st_gid == 8);
    FAILS_WITH(fchownat(directory, "none", 1, 1, 0), ENOENT);
    FAILS_WITH(fchownat(directory, "f/x", 1, 1, 0), ENOTDIR);
    FAILS_WITH(fchownat(60, "f", 1, 1, 0), EBADF);
    FAILS_WITH(fchownat(file, "f", 1, 1, 0), ENOTDIR);
    FAILS_WITH(fchownat(60, "f", 1, 1, AT_REMOVEDIR), EINVAL);
    FAILS_WITH(fchownat(etc, "greeting", 1, 1, 0), EROFS);

    GUEST_CHECK_EQ(linkat(directory, "f", AT_FDCWD, "/tmp/at-attributes/g", AT_SYMLINK_FOLLOW), 0);
    GUEST_CHECK_EQ(fstatat(directory, "g", &status, 0), 0);
    GUEST_CHECK_EQ(status.st_nlink, 2);
    FAILS_WITH(linkat(directory, "f", directory, "g", 0), EEXIST);
    FAILS_WITH(linkat(directory, "none", directory, "h", 0), ENOENT);
    FAILS_WITH(linkat(directory, "f/x", directory, "h", 0), ENOTDIR);
    FAILS_WITH(linkat(AT_FDCWD, "/tmp", directory, "h", 0), EPERM);
    FAILS_WITH(linkat(60, "f", directory, "h", 0), EBADF);
    FAILS_WITH(linkat(directory, "f", 60, "h", 0), EBADF);
    FAILS_WITH(linkat(file, "f", directory, "h", 0), ENOTDIR);
    FAILS_WITH(linkat(directory, "f", file, "h", 0), ENOTDIR);
    FAILS_WITH(linkat(directory, "f", directory, "h", AT_SYMLINK_NOFOLLOW), EINVAL);
    FAILS_WITH(linkat(etc, "greeting", directory, "h", 0), EXDEV);
    FAILS_WITH(linkat(directory, "f", etc, "h", 0), EXDEV);
    FAILS_WITH(linkat(etc, "greeting", etc, "h", 0), EROFS);
    GUEST_CHECK_EQ(fchmodat(AT_FDCWD, "/tmp/at-attributes", 0500, 0), 0);
    FAILS_WITH(linkat(directory, "f", directory, "h", 0), EACCES);
    GUEST_CHECK_EQ(fchmodat(AT_FDCWD, "/tmp/at-attributes", 0700, 0), 0);
    GUEST_CHECK_EQ(unlinkat(directory, "g", 0), 0);
    GUEST_CHECK_EQ(unlinkat(directory, "f", 0), 0);
    GUEST_CHECK_EQ(close(file), 0);
    GUEST_CHECK_EQ(close(etc), 0);
    GUEST_CHECK_EQ(close(directory), 0);
    GUEST_CHECK_EQ(rmdir("/tmp/at-attributes"), 0);
}

/* AT_EMPTY_PATH: fchownat and linkat act on the descriptor's own file, whatever its type. */
static void test_empty_path_attributes(void)
{
    int file = open("/tmp/at-empty", O_RDWR | O_CREAT, 0600);
    GUEST_CHECK(file >= 0);
    GUEST_CHECK_EQ(fchownat(file, "", 30, 40, AT_EMPTY_PATH), 0);
    struct stat status;
    GUEST_CHECK_EQ(fstat(file, &status), 0);
    GUEST_CHECK(status.st_uid == 30 && status.st_gid == 40);
    FAILS_WITH(fchownat(file, "", 30, 40, 0), ENOENT);
    FAILS_WITH(fchownat(60, "", 30, 40, AT_EMPTY_PATH), EBADF);
    int etc = open("/etc", O_RDONLY | O_DIRECTORY);
    FAILS_WITH(fchownat(etc, "", 30, 40, AT_EMPTY_PATH), EROFS);

    GUEST_CHECK_EQ(linkat(file, "", AT_FDCWD, "/tmp/at-empty-2", AT_EMPTY_PATH), 0);
    GUEST_CHECK_EQ(stat("/tmp/at-empty-2", &status), 0);
    GUEST_CHECK_EQ(status.st_nlink, 2);
    FAILS_WITH(linkat(file, "", AT_FDCWD, "/tmp/at-empty-3", 0), ENOENT);
    FAILS_WITH(linkat(60, "", AT_FDCWD, "/tmp/at-empty-3", AT_EMPTY_PATH), EBADF);
    FAILS_WITH(linkat(etc, "", AT_FDCWD, "/tmp/at-empty-3", AT_EMPTY_PATH), EPERM);
    int ends[2];
    GUEST_CHECK_EQ(pipe(ends), 0);
    FAILS_WITH(linkat(ends[0], "", AT_FDCWD, "/tmp/at-empty-3", AT_EMPTY_PATH), EXDEV);
    /* Once its last name goes, the open file gets no name back. */
    GUEST_CHECK_EQ(unlink("/tmp/at-empty"), 0);
    GUEST_CHECK_EQ(unlink("/tmp/at-empty-2"), 0);
    FAILS_WITH(linkat(file, "", AT_FDCWD, "/tmp/at-empty-3", AT_EMPTY_PATH), ENOENT);
    FAILS_WITH(access("/tmp/at-empty-3", F_OK), ENOENT);
    GUEST_CHECK_EQ(close(ends[0]), 0);
    GUEST_CHECK_EQ(close(ends[1]), 0);
    GUEST_CHECK_EQ(close(etc), 0);
    GUEST_CHECK_EQ(close(file), 0);
}

static void test_open_max_is_true(void)
{
    long open_max = sysconf(_SC_OPEN_MAX);
    GUEST_CHECK_EQ(open_max, KOITO_POSIX_DESCRIPTORS_MAX);
    struct rlimit limit;
    GUEST_CHECK_EQ(getrlimit(RLIMIT_NOFILE, &limit), 0);
    GUEST_CHECK_EQ(limit.rlim_cur, (rlim_t)open_max);
    GUEST_CHECK_EQ(limit.rlim_max, (rlim_t)open_max);
    /* Every descriptor below open_max opens, and then EMFILE. */
    int opened[KOITO_POSIX_DESCRIPTORS_MAX];
    unsigned count = 0;
    int fd;
    while (count < KOITO_POSIX_DESCRIPTORS_MAX && (fd = open("/dev/null", O_RDONLY)) >= 0)
        opened[count++] = fd;
    GUEST_CHECK_EQ(errno, EMFILE);
    GUEST_CHECK_EQ(fcntl(0, F_DUPFD, 0), -1);
    int highest = -1;
    for (unsigned i = 0; i < count; i++)
        highest = opened[i] > highest ? opened[i] : highest;
    GUEST_CHECK_EQ(highest, open_max - 1);
    for (unsigned i = 0; i < count; i++)
        close(opened[i]);
}

/* Strings for /bin/proc-child's "args" request that fill `bytes` with the path, NULs included:
 * argv[0] and "args", then FILL_ARGUMENTS arguments and FILL_VARIABLES environment strings of
 * letters that differ from string to string and byte to byte, all in text (malloc's). */
#define FILL_ARGUMENTS 3
#define FILL_VARIABLES 3
#define FILL_PATH      "/bin/proc-child"
struct fill {
    char *argv[FILL_ARGUMENTS + 3];
    char *envp[FILL_VARIABLES + 1];
    char *text;
};

/* Make fill's strings; false when there is no memory for them. */
static bool fill_make(struct fill *fill, long bytes)
{
    static char name[] = "proc-child", request[] = "args";
    long fixed = (long)(sizeof FILL_PATH + sizeof name + sizeof request);
    long share = (bytes - fixed) / (FILL_ARGUMENTS + FILL_VARIABLES);
    fill->text = malloc((size_t)bytes);
    GUEST_CHECK(fill->text != NULL && share > 8);
    if (fill->text == NULL || share <= 8)
        return false;
    fill->argv[0] = name;
    fill->argv[1] = request;
    char *at = fill->text;
    for (unsigned i = 0; i < FILL_ARGUMENTS + FILL_VARIABLES; i++) {
        bool last = i == FILL_ARGUMENTS + FILL_VARIABLES - 1;
        long size = last ? bytes - fixed - share * (long)i : share; /* NUL included */
        long j = 0;
        if (i < FILL_ARGUMENTS) {
            fill->argv[2 + i] = at;
        } else {
            fill->envp[i - FILL_ARGUMENTS] = at;
            j = snprintf(at, (size_t)size, "V%u=", i);
        }
        for (; j < size - 1; j++)
            at[j] = (char)('a' + (i * 7 + (unsigned long)j) % 26);
        at[size - 1] = '\0';
        at += size;
    }
    fill->argv[FILL_ARGUMENTS + 2] = NULL;
    fill->envp[FILL_VARIABLES] = NULL;
    return true;
}

/* What "args" writes for list: each string and a newline; appended at out + length, the new
 * length. */
static size_t fill_expected(char *out, size_t length, char *const *list)
{
    for (unsigned i = 0; list[i] != NULL; i++)
        length += (size_t)sprintf(out + length, "%s\n", list[i]);
    return length;
}

/* Up to capacity bytes of the file at path into buffer; how many. */
static size_t read_whole(const char *path, char *buffer, size_t capacity)
{
    int fd = open(path, O_RDONLY);
    GUEST_CHECK(fd >= 0);
    size_t total = 0;
    ssize_t count;
    while (total < capacity && (count = read(fd, buffer + total, capacity - total)) > 0)
        total += (size_t)count;
    close(fd);
    return total;
}

/* posix_spawn's answer for /bin/proc-child "args" with strings filling bytes in all, its output
 * going to /tmp/arguments; 0 waits for it and checks that it wrote every string, whole. */
static int spawn_filling(long bytes)
{
    struct fill fill;
    if (!fill_make(&fill, bytes))
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    GUEST_CHECK_EQ(posix_spawn_file_actions_addopen(&actions, 1, "/tmp/arguments",
                                                    O_WRONLY | O_CREAT | O_TRUNC, 0644),
                   0);
    pid_t pid = -1;
    int error = posix_spawn(&pid, FILL_PATH, &actions, NULL, fill.argv, fill.envp);
    posix_spawn_file_actions_destroy(&actions);
    char *expected = malloc((size_t)bytes), *got = malloc((size_t)bytes);
    GUEST_CHECK(expected != NULL && got != NULL);
    if (error == 0 && expected != NULL && got != NULL) {
        int status = -1;
        GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
        GUEST_CHECK_EQ(status, 0);
        size_t length = fill_expected(expected, fill_expected(expected, 0, fill.argv), fill.envp);
        GUEST_CHECK_EQ(read_whole("/tmp/arguments", got, (size_t)bytes), length);
        GUEST_CHECK(memcmp(got, expected, length) == 0);
        unlink("/tmp/arguments");
    }
    free(expected);
    free(got);
    free(fill.text);
    return error;
}

static void test_arg_max_is_true(void)
{
    long arg_max = sysconf(_SC_ARG_MAX);
    GUEST_CHECK_EQ(arg_max, KOITO_POSIX_SPAWN_STRINGS_MAX);
    GUEST_CHECK(arg_max >= _POSIX_ARG_MAX);
    GUEST_CHECK_EQ(spawn_filling(arg_max), 0);
    GUEST_CHECK_EQ(spawn_filling(arg_max + 1), E2BIG);
    GUEST_CHECK_EQ(spawn_filling(arg_max - 1), 0);
}

/* posix_spawn's answer for /bin/proc-child ("exit 0") with count strings in argv and environ. */
static int spawn_counting(unsigned count)
{
    static char *argv[] = {"proc-child", "exit", "0", NULL};
    static char *envp[KOITO_POSIX_SPAWN_ARGUMENTS_MAX + 2];
    unsigned envc = count - 3;
    for (unsigned i = 0; i < envc; i++)
        envp[i] = "e";
    envp[envc] = NULL;
    pid_t pid = -1;
    int error = posix_spawn(&pid, "/bin/proc-child", NULL, NULL, argv, envp);
    if (error == 0) {
        int status = -1;
        GUEST_CHECK_EQ(waitpid(pid, &status, 0), pid);
        GUEST_CHECK_EQ(status, 0);
    }
    return error;
}

/* Short strings run into the count before the bytes: E2BIG past it too. */
static void test_argument_count_limit(void)
{
    GUEST_CHECK_EQ(spawn_counting(KOITO_POSIX_SPAWN_ARGUMENTS_MAX), 0);
    GUEST_CHECK_EQ(spawn_counting(KOITO_POSIX_SPAWN_ARGUMENTS_MAX + 1), E2BIG);
}

const struct guest_test at_tests[] = {
    {"*at calls on the initrd, a mount point, AT_EMPTY_PATH", test_at_in_the_tree},
    {"*at calls: a directory's mode, a removed directory", test_at_modes_and_removed_directories},
    {"utimensat, fchownat, linkat from a directory descriptor", test_attributes_at},
    {"fchownat and linkat with AT_EMPTY_PATH", test_empty_path_attributes},
    {"sysconf(_SC_OPEN_MAX) and RLIMIT_NOFILE are the descriptors", test_open_max_is_true},
    {"sysconf(_SC_ARG_MAX) is what posix_spawn takes", test_arg_max_is_true},
    {"posix_spawn takes 512 strings, E2BIG past them", test_argument_count_limit},
};
const unsigned at_test_count = sizeof at_tests / sizeof at_tests[0];
