/*
 * Tests of KOITO-libc's regcomp/regexec under "C.UTF-8" (host tests):
 * fixed cases where a UTF-8 character is one character ('.', brackets with
 * multibyte members and ranges, classes, "\w" and "\b" by iswalnum,
 * REG_ICASE by towlower) and where "C" stays byte-wise; then a differential
 * run against glibc in "C.UTF-8" on random patterns and strings of ASCII,
 * Latin-1, euro-sign and CJK characters and bad bytes (a lone 0xff, a stray
 * continuation byte, a cut sequence): compile result, match, and every
 * subexpression's bounds, which must be the same.
 */
#define _GNU_SOURCE
#include "check.h"
#include "regex_koito.h"
#include <locale.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *koito_test_setlocale(int category, const char *locale);

#define ROUNDS 30000
#define GROUPS 4

static unsigned next_random(void)
{
    static unsigned long long state = 0xda942042e4dd58b5ull;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(state >> 33);
}

/* regexec's result (or 100 + regcomp's error); fills GROUPS matches. */
static int ours(const char *pattern, int cflags, const char *string, koito_regmatch_t *matches)
{
    koito_regex_t compiled;
    int error = koito_test_regcomp(&compiled, pattern, cflags);
    if (error != 0)
        return 100 + error;
    int result = koito_test_regexec(&compiled, string, GROUPS, matches, 0);
    koito_test_regfree(&compiled);
    return result;
}

static int theirs(const char *pattern, int cflags, const char *string, regmatch_t *matches)
{
    regex_t compiled;
    int error = regcomp(&compiled, pattern, cflags);
    if (error != 0)
        return 100 + error;
    int result = regexec(&compiled, string, GROUPS, matches, 0);
    regfree(&compiled);
    return result;
}

/* Our overall match of `pattern` in `string`: its result and bounds. */
static int span(const char *pattern, int cflags, const char *string, long *so, long *eo)
{
    koito_regmatch_t matches[GROUPS];
    int result = ours(pattern, cflags, string, matches);
    *so = result == 0 ? matches[0].rm_so : -1;
    *eo = result == 0 ? matches[0].rm_eo : -1;
    return result;
}

#define MATCHES(pattern, cflags, string, from, to)                                                 \
    do {                                                                                           \
        long so_;                                                                                  \
        long eo_;                                                                                  \
        CHECK_EQ(span(pattern, cflags, string, &so_, &eo_), 0);                                    \
        CHECK_EQ(so_, from);                                                                       \
        CHECK_EQ(eo_, to);                                                                         \
    } while (0)
#define NO_MATCH(pattern, cflags, string)                                                          \
    do {                                                                                           \
        long so_;                                                                                  \
        long eo_;                                                                                  \
        CHECK_EQ(span(pattern, cflags, string, &so_, &eo_), REG_NOMATCH);                          \
    } while (0)

