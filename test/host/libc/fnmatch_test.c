/*
 * Tests of KOITO-libc's fnmatch() (host tests): fixed cases for each flag
 * and bracket form, then a differential run against the host's glibc on
 * random patterns and strings over a small alphabet of the characters that
 * matter ('*', '?', brackets, '\\', '/', '.'), under every combination of
 * FNM_PATHNAME, FNM_NOESCAPE, FNM_PERIOD, FNM_CASEFOLD and FNM_LEADING_DIR,
 * and long strings against many stars to show the work stays bounded.
 */
#define _GNU_SOURCE
#include "check.h"
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

int koito_test_fnmatch(const char *pattern, const char *string, int flags);

#define ROUNDS 40000

static unsigned next_random(void)
{
    static unsigned long long state = 0x2545f4914f6cdd1dull;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(state >> 33);
}

/* 1 if both libraries give the same answer (glibc's -1 for a malformed
 * pattern counts as "no match"); prints the case when not. */
static int agree(const char *pattern, const char *string, int flags)
{
    int ours = koito_test_fnmatch(pattern, string, flags) == 0;
    int theirs = fnmatch(pattern, string, flags) == 0;
    if (ours != theirs)
        fprintf(stderr, "fnmatch(\"%s\", \"%s\", %#x): ours %d, glibc %d\n", pattern, string, flags,
                ours, theirs);
    return ours == theirs;
}

static void test_fixed(void)
{
    CHECK_EQ(koito_test_fnmatch("*.c", "main.c", 0), 0);
    CHECK_EQ(koito_test_fnmatch("*.c", "main.h", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("a?c", "abc", 0), 0);
    CHECK_EQ(koito_test_fnmatch("a?c", "ac", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[a-c]x", "bx", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[!a-c]x", "bx", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[^a-c]x", "dx", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[]]", "]", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[!]]", "]", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[a-]", "-", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:alpha:]][[:digit:]]", "x7", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:upper:]]", "x", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[:upper:]]", "a", FNM_CASEFOLD), FNM_NOMATCH); /* as glibc */
    CHECK_EQ(koito_test_fnmatch("[A-C]", "b", FNM_CASEFOLD), 0);
    CHECK_EQ(koito_test_fnmatch("a\\", "a\\", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[=a=]]", "a", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[.-.]]", "-", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[ab", "[ab", 0), 0);     /* unclosed: '[' is literal */
    CHECK_EQ(koito_test_fnmatch("[[:alpha]", "a", 0), 0); /* "[:" unfinished: literal */
    CHECK_EQ(koito_test_fnmatch("[[:alpha:]-z]", "-", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[a-[.c.]]", "b", 0), 0);
    /* Malformed bracket expressions match nothing. */
    CHECK_EQ(koito_test_fnmatch("[[:foo:]]", "a", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[=ab=]]", "a", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[.a]", "a", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[a-[:alpha:]]", "b", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[:alpha:]", "a", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("\\*", "*", 0), 0);
    CHECK_EQ(koito_test_fnmatch("\\*", "x", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("\\*", "\\*", FNM_NOESCAPE), 0);
    CHECK_EQ(koito_test_fnmatch("*", "a/b", 0), 0);
    CHECK_EQ(koito_test_fnmatch("*", "a/b", FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("*/*", "a/b", FNM_PATHNAME), 0);
    CHECK_EQ(koito_test_fnmatch("a?b", "a/b", FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("*\\/x", "a/x", FNM_PATHNAME), 0);
    CHECK_EQ(koito_test_fnmatch("a[/]b", "a/b", FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("*", ".profile", FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch(".*", ".profile", FNM_PERIOD), 0);
    CHECK_EQ(koito_test_fnmatch("*.x", ".x", FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[.]x", ".x", FNM_PERIOD), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("*", ".profile", 0), 0);
    CHECK_EQ(koito_test_fnmatch("a/*", "a/.x", FNM_PERIOD | FNM_PATHNAME), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("a/*", "a/.x", FNM_PERIOD), 0);
    CHECK_EQ(koito_test_fnmatch("a*", "a.x", FNM_PERIOD), 0); /* not leading */
    CHECK_EQ(koito_test_fnmatch("MAKE*", "makefile", FNM_CASEFOLD), 0);
    CHECK_EQ(koito_test_fnmatch("MAKE*", "makefile", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("src", "src/main.c", FNM_LEADING_DIR), 0);
    CHECK_EQ(koito_test_fnmatch("src", "src/main.c", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("", "", 0), 0);
    CHECK_EQ(koito_test_fnmatch("", "a", 0), FNM_NOMATCH);
}

/* A random pattern of up to `limit` items. */
static void random_pattern(char *out, int limit)
{
    static const char *const items[] = {
        "a",    "b",     "A",  ".",   "/",         "-",       "*",           "?",           "[",
        "]",    "!",     "^",  "\\",  "[a-b]",     "[!a]",    "[[:alpha:]]", "[[:upper:]]", "[]a]",
        "[/.]", "[,-a]", "**", "\\*", "[[.a.]-b]", "[[=a=]]", "[[:",         "[[.a.]]"};
    int count = (int)(next_random() % (unsigned)limit);
    out[0] = '\0';
    for (int i = 0; i < count; i++)
        strcat(out, items[next_random() % (sizeof items / sizeof items[0])]);
}

static void random_string(char *out, int limit)
{
    static const char alphabet[] = "abAB./-\\*[]!";
    int length = (int)(next_random() % (unsigned)limit);
    for (int i = 0; i < length; i++)
        out[i] = alphabet[next_random() % (sizeof alphabet - 1)];
    out[length] = '\0';
}

/* glibc's one known fault in this alphabet: under FNM_PATHNAME a '*'
 * followed by an escaped slash, as in "*\\/x", matches nothing (its star
 * looks ahead for a plain '/'); POSIX and we match "a/x". */
static int glibc_fault(const char *pattern, int flags)
{
    return (flags & FNM_PATHNAME) && !(flags & FNM_NOESCAPE) && strstr(pattern, "\\/") != NULL;
}

static void test_against_glibc(void)
{
    char pattern[256];
    char string[32];
    int disagreements = 0;
    for (int round = 0; round < ROUNDS; round++) {
        random_pattern(pattern, 8);
        random_string(string, 10);
        int flags = (int)(next_random() % 32);
        if (!glibc_fault(pattern, flags))
            disagreements += !agree(pattern, string, flags);
    }
    CHECK_EQ(disagreements, 0);
}

/* Many stars against a long string that almost matches: one pass per star
 * position, not an exponential search. */
static void test_bounded(void)
{
    char string[4001];
    memset(string, 'a', 4000);
    string[4000] = '\0';
    CHECK_EQ(koito_test_fnmatch("*a*a*a*a*a*a*a*a*a*b", string, 0), FNM_NOMATCH);
    string[3999] = 'b';
    CHECK_EQ(koito_test_fnmatch("*a*a*a*a*a*a*a*a*a*b", string, 0), 0);
}

int main(void)
{
    test_fixed();
    test_against_glibc();
    test_bounded();
    return check_summary();
}
