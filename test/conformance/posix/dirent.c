/*
 * Conformance (POSIX <dirent.h>): opendir/readdir/rewinddir/closedir see exactly the entries
 * created (each once, "." and ".." at most once each), an empty directory, rewinddir showing an
 * entry added since, readdir's NULL at the end leaving errno alone, and opendir's errors
 * (ENOENT, ENOTDIR).
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

#define ENTRIES 40

static char directory[256];

static void entry_name(char *name, size_t size, int index)
{
    snprintf(name, size, "entry-%02d%s", index, index % 4 == 0 ? "-dir" : "");
}

static void entry_path(char *path, size_t size, int index)
{
    char name[32];
    entry_name(name, sizeof name, index);
    snprintf(path, size, "%s/%s", directory, name);
}

/* Reads the whole stream; counts how often each created entry appeared, and what else did. */
static void read_all(DIR *stream, int seen[], int count, int *dots, int *others)
{
    *dots = 0;
    *others = 0;
    for (int i = 0; i < count; i++)
        seen[i] = 0;
    errno = 0;
    struct dirent *entry;
    while ((entry = readdir(stream)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
            ++*dots;
            continue;
        }
        int matched = 0;
        for (int i = 0; i < count && !matched; i++) {
            char name[32];
            entry_name(name, sizeof name, i);
            if (strcmp(entry->d_name, name) == 0) {
                seen[i]++;
                matched = 1;
            }
        }
        *others += !matched;
    }
    CHECK_EQ(errno, 0); /* the end is NULL with errno unchanged */
}

static void test_empty(void)
{
    DIR *stream = opendir(directory);
    CHECK(stream != NULL);
    if (stream == NULL)
        return;
    int seen[1], dots, others;
    read_all(stream, seen, 0, &dots, &others);
    CHECK(dots <= 2);
    CHECK_EQ(others, 0);
    CHECK_EQ(closedir(stream), 0);
}

static void test_entries(void)
{
    for (int i = 0; i < ENTRIES - 1; i++) {
        char path[320];
        entry_path(path, sizeof path, i);
        if (i % 4 == 0) {
            CHECK_EQ(mkdir(path, 0700), 0);
        } else {
            int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
            CHECK(fd >= 0);
            CHECK_EQ(close(fd), 0);
        }
    }
    DIR *stream = opendir(directory);
    CHECK(stream != NULL);
    if (stream == NULL)
        return;
    int seen[ENTRIES], dots, others;
    read_all(stream, seen, ENTRIES, &dots, &others);
    int once = 0;
    for (int i = 0; i < ENTRIES - 1; i++)
        once += seen[i] == 1;
    CHECK_EQ(once, ENTRIES - 1);
    CHECK_EQ(seen[ENTRIES - 1], 0);
    CHECK(dots <= 2);
    CHECK_EQ(others, 0);
    CHECK(readdir(stream) == NULL); /* and stays at the end */

    char path[320];
    entry_path(path, sizeof path, ENTRIES - 1);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    CHECK_EQ(close(fd), 0);
    rewinddir(stream); /* from the start, with the directory as it is now */
    read_all(stream, seen, ENTRIES, &dots, &others);
    once = 0;
    for (int i = 0; i < ENTRIES; i++)
        once += seen[i] == 1;
    CHECK_EQ(once, ENTRIES);
    CHECK_EQ(others, 0);

    for (int i = 0; i < ENTRIES; i++) {
        entry_path(path, sizeof path, i);
        CHECK_EQ(i % 4 == 0 ? rmdir(path) : unlink(path), 0);
    }
    rewinddir(stream);
    read_all(stream, seen, ENTRIES, &dots, &others);
    int any = 0;
    for (int i = 0; i < ENTRIES; i++)
        any += seen[i];
    CHECK_EQ(any + others, 0); /* all removed */
    CHECK_EQ(closedir(stream), 0);
}

static void test_errors(void)
{
    char path[320];
    snprintf(path, sizeof path, "%s/missing", directory);
    errno = 0;
    CHECK(opendir(path) == NULL);
    CHECK_EQ(errno, ENOENT);
    snprintf(path, sizeof path, "%s/file", directory);
    int fd = open(path, O_WRONLY | O_CREAT, 0600);
    CHECK_EQ(close(fd), 0);
    errno = 0;
    CHECK(opendir(path) == NULL);
    CHECK_EQ(errno, ENOTDIR);
    CHECK_EQ(unlink(path), 0);
    errno = 0;
    CHECK(opendir("") == NULL);
    CHECK_EQ(errno, ENOENT);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    const char *base = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/conf-dirent-%ld", base ? base : "/tmp",
             (long)getpid());
    CHECK_EQ(mkdir(directory, 0700), 0);
    test_empty();
    test_entries();
    test_errors();
    CHECK_EQ(rmdir(directory), 0);
    return check_summary();
}
