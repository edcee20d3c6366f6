/*
 * The POSIX server suite: the *at calls and the limits the server enforces (test/guest/posix).
 * The calls' portable behaviour is the conformance program's (test/conformance/posix/at.c); here
 * what only KOITO's tree shows: the read-only initrd (EROFS) and a mount point (EBUSY, EXDEV)
 * reached through a directory descriptor, EACCES from a directory's mode, AT_EMPTY_PATH, a
 * removed directory's descriptor; and that sysconf() tells the truth: _SC_OPEN_MAX descriptors
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
    {"sysconf(_SC_OPEN_MAX) and RLIMIT_NOFILE are the descriptors", test_open_max_is_true},
    {"sysconf(_SC_ARG_MAX) is what posix_spawn takes", test_arg_max_is_true},
    {"posix_spawn takes 512 strings, E2BIG past them", test_argument_count_limit},
};
const unsigned at_test_count = sizeof at_tests / sizeof at_tests[0];
