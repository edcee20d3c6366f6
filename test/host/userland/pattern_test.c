/*
 * Unit tests of koito-sh's pathname patterns (host test, ASan + UBSan):
 * matching of *, ?, brackets, classes and escapes, and expansion against a
 * directory tree made for the test.
 */
#include "check.h"
#include "pattern.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_match(void)
{
    CHECK(pattern_match("*", "anything"));
    CHECK(pattern_match("*", ""));
    CHECK(pattern_match("a*c", "abbbc"));
    CHECK(!pattern_match("a*c", "abbbd"));
    CHECK(pattern_match("*.txt", "notes.txt"));
    CHECK(!pattern_match("*.txt", "notes.txt.bak"));
    CHECK(pattern_match("?", "x"));
    CHECK(!pattern_match("?", ""));
    CHECK(!pattern_match("?", "xy"));
    CHECK(pattern_match("[abc]x", "bx"));
    CHECK(!pattern_match("[abc]x", "dx"));
    CHECK(pattern_match("[a-c][!0-9]", "bz"));
    CHECK(!pattern_match("[a-c][!0-9]", "b5"));
    CHECK(pattern_match("[^a]", "b"));
    CHECK(pattern_match("[]]", "]"));
    CHECK(pattern_match("[[:digit:]]*", "7up"));
    CHECK(!pattern_match("[[:digit:]]*", "up7"));
    CHECK(pattern_match("[", "["));
    CHECK(pattern_match("a[", "a["));
    CHECK(pattern_match("\\*", "*"));
    CHECK(!pattern_match("\\*", "x"));
    CHECK(pattern_match("*a*b*c*", "xxaxxbxxcxx"));
    CHECK(!pattern_match("*a*b*c*", "xxaxxcxxbxx"));
    CHECK(pattern_match("**a", "a"));
}

static void test_magic(void)
{
    CHECK(pattern_is_magic("*.c"));
    CHECK(pattern_is_magic("a?"));
    CHECK(pattern_is_magic("[ab]"));
    CHECK(!pattern_is_magic("plain"));
    CHECK(!pattern_is_magic("\\*"));
}

static void touch(const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT, 0644);
    CHECK(fd >= 0);
    close(fd);
}

static void test_expand(void)
{
    char directory[] = "/tmp/koito-pattern-XXXXXX";
    CHECK(mkdtemp(directory) != NULL);
    CHECK_EQ(chdir(directory), 0);
    touch("b.c");
    touch("a.c");
    touch(".hidden.c");
    touch("x.h");
    CHECK_EQ(mkdir("sub", 0755), 0);
    touch("sub/one.c");
    touch("sub/two.h");

    char **paths = NULL;
    size_t count = 0, capacity = 0;
    CHECK_EQ(pattern_expand("*.c", &paths, &count, &capacity), 2);
    CHECK(count == 2 && strcmp(paths[0], "a.c") == 0 && strcmp(paths[1], "b.c") == 0);
    CHECK_EQ(pattern_expand(".*.c", &paths, &count, &capacity), 1);
    CHECK(strcmp(paths[2], ".hidden.c") == 0);
    CHECK_EQ(pattern_expand("*/*.c", &paths, &count, &capacity), 1);
    CHECK(strcmp(paths[3], "sub/one.c") == 0);
    CHECK_EQ(pattern_expand("nothing*", &paths, &count, &capacity), 0);
    CHECK_EQ(pattern_expand("s?b/t*", &paths, &count, &capacity), 1);
    CHECK(strcmp(paths[4], "sub/two.h") == 0);
    char absolute[128];
    snprintf(absolute, sizeof absolute, "%s/[x]*", directory);
    CHECK_EQ(pattern_expand(absolute, &paths, &count, &capacity), 1);
    CHECK(count == 6 && strstr(paths[5], "/x.h") != NULL);
    for (size_t i = 0; i < count; i++)
        free(paths[i]);
    free(paths);

    unlink("sub/one.c");
    unlink("sub/two.h");
    rmdir("sub");
    unlink("a.c");
    unlink("b.c");
    unlink(".hidden.c");
    unlink("x.h");
    CHECK_EQ(chdir("/"), 0);
    CHECK_EQ(rmdir(directory), 0);
}

int main(void)
{
    test_match();
    test_magic();
    test_expand();
    return check_summary();
}
