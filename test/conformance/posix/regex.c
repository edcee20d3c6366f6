/*
 * Conformance (POSIX <regex.h>): basic and extended expressions compiled
 * and matched (leftmost-longest overall match, subexpression offsets,
 * back-references in a BRE, intervals, bracket expressions with classes),
 * the compile flags REG_ICASE, REG_NOSUB and REG_NEWLINE, the match flags
 * REG_NOTBOL and REG_NOTEOL, the error codes of malformed patterns,
 * regerror's message and length, UTF-8 characters under "C.UTF-8", and
 * RE_DUP_MAX in <limits.h>, an interval that large compiling.
 */
#include "check.h"

#include <limits.h>
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>

/* Compiles and matches; returns regexec's result, or 100 + regcomp's. */
static int run(const char *pattern, int cflags, const char *string, regmatch_t *matches,
               size_t count, int eflags)
{
    regex_t compiled;
    int error = regcomp(&compiled, pattern, cflags);
    if (error != 0)
        return 100 + error;
    int result = regexec(&compiled, string, count, matches, eflags);
    regfree(&compiled);
    return result;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    regmatch_t m[4];
    CHECK_EQ(run("b*c", 0, "abbbc", m, 1, 0), 0);
    CHECK(m[0].rm_so == 1 && m[0].rm_eo == 5);
    CHECK(RE_DUP_MAX >= _POSIX_RE_DUP_MAX);
    char interval[32];
    snprintf(interval, sizeof interval, "a\\{1,%d\\}", _POSIX_RE_DUP_MAX);
    CHECK_EQ(run(interval, 0, "baaab", m, 1, 0), 0);
    CHECK(m[0].rm_so == 1 && m[0].rm_eo == 4);
    CHECK_EQ(run("x|xy|xyz", REG_EXTENDED, "axyzw", m, 1, 0), 0); /* longest */
    CHECK(m[0].rm_so == 1 && m[0].rm_eo == 4);
    CHECK_EQ(run("\\([a-z]*\\)-\\([0-9]\\{2,3\\}\\)", 0, "id: abc-1234", m, 3, 0), 0);
    CHECK(m[0].rm_so == 4 && m[0].rm_eo == 11);
    CHECK(m[1].rm_so == 4 && m[1].rm_eo == 7);
    CHECK(m[2].rm_so == 8 && m[2].rm_eo == 11);
    CHECK_EQ(run("\\(.\\)\\1", 0, "abccd", m, 2, 0), 0); /* a back-reference */
    CHECK(m[0].rm_so == 2 && m[1].rm_so == 2 && m[1].rm_eo == 3);
    CHECK_EQ(run("(a)|(b)", REG_EXTENDED, "b", m, 3, 0), 0);
    CHECK(m[1].rm_so == -1 && m[1].rm_eo == -1 && m[2].rm_so == 0 && m[2].rm_eo == 1);
    CHECK_EQ(run("^[[:upper:]][[:lower:]]+$", REG_EXTENDED, "Hello", m, 1, 0), 0);
    CHECK_EQ(run("^[[:upper:]][[:lower:]]+$", REG_EXTENDED, "hello", m, 1, 0), REG_NOMATCH);
    CHECK_EQ(run("HELLO", REG_ICASE, "say hello", m, 1, 0), 0);
    CHECK(m[0].rm_so == 4);
    CHECK_EQ(run("(x)(y)", REG_EXTENDED | REG_NOSUB, "xy", NULL, 0, 0), 0);
    CHECK_EQ(run("^b$", REG_NEWLINE, "a\nb\nc", m, 1, 0), 0);
    CHECK(m[0].rm_so == 2 && m[0].rm_eo == 3);
    CHECK_EQ(run("^b$", 0, "a\nb\nc", m, 1, 0), REG_NOMATCH);
    CHECK_EQ(run("a.c", REG_NEWLINE, "a\nc", m, 1, 0), REG_NOMATCH);
    CHECK_EQ(run("^a", 0, "a", m, 1, REG_NOTBOL), REG_NOMATCH);
    CHECK_EQ(run("a$", 0, "a", m, 1, REG_NOTEOL), REG_NOMATCH);
    CHECK_EQ(run("a", 0, "b", m, 1, 0), REG_NOMATCH);

    CHECK_EQ(run("a[bc", 0, "", m, 0, 0), 100 + REG_EBRACK);
    CHECK_EQ(run("a\\(b", 0, "", m, 0, 0), 100 + REG_EPAREN);
    CHECK_EQ(run("(ab", REG_EXTENDED, "", m, 0, 0), 100 + REG_EPAREN);
    CHECK_EQ(run("a\\{1", 0, "", m, 0, 0), 100 + REG_EBRACE);
    CHECK_EQ(run("a{2,1}", REG_EXTENDED, "", m, 0, 0), 100 + REG_BADBR);
    CHECK_EQ(run("[z-a]", 0, "", m, 0, 0), 100 + REG_ERANGE);
    CHECK_EQ(run("[[:nope:]]", 0, "", m, 0, 0), 100 + REG_ECTYPE);
    CHECK_EQ(run("\\(a\\)\\2", 0, "", m, 0, 0), 100 + REG_ESUBREG);
    CHECK_EQ(run("a\\", 0, "", m, 0, 0), 100 + REG_EESCAPE);
    CHECK_EQ(run("*a", REG_EXTENDED, "", m, 0, 0), 100 + REG_BADRPT);

    regex_t compiled;
    CHECK_EQ(regcomp(&compiled, "(a)(b(c))", REG_EXTENDED), 0);
    CHECK_EQ(compiled.re_nsub, 3);
    regfree(&compiled);
    char message[128];
    size_t length = regerror(REG_EBRACK, NULL, message, sizeof message);
    CHECK(length > 1 && length == strlen(message) + 1);
    char small[4];
    CHECK_EQ(regerror(REG_EBRACK, NULL, small, sizeof small), length);
    CHECK(strlen(small) == 3);
    /* A character of the locale is one character: UTF-8 under "C.UTF-8". */
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK_EQ(run("^.$", REG_EXTENDED, "é", m, 1, 0), 0);
    CHECK_EQ(run("^[[:alpha:]]+$", REG_EXTENDED, "été", m, 1, 0), 0);
    CHECK_EQ(run("^[^a]$", REG_EXTENDED, "€", m, 1, 0), 0);
    CHECK_EQ(run("[é]+", REG_EXTENDED, "xééy", m, 1, 0), 0);
    CHECK_EQ(m[0].rm_so, 1);
    CHECK_EQ(m[0].rm_eo, 5);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
    CHECK_EQ(run("^.$", REG_EXTENDED, "é", m, 1, 0), REG_NOMATCH);
    return check_summary();
}
