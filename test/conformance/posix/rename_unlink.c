/*
 * Conformance (POSIX rename and unlink): rename to a new name, over an existing file (replaced
 * atomically), across directories, of a directory (over an empty one too), onto itself, and its
 * errors (ENOENT, EISDIR, ENOTDIR, ENOTEMPTY/EEXIST, EINVAL for a directory into itself);
 * unlink of a file (an open descriptor still reads it), of a missing name (ENOENT) and of a
 * directory (EPERM, or EISDIR as Linux).
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char directory[256];

static const char *in_scratch(char *path, size_t size, const char *name)
{
    snprintf(path, size, "%s/%s", directory, name);
    return path;
}

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    CHECK(fd >= 0);
    CHECK_EQ(write(fd, text, strlen(text)), (long long)strlen(text));
    CHECK_EQ(close(fd), 0);
}

/* 1 when the file at path holds exactly text. */
static int file_holds(const char *path, const char *text)
{
    char buffer[64] = {0};
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    ssize_t got = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    return got == (ssize_t)strlen(text) && memcmp(buffer, text, (size_t)got) == 0;
}

static int exists(const char *path)
{
    struct stat status;
    return stat(path, &status) == 0;
}

static void test_rename_files(void)
{
    char a[300], b[300], sub[300], moved[320];
    in_scratch(a, sizeof a, "a");
    in_scratch(b, sizeof b, "b");
    write_file(a, "alpha");
    CHECK_EQ(rename(a, b), 0);
    CHECK(!exists(a));
    CHECK(file_holds(b, "alpha"));
    write_file(a, "again");
    int held = open(b, O_RDONLY); /* the replaced file lives on while open */
    CHECK(held >= 0);
    CHECK_EQ(rename(a, b), 0); /* replaces b */
    CHECK(!exists(a));
    CHECK(file_holds(b, "again"));
    char text[8] = {0};
    CHECK_EQ(read(held, text, sizeof text), 5);
    CHECK(memcmp(text, "alpha", 5) == 0);
    CHECK_EQ(close(held), 0);
    CHECK_EQ(rename(b, b), 0); /* onto itself: nothing changes */
    CHECK(file_holds(b, "again"));
    in_scratch(sub, sizeof sub, "sub");
    CHECK_EQ(mkdir(sub, 0700), 0);
    snprintf(moved, sizeof moved, "%s/moved", sub);
    CHECK_EQ(rename(b, moved), 0); /* across directories */
    CHECK(!exists(b));
    CHECK(file_holds(moved, "again"));
    CHECK_EQ(rename(moved, a), 0); /* and back up */
    CHECK(file_holds(a, "again"));
    CHECK_EQ(rmdir(sub), 0);
    CHECK_EQ(unlink(a), 0);
}

static void test_rename_directories(void)
{
    char one[300], two[300], file[320], inside[320], full[300], plain[300];
    in_scratch(one, sizeof one, "one");
    in_scratch(two, sizeof two, "two");
    CHECK_EQ(mkdir(one, 0700), 0);
    snprintf(file, sizeof file, "%s/file", one);
    write_file(file, "kept");
    CHECK_EQ(rename(one, two), 0);
    CHECK(!exists(one));
    snprintf(file, sizeof file, "%s/file", two);
    CHECK(file_holds(file, "kept")); /* the contents moved with it */
    CHECK_EQ(mkdir(one, 0700), 0);
    CHECK_EQ(rename(two, one), 0); /* over an empty directory */
    CHECK(!exists(two));
    snprintf(file, sizeof file, "%s/file", one);
    CHECK(file_holds(file, "kept"));

    in_scratch(full, sizeof full, "full");
    CHECK_EQ(mkdir(full, 0700), 0);
    snprintf(inside, sizeof inside, "%s/x", full);
    write_file(inside, "x");
    errno = 0;
    CHECK_EQ(rename(one, full), -1); /* over a directory that is not empty */
    CHECK(errno == ENOTEMPTY || errno == EEXIST);
    in_scratch(plain, sizeof plain, "plain");
    write_file(plain, "plain");
    errno = 0;
    CHECK_EQ(rename(plain, one), -1); /* a file over a directory */
    CHECK_EQ(errno, EISDIR);
    errno = 0;
    CHECK_EQ(rename(one, plain), -1); /* a directory over a file */
    CHECK_EQ(errno, ENOTDIR);
    snprintf(inside, sizeof inside, "%s/deeper", one);
    errno = 0;
    CHECK_EQ(rename(one, inside), -1); /* into itself */
    CHECK_EQ(errno, EINVAL);
    CHECK(file_holds(plain, "plain")); /* the failures changed nothing */
    CHECK(file_holds(file, "kept"));

    in_scratch(inside, sizeof inside, "missing");
    errno = 0;
    CHECK_EQ(rename(inside, plain), -1);
    CHECK_EQ(errno, ENOENT);
    snprintf(inside, sizeof inside, "%s/nowhere/x", directory);
    errno = 0;
    CHECK_EQ(rename(plain, inside), -1);
    CHECK_EQ(errno, ENOENT);
    CHECK(file_holds(plain, "plain"));

    CHECK_EQ(unlink(plain), 0);
    CHECK_EQ(unlink(file), 0);
    CHECK_EQ(rmdir(one), 0);
    snprintf(inside, sizeof inside, "%s/x", full);
    CHECK_EQ(unlink(inside), 0);
    CHECK_EQ(rmdir(full), 0);
}

static void test_unlink(void)
{
    char path[300];
    in_scratch(path, sizeof path, "doomed");
    write_file(path, "still here");
    int fd = open(path, O_RDONLY);
    CHECK(fd >= 0);
    CHECK_EQ(unlink(path), 0);
    CHECK(!exists(path));
    errno = 0;
    CHECK_EQ(unlink(path), -1);
    CHECK_EQ(errno, ENOENT);
    char text[16] = {0};
    CHECK_EQ(read(fd, text, sizeof text), 10); /* open: still readable */
    CHECK(memcmp(text, "still here", 10) == 0);
    CHECK_EQ(close(fd), 0);
    write_file(path, "new"); /* the name is free for a new file */
    CHECK(file_holds(path, "new"));
    CHECK_EQ(unlink(path), 0);
    in_scratch(path, sizeof path, "a-directory");
    CHECK_EQ(mkdir(path, 0700), 0);
    errno = 0;
    CHECK_EQ(unlink(path), -1);
    CHECK(errno == EPERM || errno == EISDIR);
    CHECK(exists(path));
    CHECK_EQ(rmdir(path), 0);
    errno = 0;
    CHECK_EQ(unlink(""), -1);
    CHECK_EQ(errno, ENOENT);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const char *base = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/conf-rename-%ld", base ? base : "/tmp",
             (long)getpid());
    CHECK_EQ(mkdir(directory, 0700), 0);
    test_rename_files();
    test_rename_directories();
    test_unlink();
    CHECK_EQ(rmdir(directory), 0);
    return check_summary();
}
