/*
 * ISO C17 7.28 <uchar.h> in a UTF-8 locale ("C.UTF-8"): mbrtoc32/c32rtomb for characters of
 * one to four bytes; mbrtoc16 giving a surrogate pair for a character beyond the BMP (the
 * second half with return (size_t)-3 and no input consumed) and c16rtomb taking a pair back;
 * byte-at-a-time input ((size_t)-2 until complete); encoding errors ((size_t)-1, EILSEQ); the
 * null character (return 0); a null s resetting the state. Values beyond U+10FFFF are left
 * out: glibc's C.UTF-8 (2.36) encodes and decodes them.
 */
#include "check.h"
#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

static void thirty_two(void)
{
    mbstate_t state;
    memset(&state, 0, sizeof state);
    char32_t c = 0;
    CHECK_EQ(mbrtoc32(&c, "A", 1, &state), 1);
    CHECK(c == U'A');
    CHECK_EQ(mbrtoc32(&c, "\xc3\xa9", 2, &state), 2);
    CHECK(c == 0xe9);
    CHECK_EQ(mbrtoc32(&c, "\xe2\x82\xac!", 4, &state), 3);
    CHECK(c == 0x20ac);
    CHECK_EQ(mbrtoc32(&c, "\xf0\x9f\x98\x80", 4, &state), 4);
    CHECK(c == 0x1f600);
    CHECK_EQ(mbrtoc32(&c, "", 1, &state), 0);
    CHECK(c == 0);

    /* One byte at a time: incomplete, incomplete, then the whole character. */
    CHECK_EQ(mbrtoc32(&c, "\xe2", 1, &state), (size_t)-2);
    CHECK_EQ(mbrtoc32(&c, "\x82", 1, &state), (size_t)-2);
    CHECK(mbsinit(&state) == 0);
    CHECK_EQ(mbrtoc32(&c, "\xac", 1, &state), 1);
    CHECK(c == 0x20ac);
    CHECK(mbsinit(&state) != 0);

    /* Encoding errors: a stray continuation byte, an overlong form, a surrogate. */
    errno = 0;
    CHECK_EQ(mbrtoc32(&c, "\x80", 1, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);
    errno = 0;
    CHECK_EQ(mbrtoc32(&c, "\xc0\x80", 2, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);
    CHECK_EQ(mbrtoc32(&c, "\xed\xa0\x80", 3, &state), (size_t)-1);
    memset(&state, 0, sizeof state);
    /* A null s: as if ("", 1), resetting the state. */
    CHECK_EQ(mbrtoc32(NULL, NULL, 0, &state), 0);
    /* A null pc32: counted but not stored. */
    CHECK_EQ(mbrtoc32(NULL, "\xc3\xa9", 2, &state), 2);

    char bytes[8];
    memset(&state, 0, sizeof state);
    CHECK_EQ(c32rtomb(bytes, U'x', &state), 1);
    CHECK(bytes[0] == 'x');
    CHECK_EQ(c32rtomb(bytes, 0xe9, &state), 2);
    CHECK(memcmp(bytes, "\xc3\xa9", 2) == 0);
    CHECK_EQ(c32rtomb(bytes, 0x20ac, &state), 3);
    CHECK(memcmp(bytes, "\xe2\x82\xac", 3) == 0);
    CHECK_EQ(c32rtomb(bytes, 0x10ffff, &state), 4);
    CHECK(memcmp(bytes, "\xf4\x8f\xbf\xbf", 4) == 0);
    CHECK_EQ(c32rtomb(bytes, 0, &state), 1);
    CHECK(bytes[0] == '\0');
    errno = 0;
    CHECK_EQ(c32rtomb(bytes, 0xd800, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);
    memset(&state, 0, sizeof state);
    CHECK_EQ(c32rtomb(NULL, 0x20ac, &state), 1); /* a null s: the reset sequence, one byte */
}

static void sixteen(void)
{
    mbstate_t state;
    memset(&state, 0, sizeof state);
    char16_t c = 0;
    CHECK_EQ(mbrtoc16(&c, "\xc3\xa9", 2, &state), 2);
    CHECK(c == 0xe9);
    /* U+1F600: high surrogate with the four bytes, then the low one with (size_t)-3. */
    const char smile[] = "\xf0\x9f\x98\x80z";
    CHECK_EQ(mbrtoc16(&c, smile, 5, &state), 4);
    CHECK(c == 0xd83d);
    CHECK_EQ(mbrtoc16(&c, smile + 4, 1, &state), (size_t)-3);
    CHECK(c == 0xde00);
    CHECK_EQ(mbrtoc16(&c, smile + 4, 1, &state), 1);
    CHECK(c == u'z');
    CHECK(mbsinit(&state) != 0);

    /* c16rtomb: a high surrogate alone writes nothing; the low one completes it. */
    char bytes[8];
    memset(&state, 0, sizeof state);
    CHECK_EQ(c16rtomb(bytes, 0xd83d, &state), 0);
    CHECK_EQ(c16rtomb(bytes, 0xde00, &state), 4);
    CHECK(memcmp(bytes, "\xf0\x9f\x98\x80", 4) == 0);
    CHECK_EQ(c16rtomb(bytes, u'q', &state), 1);
    CHECK(bytes[0] == 'q');
    CHECK_EQ(c16rtomb(bytes, 0x20ac, &state), 3);
    CHECK(memcmp(bytes, "\xe2\x82\xac", 3) == 0);
    /* A low surrogate with no high one before it is an encoding error. */
    errno = 0;
    CHECK_EQ(c16rtomb(bytes, 0xdc00, &state), (size_t)-1);
    CHECK_EQ(errno, EILSEQ);

    /* u"" and U"" literals are UTF-16 and UTF-32 (__STDC_UTF_16__, __STDC_UTF_32__). */
    const char16_t pair[] = u"\U0001F600";
    CHECK(pair[0] == 0xd83d && pair[1] == 0xde00 && pair[2] == 0);
    const char32_t single[] = U"\U0001F600";
    CHECK(single[0] == 0x1f600 && single[1] == 0);
}

int main(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
    thirty_two();
    sixteen();
    return check_summary();
}
