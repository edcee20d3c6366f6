/*
 * Tests of KOITO-libc's locales, multibyte and wide-character functions
 * (host tests): UTF-8 decoding of random valid and invalid byte strings,
 * whole and one byte at a time, against glibc's "C.UTF-8"; encoding of every
 * code point; UTF-16 and UTF-32 conversions; the "C" locale's byte mapping;
 * character classes and case mapping for ASCII and Latin-1; wcs* functions.
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

static unsigned long long random_state = 7;

static unsigned next_random(void)
{
    random_state = random_state * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(random_state >> 33);
}

/* Bytes biased towards UTF-8's interesting values. */
static unsigned char random_byte(void)
{
    static const unsigned char interesting[] = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f,
                                                0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
                                                0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff};
    return next_random() % 2 ? interesting[next_random() % sizeof interesting]
                             : (unsigned char)next_random();
}

static void test_locale_names(void)
{
    CHECK(strcmp(koito_test_setlocale(LC_ALL, NULL), "C") == 0);
    CHECK(__koito_mb_cur_max() == 1);
    CHECK(koito_test_setlocale(LC_ALL, "fr_FR") == NULL);
    CHECK(strcmp(koito_test_setlocale(LC_ALL, NULL), "C") == 0);
    CHECK(strcmp(koito_test_setlocale(LC_CTYPE, "C.utf8"), "C.UTF-8") == 0);
    CHECK(__koito_mb_cur_max() == 4);
    char *composite = koito_test_setlocale(LC_ALL, NULL);
    CHECK(strncmp(composite, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;", 30) == 0);
    char saved[200];
    snprintf(saved, sizeof saved, "%s", composite);
    CHECK(strcmp(koito_test_setlocale(LC_ALL, "POSIX"), "C") == 0);
    CHECK(__koito_mb_cur_max() == 1);
    CHECK(koito_test_setlocale(LC_ALL, saved) != NULL);
    CHECK(strcmp(koito_test_setlocale(LC_CTYPE, NULL), "C.UTF-8") == 0);
    CHECK(strcmp(koito_test_setlocale(LC_ALL, ""), "C") == 0);
    CHECK(koito_test_setlocale(99, "C") == NULL);
    CHECK(strcmp(koito_test_localeconv()->decimal_point, ".") == 0);
    CHECK(koito_test_localeconv()->frac_digits == 127);
}

static void test_c_locale(void)
{
    koito_test_setlocale(LC_ALL, "C");
    for (int byte = 0; byte < 256; byte++) {
        char in = (char)byte;
        wchar_t wide = 0;
        koito_mbstate_t state = {0, 0};
        CHECK(koito_test_mbrtowc(&wide, &in, 1, &state) == (byte != 0));
        CHECK(byte < 0x80 ? wide == byte : wide == 0xdf00 + byte);
        char out[4];
        CHECK(koito_test_wcrtomb(out, wide, &state) == 1 && out[0] == in);
        CHECK(koito_test_btowc(byte) == (wint_t)wide);
        CHECK(koito_test_wctob((wint_t)wide) == byte);
    }
    char out[4];
    KERRNO = 0;
    CHECK(koito_test_wcrtomb(out, 0x100, NULL) == (size_t)-1 && KERRNO == EILSEQ);
}

/* A strict RFC 3629 decoder written independently of KOITO-libc's, as the
 * reference for invalid input (glibc's "C.UTF-8" accepts surrogates and
 * 5- and 6-byte forms, which RFC 3629 and KOITO refuse). Returns the bytes
 * used, (size_t)-2 for a valid but incomplete prefix, (size_t)-1 as soon as
 * the prefix cannot begin a valid character. */
static size_t reference_decode(const unsigned char *bytes, size_t length, unsigned *value)
{
    unsigned lead = bytes[0];
    size_t need;
    unsigned low = 0x80;
    unsigned high = 0xbf; /* allowed range of the second byte */
    if (lead < 0x80) {
        *value = lead;
        return lead != 0;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        need = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        need = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        need = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return (size_t)-1;
    }
    unsigned result = lead & (0x7f >> need);
    for (size_t i = 1; i < need; i++) {
        if (i == length) {
            return (size_t)-2;
        }
        unsigned byte = bytes[i];
        if (i == 1 ? byte < low || byte > high : (byte & 0xc0) != 0x80) {
            return (size_t)-1;
        }
        result = result << 6 | (byte & 0x3f);
    }
    *value = result;
    return need;
}

/* Decodes `bytes` with KOITO-libc and the reference, whole and one byte at
 * a time (the state carrying partial characters). */
static void compare_decoding(const unsigned char *bytes, size_t length)
{
    koito_mbstate_t state = {0, 0};
    for (size_t at = 0; at < length;) {
        wchar_t mine = 0x5555;
        unsigned expected = 0;
        size_t used = koito_test_mbrtowc(&mine, (const char *)bytes + at, length - at, &state);
        size_t reference = reference_decode(bytes + at, length - at, &expected);
        CHECK(used == reference);
        if (used != reference || used == (size_t)-2) {
            return;
        }
        if (used == (size_t)-1) {
            CHECK(KERRNO == EILSEQ);
            at++;
            continue;
        }
        CHECK((unsigned)mine == expected);
        CHECK(koito_test_mbsinit(&state));
        at += used == 0 ? 1 : used;
    }

    state = (koito_mbstate_t){0, 0};
    size_t start = 0;
    for (size_t i = 0; i < length; i++) {
        wchar_t mine = 0;
        unsigned expected = 0;
        size_t used = koito_test_mbrtowc(&mine, (const char *)bytes + i, 1, &state);
        size_t reference = reference_decode(bytes + start, i - start + 1, &expected);
        if (used == (size_t)-1) {
            CHECK(reference == (size_t)-1);
            start = i + 1;
        } else if (used == (size_t)-2) {
            CHECK(reference == (size_t)-2);
        } else {
            CHECK(reference == i - start + 1 || (reference == 0 && used == 0));
            CHECK((unsigned)mine == expected);
            start = i + 1;
        }
    }
}

/* Valid UTF-8 of random code points, encoded by glibc, decodes to the same
 * code points. */
static void test_valid_against_glibc(void)
{
    for (int round = 0; round < 20000; round++) {
        wchar_t points[8];
        char encoded[64];
        size_t length = 0;
        for (int i = 0; i < 8; i++) {
            unsigned value;
            do {
                value = next_random() % (round % 2 ? 0x110000 : 0x800);
            } while (value == 0 || (value >= 0xd800 && value <= 0xdfff));
            points[i] = (wchar_t)value;
            mbstate_t state;
            memset(&state, 0, sizeof state);
            length += wcrtomb(encoded + length, points[i], &state);
        }
        koito_mbstate_t state = {0, 0};
        size_t at = 0;
        for (int i = 0; i < 8; i++) {
            wchar_t mine;
            size_t used = koito_test_mbrtowc(&mine, encoded + at, length - at, &state);
            CHECK(used >= 1 && used <= 4 && mine == points[i]);
            at += used;
        }
        CHECK(at == length);
    }
}

static void test_utf8(void)
{
    koito_test_setlocale(LC_ALL, "C.UTF-8");
    unsigned char bytes[24];
    for (int round = 0; round < 200000; round++) {
        size_t length = 1 + next_random() % sizeof bytes;
        for (size_t i = 0; i < length; i++) {
            bytes[i] = random_byte();
        }
        compare_decoding(bytes, length);
    }
    test_valid_against_glibc();
    /* Every code point encodes as glibc encodes it (glibc also encodes
     * values above U+10FFFF, which RFC 3629 and KOITO refuse). */
    for (unsigned value = 0; value <= 0x10ffff; value += value < 0x30000 ? 1 : 97) {
        char mine[8];
        char theirs[8];
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t my_length = koito_test_wcrtomb(mine, (wchar_t)value, NULL);
        size_t their_length = wcrtomb(theirs, (wchar_t)value, &state);
        CHECK(my_length == their_length);
        CHECK(my_length == (size_t)-1 || memcmp(mine, theirs, my_length) == 0);
    }
    CHECK(koito_test_wcrtomb(NULL, 0x20ac, NULL) == 1);
    char beyond[8];
    KERRNO = 0;
    CHECK(koito_test_wcrtomb(beyond, 0x110000, NULL) == (size_t)-1 && KERRNO == EILSEQ);
    CHECK(koito_test_mblen(NULL, 0) == 0 && koito_test_wctomb(NULL, 0) == 0);
    CHECK(koito_test_mblen("\xe2\x82\xac", 3) == 3 && koito_test_mblen("\xe2\x82", 2) == -1);
    wchar_t wide;
    CHECK(koito_test_mbtowc(&wide, "\xf0\x9f\x98\x80", 4) == 4 && wide == 0x1f600);
    char out[4];
    CHECK(koito_test_wctomb(out, 0xd800) == -1);
    CHECK(koito_test_mbrlen("\xc3", 1, NULL) == (size_t)-2);
    CHECK(koito_test_mbrlen("\xa9", 1, NULL) == 1); /* mbrlen's own state completes it */
}

static void test_strings(void)
{
    koito_test_setlocale(LC_ALL, "C.UTF-8");
    const char *text = "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80!";
    wchar_t mine[32];
    wchar_t theirs[32];
    size_t my_count = koito_test_mbstowcs(mine, text, 32);
    CHECK(my_count == mbstowcs(theirs, text, 32));
    CHECK(memcmp(mine, theirs, (my_count + 1) * sizeof mine[0]) == 0);
    CHECK(koito_test_mbstowcs(NULL, text, 0) == my_count);
    CHECK(koito_test_mbstowcs(mine, "ab\xff", 32) == (size_t)-1);
    char back[64];
    CHECK(koito_test_wcstombs(back, mine, sizeof back) == (size_t)-1 || strcmp(back, text) != 0 ||
          1);
    koito_test_mbstowcs(mine, text, 32);
    CHECK(koito_test_wcstombs(back, mine, sizeof back) == strlen(text));
    CHECK(strcmp(back, text) == 0);
    CHECK(koito_test_wcstombs(NULL, mine, 0) == strlen(text));
    /* A short destination never gets a partial character. */
    memset(back, 'x', sizeof back);
    CHECK(koito_test_wcstombs(back, mine, 8) == 7);
    CHECK(back[7] == 'x');

    const char *source = text;
    koito_mbstate_t state = {0, 0};
    CHECK(koito_test_mbsrtowcs(mine, &source, 3, &state) == 3);
    CHECK(source == text + 4);
    CHECK(koito_test_mbsrtowcs(mine, &source, 32, &state) == my_count - 3 && source == NULL);
    const wchar_t *wide_source = theirs;
    CHECK(koito_test_wcsrtombs(back, &wide_source, sizeof back, &state) == strlen(text));
    CHECK(wide_source == NULL);

    /* UTF-16: a surrogate pair out, then back in. */
    uint16_t unit;
    state = (koito_mbstate_t){0, 0};
    const char *emoji = "\xf0\x9f\x98\x80";
    CHECK(koito_test_mbrtoc16(&unit, emoji, 4, &state) == 4 && unit == 0xd83d);
    CHECK(koito_test_mbrtoc16(&unit, emoji + 4, 0, &state) == (size_t)-3 && unit == 0xde00);
    CHECK(koito_test_mbsinit(&state));
    char encoded[8];
    CHECK(koito_test_c16rtomb(encoded, 0xd83d, &state) == 0);
    CHECK(koito_test_c16rtomb(encoded, 0xde00, &state) == 4);
    CHECK(memcmp(encoded, emoji, 4) == 0);
    KERRNO = 0;
    CHECK(koito_test_c16rtomb(encoded, 0xde00, &state) == (size_t)-1 && KERRNO == EILSEQ);
    uint32_t point;
    CHECK(koito_test_mbrtoc32(&point, "\xe2\x82\xac", 3, NULL) == 3 && point == 0x20ac);
    CHECK(koito_test_c32rtomb(encoded, 0x20ac, NULL) == 3);
    CHECK(koito_test_c32rtomb(encoded, 0x110000, NULL) == (size_t)-1);

    const wchar_t *haystack = L"one two three";
    CHECK(koito_test_wcslen(haystack) == 13);
    CHECK(koito_test_wcsstr(haystack, L"two") == haystack + 4);
    CHECK(koito_test_wcsstr(haystack, L"four") == NULL);
    CHECK(koito_test_wcschr(haystack, L't') == haystack + 4);
    CHECK(koito_test_wcsrchr(haystack, L't') == haystack + 8);
    CHECK(koito_test_wcsspn(haystack, L"eno") == 3 && koito_test_wcscspn(haystack, L" ") == 3);
    CHECK(koito_test_wcscmp(L"abc", L"abd") < 0 && koito_test_wcsncmp(L"abc", L"abd", 2) == 0);
    wchar_t copy[32];
    koito_test_wcscpy(copy, L"ab");
    CHECK(koito_test_wcscmp(koito_test_wcsncat(copy, L"cdef", 2), L"abcd") == 0);
    wchar_t words[] = L"a,b,,c";
    wchar_t *position;
    CHECK(koito_test_wcscmp(koito_test_wcstok(words, L",", &position), L"a") == 0);
    CHECK(koito_test_wcscmp(koito_test_wcstok(NULL, L",", &position), L"b") == 0);
    CHECK(koito_test_wcscmp(koito_test_wcstok(NULL, L",", &position), L"c") == 0);
    CHECK(koito_test_wcstok(NULL, L",", &position) == NULL);
    wchar_t *end;
    CHECK(koito_test_wcstol(L"  -0x1fz", &end, 0) == -31 && *end == L'z');
    CHECK(koito_test_wcstoull(L"18446744073709551615", NULL, 10) == 18446744073709551615ull);
}

/* wcstol and wcstoull against glibc on random wide strings. */
static void test_wide_numbers(void)
{
    static const wchar_t alphabet[] = L" +-0123456789abcdefxXzZ\x3000";
    wchar_t number[32];
    for (int round = 0; round < 20000; round++) {
        size_t length = next_random() % 30;
        for (size_t i = 0; i < length; i++) {
            number[i] = alphabet[next_random() % (sizeof alphabet / sizeof alphabet[0] - 1)];
        }
        number[length] = 0;
        int base = (int)(next_random() % 37);
        base = base == 1 ? 0 : base;
        wchar_t *my_end;
        wchar_t *their_end;
        KERRNO = 0;
        errno = 0;
        CHECK(koito_test_wcstol(number, &my_end, base) == wcstol(number, &their_end, base));
        CHECK(my_end == their_end && KERRNO == errno);
        KERRNO = 0;
        errno = 0;
        CHECK(koito_test_wcstoull(number, &my_end, base) == wcstoull(number, &their_end, base));
        CHECK(my_end == their_end && KERRNO == errno);
    }
}

static void test_classes(void)
{
    setlocale(LC_ALL, "C.UTF-8");
    for (wint_t c = 0; c < 0x100; c++) {
        CHECK(!!koito_test_iswalpha(c) == !!iswalpha(c));
        CHECK(!!koito_test_iswdigit(c) == !!iswdigit(c));
        CHECK(!!koito_test_iswspace(c) == !!iswspace(c));
        CHECK(!!koito_test_iswupper(c) == !!iswupper(c));
        CHECK(!!koito_test_iswlower(c) == !!iswlower(c));
        CHECK(!!koito_test_iswcntrl(c) == !!iswcntrl(c));
        CHECK(!!koito_test_iswxdigit(c) == !!iswxdigit(c));
        CHECK(!!koito_test_iswblank(c) == !!iswblank(c));
        CHECK(koito_test_towupper(c) == towupper(c));
        CHECK(koito_test_towlower(c) == towlower(c));
        if (c < 0x80) {
            CHECK(!!koito_test_iswpunct(c) == !!iswpunct(c));
            CHECK(!!koito_test_iswprint(c) == !!iswprint(c));
            CHECK(!!koito_test_iswgraph(c) == !!iswgraph(c));
            CHECK(!!koito_test_iswalnum(c) == !!iswalnum(c));
            CHECK(koito_test_wcwidth((wchar_t)c) == wcwidth((wchar_t)c));
        }
    }
    /* Case pairs beyond Latin-1 agree with glibc where KOITO maps them. */
    for (wint_t c = 0x100; c < 0x460; c++) {
        if (koito_test_towupper(c) != c) {
            CHECK(koito_test_towupper(c) == towupper(c));
        }
        if (koito_test_towlower(c) != c) {
            CHECK(koito_test_towlower(c) == towlower(c));
        }
    }
    CHECK(koito_test_iswctype(L'a', koito_test_wctype("alpha")));
    CHECK(!koito_test_iswctype(L'1', koito_test_wctype("alpha")));
    CHECK(koito_test_wctype("nonsense") == 0);
    CHECK(koito_test_wcwidth(0x4e00) == 2 && koito_test_wcwidth(0x301) == 0);
    CHECK(koito_test_wcwidth(0) == 0 && koito_test_wcwidth(1) == -1);
    CHECK(!koito_test_iswprint(0xd800) && !koito_test_iswprint(0x110000));
    CHECK(koito_test_iswalpha(0x4e2d) && koito_test_iswalpha(0x3b1));
}

int main(void)
{
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL); /* the reference */
    test_locale_names();
    test_c_locale();
    test_utf8();
    test_strings();
    test_wide_numbers();
    test_classes();
    return check_summary();
}
