/*
 * Tests of KOITO-libc's fnmatch() and glob() under "C.UTF-8" (host tests):
 * fixed cases where a UTF-8 character is one character ('?', brackets,
 * ranges by code point, classes, FNM_CASEFOLD) and where "C" stays byte-wise;
 * then two differential runs on random patterns and strings of ASCII,
 * Latin-1, euro-sign and CJK characters:
 *  - against glibc in "C" on a transliteration that turns each character
 *    into one byte, keeping the code points' order: the same answer, always;
 *  - against glibc in "C.UTF-8" itself: when either text is malformed UTF-8
 *    both match byte by byte and must agree exactly; when both are
 *    well-formed, whatever we match glibc matches too (glibc retries a
 *    failed match byte by byte, so "??" matches "é" there, not here).
 * Last, glob() in a directory with UTF-8 names.
 */
#define _GNU_SOURCE
#include "check.h"
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int koito_test_fnmatch(const char *pattern, const char *string, int flags);
char *koito_test_setlocale(int category, const char *locale);

typedef struct {
    size_t gl_pathc;
    char **gl_pathv;
    size_t gl_offs;
} koito_glob_t;
int koito_test_glob(const char *pattern, int flags, int (*errfunc)(const char *, int),
                    koito_glob_t *paths);
void koito_test_globfree(koito_glob_t *paths);

#define ROUNDS 30000

static unsigned next_random(void)
{
    static unsigned long long state = 0x9e3779b97f4a7c15ull;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(state >> 33);
}

