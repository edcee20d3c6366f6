/*
 * Conformance (POSIX <fnmatch.h>): '*', '?', bracket expressions (ranges,
 * '!' negation, character classes, ']' first), '\\' quoting and
 * FNM_NOESCAPE, FNM_PATHNAME's slashes and FNM_PERIOD's leading periods;
 * a mismatch answers FNM_NOMATCH.
 */
#include "check.h"

#include <fnmatch.h>

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    CHECK_EQ(fnmatch("*.c", "main.c", 0), 0);
    CHECK_EQ(fnmatch("*.c", "main.o", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("?ain.c", "main.c", 0), 0);
    CHECK_EQ(fnmatch("m???.c", "main.c", 0), 0);
    CHECK_EQ(fnmatch("m??.c", "main.c", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("[a-m]*", "kernel", 0), 0);
    CHECK_EQ(fnmatch("[!a-m]*", "kernel", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("[]x]", "]", 0), 0);
    CHECK_EQ(fnmatch("[[:digit:]][[:alpha:]]", "7z", 0), 0);
    CHECK_EQ(fnmatch("[[:digit:]]", "z", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("\\?", "?", 0), 0);
    CHECK_EQ(fnmatch("\\?", "x", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("\\?", "\\x", FNM_NOESCAPE), 0);
    CHECK_EQ(fnmatch("*", "dir/file", 0), 0);
    CHECK_EQ(fnmatch("*", "dir/file", FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(fnmatch("dir/*", "dir/file", FNM_PATHNAME), 0);
    CHECK_EQ(fnmatch("dir?file", "dir/file", FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(fnmatch("*", ".hidden", FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(fnmatch("?hidden", ".hidden", FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(fnmatch(".*", ".hidden", FNM_PERIOD), 0);
    CHECK_EQ(fnmatch("dir/*", "dir/.hidden", FNM_PATHNAME | FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(fnmatch("*", ".hidden", 0), 0);
    return check_summary();
}
