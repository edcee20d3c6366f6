/*
 * Conformance (POSIX <fnmatch.h>): '*', '?', bracket expressions (ranges,
 * '!' negation, character classes, ']' first), '\\' quoting and
 * FNM_NOESCAPE, FNM_PATHNAME's slashes and FNM_PERIOD's leading periods;
 * a mismatch answers FNM_NOMATCH; a UTF-8 character is one character under
 * "C.UTF-8".
 */
#include "check.h"

#include <fnmatch.h>
#include <locale.h>

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
    /* A character of the locale is one character: UTF-8 under "C.UTF-8". */
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK_EQ(fnmatch("?", "é", 0), 0);
    CHECK_EQ(fnmatch("a?c", "a€c", 0), 0);
    CHECK_EQ(fnmatch("[é]x", "éx", 0), 0);
    CHECK_EQ(fnmatch("[!é]", "é", 0), FNM_NOMATCH);
    CHECK_EQ(fnmatch("[[:alpha:]]*", "été", 0), 0);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
    CHECK_EQ(fnmatch("?", "é", 0), FNM_NOMATCH);
    return check_summary();
}