static void test_fixed(void)
{
    int E = REG_EXTENDED;
    CHECK(koito_test_setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    MATCHES("^.$", E, "é", 0, 2);
    NO_MATCH("^..$", E, "é");
    MATCHES("é+", E, "xééy", 1, 5);
    MATCHES("[é]", E, "xé", 1, 3);
    MATCHES("[^é]", E, "éa", 2, 3);
    MATCHES("[à-ü]+", E, "xéü", 1, 5); /* glibc: REG_ECOLLATE */
    MATCHES("[€-一]", E, "a一", 1, 4);
    MATCHES("[[=é=]][[.é.]]", E, "éé", 0, 4);
    MATCHES("[[:alpha:]]+", E, "1éa一", 1, 7);
    MATCHES("[[:upper:]]", E, "éÉ", 2, 4);
    MATCHES("\\w+", E, "-éa-", 1, 4);
    MATCHES("\\W", E, "é€", 2, 5);
    MATCHES("\\bé", E, "aé é", 4, 6);
    NO_MATCH("a\\b", E, "aé");
    MATCHES("é\\>", E, "éa é", 4, 6);
    MATCHES("\\>", E, "é\xff", 3, 3); /* glibc's reading of a bad byte: Latin-1 */
    NO_MATCH("\\w", E, "\xff");
    MATCHES("É", E | REG_ICASE, "xé", 1, 3);
    MATCHES("[É]", E | REG_ICASE, "é", 0, 2);
    MATCHES("Д+", E | REG_ICASE, "джДд", 0, 2);
    MATCHES("(é)\\1", E | REG_ICASE, "éÉ", 0, 4);
    MATCHES("(.)\\1", E, "aéé", 1, 5);
    MATCHES("\\é", E, "é", 0, 2);
    MATCHES("a.c", 0, "a€c", 0, 5);
    MATCHES("é\\{2\\}", 0, "éééé", 0, 4);
    /* Bad bytes: '.' and negated sets never take one; a bad byte in the
     * pattern takes itself. */
    NO_MATCH(".", E, "\xff");
    NO_MATCH("a[^x]b", E,
             "a\xff"
             "b");
    MATCHES(".*", E,
            "a\xff"
            "b",
            0, 1);
    MATCHES("\xff+", E, "a\xff\xff", 1, 3);
    NO_MATCH(".", E, "\xed\xa0\x80"); /* a surrogate is three bad bytes (glibc: one character) */
    MATCHES("a.", E, "a\xc3\xa9\xa9", 0, 3);
    CHECK(koito_test_setlocale(LC_CTYPE, "C") != NULL);
    MATCHES("^..$", E, "é", 0, 2);
    NO_MATCH("^.$", E, "é");
    MATCHES(".", E, "\xff", 0, 1);
    MATCHES("[é]", E, "\xa9", 0, 1); /* two bytes, c3 and a9 */
    koito_regex_t compiled;
    /* A program keeps the locale it was compiled in. */
    CHECK(koito_test_setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK_EQ(koito_test_regcomp(&compiled, "^.$", E), 0);
    CHECK(koito_test_setlocale(LC_CTYPE, "C") != NULL);
    koito_regmatch_t match[1];
    CHECK_EQ(koito_test_regexec(&compiled, "é", 1, match, 0), 0);
    koito_test_regfree(&compiled);
}

static void random_pattern(char *out, int extended)
{
    static const char *const ere[] = {
        "a",   "é",   "€",     "一",    ".",     "*",           "+",   "?",   "|",
        "(",   ")",   "[é€]",  "[^é]",  "[a-z]", "[[:alpha:]]", "\\w", "\\W", "\\b",
        "\\<", "\\>", "\\xff", "(é|a)", "{1,2}", "^",           "$",   "\\1", "[^[:alpha:]é]"};
    static const char *const bre[] = {
        "a",           "é",   "€",   "一",    ".",         "*", "\\(", "\\)", "[é€]", "[^é]",
        "[[:alpha:]]", "\\w", "\\b", "\\xff", "\\{1,2\\}", "^", "$",   "\\1", "\\+",  "\\?"};
    const char *const *items = extended ? ere : bre;
    size_t count = extended ? sizeof ere / sizeof *ere : sizeof bre / sizeof *bre;
    int length = 1 + (int)(next_random() % 6);
    out[0] = '\0';
    for (int i = 0; i < length; i++) {
        const char *item = items[next_random() % count];
        strcat(out, strcmp(item, "\\xff") == 0 ? "\xff" : item);
    }
}

static void random_string(char *out)
{
    static const char *const characters[] = {"a", "a", "é",    "É",    "€",       "一",
                                             " ", "_", "\xff", "\xa9", "\xe2\x82"};
    int length = (int)(next_random() % 8);
    out[0] = '\0';
    for (int i = 0; i < length; i++)
        strcat(out, characters[next_random() % (sizeof characters / sizeof *characters)]);
}

/* glibc's faults with back-references (see regex_test.c): a reference to a
 * repeated group. Left out. */
static int glibc_fault(const char *pattern)
{
    return strstr(pattern, "\\1") != NULL;
}

/* Where POSIX leaves the subexpressions to the implementation (see
 * regex_test.c): empty alternatives and stacked repetitions. Only the
 * overall match is compared there. */
static int groups_comparable(const char *pattern)
{
    size_t length = strlen(pattern);
    if (length > 0 && (pattern[0] == '|' || pattern[length - 1] == '|'))
        return 0;
    static const char *const loose[] = {"||", "(|", "|)", "()", "**",  "*+", "+*", "++",
                                        "?*", "*?", "+?", "?+", "??",  "}*", "}+", "}?",
                                        "*{", "+{", "?{", "}{", "*\\", "}\\"};
    for (size_t index = 0; index < sizeof loose / sizeof *loose; index++) {
        if (strstr(pattern, loose[index]) != NULL)
            return 0;
    }
    return 1;
}

static void test_against_glibc(void)
{
    char pattern[128];
    char string[64];
    int differs = 0;
    int compared = 0;
    CHECK(koito_test_setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    for (int round = 0; round < ROUNDS; round++) {
        int extended = (int)(next_random() % 2);
        int cflags = (extended ? REG_EXTENDED : 0) | (next_random() % 4 == 0 ? REG_ICASE : 0);
        random_pattern(pattern, extended);
        random_string(string);
        if (glibc_fault(pattern))
            continue;
        koito_regmatch_t our_matches[GROUPS];
        regmatch_t matches[GROUPS];
        int our_result = ours(pattern, cflags, string, our_matches);
        int result = theirs(pattern, cflags, string, matches);
        int same = our_result == result;
        int groups = groups_comparable(pattern) ? GROUPS : 1;
        for (int group = 0; same && result == 0 && group < groups; group++)
            same = our_matches[group].rm_so == matches[group].rm_so &&
                   our_matches[group].rm_eo == matches[group].rm_eo;
        compared += result == 0;
        if (!same && differs++ < 10)
            fprintf(stderr, "/%s/ %#x on \"%s\": ours %d [%ld,%ld), glibc %d [%d,%d)\n", pattern,
                    cflags, string, our_result, our_matches[0].rm_so, our_matches[0].rm_eo, result,
                    matches[0].rm_so, matches[0].rm_eo);
    }
    CHECK(koito_test_setlocale(LC_CTYPE, "C") != NULL);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
    CHECK_EQ(differs, 0);
    CHECK(compared > ROUNDS / 10);
}

int main(void)
{
    test_fixed();
    test_against_glibc();
    return check_summary();
}
