/*
 * ISO C17 7.24 <string.h>: every function. Copying (memmove across overlaps in both
 * directions), concatenation, comparison (bytes compared as unsigned char), searching (the
 * terminating zero is part of the string for strchr/strrchr), strtok's state across calls,
 * strerror, and strcoll/strxfrm in the "C" locale, where they order as strcmp does.
 */
#include "check.h"
#include <errno.h>
#include <stddef.h>
#include <string.h>

static void copying(void)
{
    char buffer[32];
    memset(buffer, 'x', sizeof buffer);
    CHECK(memcpy(buffer, "hello", 5) == buffer);
    CHECK(memcmp(buffer, "hellox", 6) == 0);
    CHECK(memcpy(buffer, "", 0) == buffer);

    /* memmove: overlapping both ways is as if through a temporary array. */
    char text[] = "0123456789";
    CHECK(memmove(text + 2, text, 6) == text + 2);
    CHECK(strcmp(text, "0101234589") == 0);
    char text2[] = "0123456789";
    CHECK(memmove(text2, text2 + 3, 7) == text2);
    CHECK(strcmp(text2, "3456789789") == 0);
    char text3[] = "abc";
    CHECK(memmove(text3, text3, 3) == text3);
    CHECK(strcmp(text3, "abc") == 0);

    memset(buffer, 'x', sizeof buffer);
    CHECK(strcpy(buffer, "copy") == buffer);
    CHECK(memcmp(buffer, "copy\0x", 6) == 0);
    CHECK(strcpy(buffer, "") == buffer && buffer[0] == '\0');

    /* strncpy: pads with zeros to n; no terminator when the source is n or longer. */
    memset(buffer, 'x', sizeof buffer);
    CHECK(strncpy(buffer, "ab", 6) == buffer);
    CHECK(memcmp(buffer, "ab\0\0\0\0x", 7) == 0);
    memset(buffer, 'x', sizeof buffer);
    strncpy(buffer, "abcdef", 3);
    CHECK(memcmp(buffer, "abcx", 4) == 0);
    memset(buffer, 'x', sizeof buffer);
    strncpy(buffer, "abc", 0);
    CHECK(buffer[0] == 'x');
}

static void concatenation(void)
{
    char buffer[32] = "foo";
    CHECK(strcat(buffer, "bar") == buffer);
    CHECK(strcmp(buffer, "foobar") == 0);
    CHECK(strcat(buffer, "") == buffer && strcmp(buffer, "foobar") == 0);

    /* strncat: at most n characters, then always a terminating zero. */
    char small[16] = "ab";
    memset(small + 3, 'x', sizeof small - 3);
    CHECK(strncat(small, "cdef", 2) == small);
    CHECK(strcmp(small, "abcd") == 0);
    strncat(small, "ef", 10);
    CHECK(strcmp(small, "abcdef") == 0);
    strncat(small, "zzz", 0);
    CHECK(strcmp(small, "abcdef") == 0);
}

static int sign(int value)
{
    return (value > 0) - (value < 0);
}

static void comparison(void)
{
    CHECK(memcmp("abc", "abd", 3) < 0);
    CHECK(memcmp("abd", "abc", 3) > 0);
    CHECK(memcmp("abc", "abd", 2) == 0);
    CHECK(memcmp("a", "b", 0) == 0);
    /* Bytes compare as unsigned char (7.24.4p1). */
    CHECK(memcmp("\x80", "\x01", 1) > 0);
    CHECK(strcmp("\xff", "a") > 0);
    CHECK(strncmp("\xfe", "\x7f", 1) > 0);

    CHECK(strcmp("", "") == 0);
    CHECK(strcmp("abc", "abc") == 0);
    CHECK(strcmp("ab", "abc") < 0);
    CHECK(strcmp("abc", "ab") > 0);
    CHECK(strcmp("B", "a") < 0);
    CHECK(strncmp("abcdef", "abcxyz", 3) == 0);
    CHECK(strncmp("abcdef", "abcxyz", 4) < 0);
    CHECK(strncmp("abc", "abd", 0) == 0);
    CHECK(strncmp("ab", "ab\0zz", 5) == 0); /* stops at the terminating zero */

    /* In the "C" locale strcoll orders as strcmp does. */
    const char *words[] = {"", "a", "ab", "b", "B", "\xe9t\xe9", "zebra"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        for (size_t j = 0; j < sizeof words / sizeof *words; j++)
            CHECK_EQ(sign(strcoll(words[i], words[j])), sign(strcmp(words[i], words[j])));

    /* strxfrm: the transformed strings compare as strcoll compares the originals; the length
     * returned excludes the terminator and does not depend on n; n == 0 allows a null s1. */
    char x1[64], x2[64];
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        size_t length1 = strxfrm(x1, words[i], sizeof x1);
        CHECK(length1 < sizeof x1);
        CHECK_EQ(strxfrm(NULL, words[i], 0), length1);
        for (size_t j = 0; j < sizeof words / sizeof *words; j++) {
            strxfrm(x2, words[j], sizeof x2);
            CHECK_EQ(sign(strcmp(x1, x2)), sign(strcoll(words[i], words[j])));
        }
    }
    size_t needed = strxfrm(NULL, "collate", 0);
    char exact[64];
    CHECK(needed + 1 <= sizeof exact);
    CHECK_EQ(strxfrm(exact, "collate", needed + 1), needed);
}