static void utf8(void)
{
    CHECK(koito_test_setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
}

static void c_locale(void)
{
    CHECK(koito_test_setlocale(LC_CTYPE, "C") != NULL);
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

static void test_fixed(void)
{
    utf8();
    CHECK_EQ(koito_test_fnmatch("?", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("??", "é", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("?", "€", 0), 0);
    CHECK_EQ(koito_test_fnmatch("a?c", "a一c", 0), 0);
    CHECK_EQ(koito_test_fnmatch("*é", "aé", 0), 0);
    CHECK_EQ(koito_test_fnmatch("*?é", "ééé", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[é]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[!é]", "é", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[!a]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[à-ü]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[à-ü]", "ÿ", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[€-€]", "€", 0), 0); /* glibc: no match */
    CHECK_EQ(koito_test_fnmatch("[a-一]", "€", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:alpha:]]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:alpha:]]", "一", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:upper:]]", "É", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[:upper:]]", "é", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[[:punct:]]", "€", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[=é=]]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[.é.]]", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[[.é.]-ü]", "ö", 0), 0);
    CHECK_EQ(koito_test_fnmatch("\\é", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("É", "é", FNM_CASEFOLD), 0);
    CHECK_EQ(koito_test_fnmatch("[À-Þ]", "é", FNM_CASEFOLD), 0);
    CHECK_EQ(koito_test_fnmatch("Д?", "дж", FNM_CASEFOLD), 0);
    CHECK_EQ(koito_test_fnmatch("*/?", "é/é", FNM_PATHNAME), 0);
    /* Malformed UTF-8 on either side: byte by byte, as glibc. */
    CHECK_EQ(koito_test_fnmatch("?", "\xff", 0), 0);
    CHECK_EQ(koito_test_fnmatch("??", "\xc3(", 0), 0);
    CHECK_EQ(koito_test_fnmatch("?\xff", "é\xff", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("??\xff", "é\xff", 0), 0);
    CHECK_EQ(koito_test_fnmatch("?", "\xed\xa0\x80", 0), FNM_NOMATCH); /* a surrogate */
    CHECK_EQ(koito_test_fnmatch("\xff?", "\xff", 0), FNM_NOMATCH);
    c_locale();
    CHECK_EQ(koito_test_fnmatch("?", "é", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("??", "é", 0), 0);
    CHECK_EQ(koito_test_fnmatch("[é]", "é", 0), FNM_NOMATCH);
    CHECK_EQ(koito_test_fnmatch("[é][é]", "é", 0), 0);
}

/* The characters of the random texts, with the byte each becomes in the
 * transliteration (increasing with the code point). */
static const struct {
    const char *utf8;
    char byte;
} characters[] = {
    {"a", 'a'},    {"b", 'b'},    {"/", '/'},    {".", '.'},
    {"É", '\xc9'}, {"é", '\xe9'}, {"€", '\xf0'}, {"一", '\xf1'},
};
#define CHARACTERS (sizeof characters / sizeof *characters)

/* Pattern items, each in UTF-8 and transliterated. */
static const struct {
    const char *utf8;
    const char *bytes;
} items[] = {
    {"a", "a"},
    {"é", "\xe9"},
    {"€", "\xf0"},
    {"一", "\xf1"},
    {"?", "?"},
    {"*", "*"},
    {"/", "/"},
    {".", "."},
    {"[é]", "[\xe9]"},
    {"[!é]", "[!\xe9]"},
    {"[a-é]", "[a-\xe9]"},
    {"[É-é]", "[\xc9-\xe9]"},
    {"[€一]", "[\xf0\xf1]"},
    {"[!a€]", "[!a\xf0]"},
    {"\\é", "\\\xe9"},
    {"[[.é.]]", "[[.\xe9.]]"},
    {"[[=€=]]", "[[=\xf0=]]"},
};
#define ITEMS (sizeof items / sizeof *items)

/* Builds a random pattern and string in both forms; returns 1 if a bad
 * byte was put into one of the UTF-8 forms. */
static int random_case(char *pattern, char *pattern_bytes, char *string, char *string_bytes)
{
    int count = (int)(next_random() % 6);
    pattern[0] = pattern_bytes[0] = '\0';
    for (int i = 0; i < count; i++) {
        size_t item = next_random() % ITEMS;
        strcat(pattern, items[item].utf8);
        strcat(pattern_bytes, items[item].bytes);
    }
    int length = (int)(next_random() % 6);
    string[0] = '\0';
    for (int i = 0; i < length; i++) {
        size_t character = next_random() % CHARACTERS;
        strcat(string, characters[character].utf8);
        string_bytes[i] = characters[character].byte;
    }
    string_bytes[length] = '\0';
    if (next_random() % 4 != 0)
        return 0;
    char *target = next_random() % 2 ? pattern : string;
    static const char *const bad[] = {"\xff", "\xc3", "\x80", "\xe2\x82"};
    strcat(target, bad[next_random() % 4]);
    if (next_random() % 2) { /* a stray continuation byte in front, too */
        memmove(target + 1, target, strlen(target) + 1);
        target[0] = '\xa9';
    }
    return 1;
}

static void test_against_glibc(void)
{
    char pattern[128];
    char pattern_bytes[64];
    char string[64];
    char string_bytes[16];
    int transliterated_differs = 0;
    int bytewise_differs = 0;
    int wide_exceeds = 0;
    for (int round = 0; round < ROUNDS; round++) {
        int flags = (int)(next_random() % 32) & ~FNM_CASEFOLD; /* glibc's "C" folds no Latin-1 */
        int bad = random_case(pattern, pattern_bytes, string, string_bytes);
        utf8();
        int ours = koito_test_fnmatch(pattern, string, flags) == 0;
        int theirs = fnmatch(pattern, string, flags) == 0;
        if (bad ? ours != theirs : ours && !theirs) {
            int *counter = bad ? &bytewise_differs : &wide_exceeds;
            if ((*counter)++ < 5)
                fprintf(stderr, "C.UTF-8 fnmatch(\"%s\", \"%s\", %#x): ours %d, glibc %d\n",
                        pattern, string, flags, ours, theirs);
        }
        if (bad)
            continue;
        c_locale();
        int reference = fnmatch(pattern_bytes, string_bytes, flags) == 0;
        if (ours != reference && transliterated_differs++ < 5)
            fprintf(stderr, "fnmatch(\"%s\", \"%s\", %#x): ours %d, transliterated glibc %d\n",
                    pattern, string, flags, ours, reference);
    }
    c_locale();
    CHECK_EQ(transliterated_differs, 0);
    CHECK_EQ(bytewise_differs, 0);
    CHECK_EQ(wide_exceeds, 0);
}

static void make_file(const char *name)
{
    int descriptor = open(name, O_CREAT | O_WRONLY | O_TRUNC, 0644);
    CHECK(descriptor >= 0);
    close(descriptor);
}

/* glob() matches names by fnmatch, so by characters under UTF-8. */
static void test_glob(void)
{
    char directory[] = "/tmp/koito-glob-utf8-XXXXXX";
    CHECK(mkdtemp(directory) != NULL);
    CHECK_EQ(chdir(directory), 0);
    make_file("a.txt");
    make_file("é.txt");
    make_file("ab.txt");
    make_file("\xff.txt");
    koito_glob_t paths;
    utf8();
    CHECK_EQ(koito_test_glob("?.txt", 0, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 3);
    if (paths.gl_pathc == 3) {
        CHECK(strcmp(paths.gl_pathv[0], "a.txt") == 0);
        CHECK(strcmp(paths.gl_pathv[1], "é.txt") == 0);
        CHECK(strcmp(paths.gl_pathv[2], "\xff.txt") == 0);
    }
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob("[à-ü].*", 0, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 1);
    koito_test_globfree(&paths);
    c_locale();
    CHECK_EQ(koito_test_glob("?.txt", 0, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 2); /* "a.txt" and "\xff.txt" */
    koito_test_globfree(&paths);
    CHECK_EQ(koito_test_glob("??.txt", 0, NULL, &paths), 0);
    CHECK_EQ(paths.gl_pathc, 2); /* "ab.txt" and "é.txt" */
    koito_test_globfree(&paths);
    static const char *const names[] = {"a.txt", "é.txt", "ab.txt", "\xff.txt"};
    for (size_t index = 0; index < 4; index++)
        CHECK_EQ(unlink(names[index]), 0);
    CHECK_EQ(chdir("/"), 0);
    CHECK_EQ(rmdir(directory), 0);
}

int main(void)
{
    test_fixed();
    test_against_glibc();
    test_glob();
    return check_summary();
}