static void searching(void)
{
    const char text[] = "hello, world";
    CHECK(memchr(text, 'o', sizeof text) == text + 4);
    CHECK(memchr(text, 'o', 4) == NULL);
    CHECK(memchr(text, '\0', sizeof text) == text + 12);
    CHECK(memchr("\xff", 0xff, 1) != NULL); /* c converted to unsigned char */
    CHECK(memchr("\xff", -1, 1) != NULL);
    CHECK(memchr(text, 'h', 0) == NULL);

    CHECK(strchr(text, 'o') == text + 4);
    CHECK(strchr(text, 'z') == NULL);
    CHECK(strchr(text, '\0') == text + 12); /* the terminator is part of the string */
    CHECK(strrchr(text, 'o') == text + 8);
    CHECK(strrchr(text, '\0') == text + 12);
    CHECK(strrchr(text, 'z') == NULL);
    CHECK(strrchr("", 'a') == NULL);

    CHECK_EQ(strcspn(text, ", "), 5);
    CHECK_EQ(strcspn(text, ""), 12);
    CHECK_EQ(strcspn(text, "h"), 0);
    CHECK_EQ(strspn(text, "leh"), 4);
    CHECK_EQ(strspn(text, ""), 0);
    CHECK_EQ(strspn("", "abc"), 0);

    CHECK(strpbrk(text, "wo") == text + 4);
    CHECK(strpbrk(text, "xyz") == NULL);
    CHECK(strpbrk(text, "") == NULL);

    CHECK(strstr(text, "world") == text + 7);
    CHECK(strstr(text, "") == text);
    CHECK(strstr(text, "worlds") == NULL);
    const char triple[] = "aaab";
    CHECK(strstr(triple, "aab") == triple + 1);
    const char repeat[] = "abababc";
    CHECK(strstr(repeat, "ababc") == repeat + 2);
    CHECK(strstr("", "a") == NULL);
}

static void tokens(void)
{
    char text[] = "  one,two;;three  ";
    char *token = strtok(text, " ,;");
    CHECK(token == text + 2 && strcmp(token, "one") == 0);
    token = strtok(NULL, " ,;");
    CHECK(token != NULL && strcmp(token, "two") == 0);
    /* The separators may change from call to call. */
    token = strtok(NULL, ";");
    CHECK(token != NULL && strcmp(token, "three  ") == 0);
    CHECK(strtok(NULL, ";") == NULL);
    CHECK(strtok(NULL, ";") == NULL);

    char empty[] = ",,,";
    CHECK(strtok(empty, ",") == NULL);
    char none[] = "whole";
    token = strtok(none, ",");
    CHECK(token == none && strcmp(token, "whole") == 0);
    CHECK(strtok(NULL, ",") == NULL);
}

static void miscellaneous(void)
{
    unsigned char buffer[16];
    CHECK(memset(buffer, 0x1ab, sizeof buffer) == buffer); /* converted to unsigned char */
    int all = 1;
    for (size_t i = 0; i < sizeof buffer; i++)
        all &= buffer[i] == 0xab;
    CHECK(all);
    CHECK(memset(buffer, 0, 0) == buffer);

    CHECK_EQ(strlen(""), 0);
    CHECK_EQ(strlen("hello"), 5);
    CHECK_EQ(strlen("a\0b"), 1);

    /* strerror: a non-empty message for a known value, errno left alone. */
    errno = 0;
    const char *edom = strerror(EDOM);
    CHECK(edom != NULL && edom[0] != '\0');
    CHECK(strerror(ERANGE) != NULL && strerror(ERANGE)[0] != '\0');
    CHECK_EQ(errno, 0);
    /* Unknown values get a message too (POSIX lets errno change for them). */
    CHECK(strerror(0) != NULL);
    CHECK(strerror(-1) != NULL);
    CHECK(strerror(123456) != NULL);
}

int main(void)
{
    copying();
    concatenation();
    comparison();
    searching();
    tokens();
    miscellaneous();
    return check_summary();
}
