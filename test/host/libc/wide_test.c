/*
 * Tests of KOITO-libc's wide formatted I/O, wide streams and wide
 * conversions (host tests): swprintf and swscanf against glibc's on the
 * same formats and values, in the "C" locale and in UTF-8; %lc and %ls in
 * the byte printf and scanf; wcstod, wcstof, wcstold and wcsftime against
 * glibc; fputws, fwprintf, fgetwc, fgetws, ungetwc and fwide on memory
 * streams, including invalid input.
 */
#define _GNU_SOURCE
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Formats with both libraries; the results and the output must be equal. */
#define SAME_WIDE(format, ...)                                                                     \
    do {                                                                                           \
        wchar_t ours_[256], theirs_[256];                                                          \
        int expected_ = swprintf(theirs_, 256, format, __VA_ARGS__);                               \
        int actual_ = koito_test_swprintf(ours_, 256, format, __VA_ARGS__);                        \
        CHECK_EQ(actual_, expected_);                                                              \
        if (actual_ >= 0 && expected_ >= 0 && wcscmp(ours_, theirs_) != 0) {                       \
            fprintf(stderr, "swprintf(%ls): ours \"%ls\", glibc \"%ls\"\n", format, ours_,         \
                    theirs_);                                                                      \
            CHECK(0);                                                                              \
        }                                                                                          \
    } while (0)

static void test_swprintf_numbers(void)
{
    static const int integers[] = {0, 1, -1, 42, -12345, 2147483647, -2147483647 - 1};
    static const wchar_t *const integer_formats[] = {
        L"%d", L"%5d", L"%-5d|", L"%05d", L"%+d",  L"% d", L"%.3d",  L"%8.3d",
        L"%x", L"%#X", L"%#o",   L"%u",   L"%hhd", L"%hd", L"[%*d]", L"%-+08.4i"};
    for (size_t f = 0; f < sizeof integer_formats / sizeof integer_formats[0]; f++) {
        for (size_t i = 0; i < sizeof integers / sizeof integers[0]; i++) {
            if (wcschr(integer_formats[f], L'*') != NULL) {
                SAME_WIDE(integer_formats[f], -7, integers[i]);
            } else {
                SAME_WIDE(integer_formats[f], integers[i]);
            }
        }
    }
    SAME_WIDE(L"%ld %lld %zu %jd %td", -5L, 1LL << 40, (size_t)77, (intmax_t)-3, (ptrdiff_t)9);
    SAME_WIDE(L"%lx %llo %hhu %hu", 0xdeadbeefL, 0777ULL, 300, 70000);

    static const double doubles[] = {0.0, -0.0,       1.5, -2.25, 1e300, 1e-300, 3.14159265358979,
                                     0.1, 123456789.0};
    static const wchar_t *const double_formats[] = {L"%f", L"%.0f", L"%10.3f",   L"%e", L"%E",
                                                    L"%g", L"%#g",  L"%-12.4g|", L"%a", L"%+.2e"};
    for (size_t f = 0; f < sizeof double_formats / sizeof double_formats[0]; f++) {
        for (size_t i = 0; i < sizeof doubles / sizeof doubles[0]; i++) {
            SAME_WIDE(double_formats[f], doubles[i]);
        }
    }
    SAME_WIDE(L"%Lf %Le %.3Lg", 1.25L, -3e100L, 2.0L / 3.0L);
    SAME_WIDE(L"%f %F", (double)INFINITY, (double)-INFINITY);
    SAME_WIDE(L"100%% %d%%", 5);
}

static void test_swprintf_characters(void)
{
    SAME_WIDE(L"[%c][%3c][%-3c]", 'a', 'b', 'c');
    SAME_WIDE(L"[%lc][%4lc]", (wint_t)L'x', (wint_t)L'y');
    SAME_WIDE(L"[%s][%8s][%-8s][%.2s][%5.1s]", "abc", "abc", "abc", "abc", "abc");
    SAME_WIDE(L"[%ls][%8ls][%-8ls][%.2ls][%*.*ls]", L"wide", L"wide", L"wide", L"wide", 6, 3,
              L"wide");
    SAME_WIDE(L"literal text only %s", "");

    /* C: output that does not fit is -1, and what fitted is terminated. */
    wchar_t small[5];
    CHECK_EQ(koito_test_swprintf(small, 5, L"%s", "abcdefgh"), -1);
    CHECK(wcscmp(small, L"abcd") == 0);
    CHECK_EQ(koito_test_swprintf(small, 5, L"%d", 1234), 4);
    CHECK(wcscmp(small, L"1234") == 0);

    /* %n stores the count of wide characters so far; %Ln is refused. */
    int count = 0;
    short short_count = 0;
    CHECK_EQ(koito_test_swprintf(small, 5, L"ab%nc%hn", &count, &short_count), 3);
    CHECK_EQ(count, 2);
    CHECK_EQ(short_count, 3);
    KERRNO = 0;
    CHECK_EQ(koito_test_swprintf(small, 5, L"%Ln", &count), -1);
    CHECK_EQ(KERRNO, EINVAL);
    KERRNO = 0;
    CHECK_EQ(koito_test_swprintf(small, 5, L"%y", 1), -1);
    CHECK_EQ(KERRNO, EINVAL);
}

static void test_utf8(void)
{
    CHECK(koito_test_setlocale(LC_ALL, "C.UTF-8") != NULL);
    CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);

    /* Widths and precisions count wide characters in the wide printf. */
    SAME_WIDE(L"[%5ls][%-4s][%.2s][%3lc]", L"\u00e9t\u00e9", "\u00fcber", "\u65e5\u672c\u8a9e",
              (wint_t)L'\u00df');
    /* ... and bytes in the byte printf, never cutting a character. */
    char ours[64], theirs[64];
    int expected = snprintf(theirs, sizeof theirs, "[%ls][%.4ls][%6ls][%lc]", L"\u65e5\u672c",
                            L"\u65e5\u672c", L"\u00e9", (wint_t)L'\u20ac');
    int actual = koito_test_snprintf(ours, sizeof ours, "[%ls][%.4ls][%6ls][%lc]", L"\u65e5\u672c",
                                     L"\u65e5\u672c", L"\u00e9", (wint_t)L'\u20ac');
    CHECK_EQ(actual, expected);
    CHECK(strcmp(ours, theirs) == 0);
    CHECK(strcmp(ours, "[\u65e5\u672c][\u65e5][    \u00e9][\u20ac]") == 0);

    /* An invalid multibyte %s argument fails with EILSEQ. */
    wchar_t wide[16];
    KERRNO = 0;
    CHECK_EQ(koito_test_swprintf(wide, 16, L"%s", "\xff"), -1);
    CHECK_EQ(KERRNO, EILSEQ);

    /* The byte scanf converts %ls, %lc and %l[ character by character, as
     * glibc does (widths count characters). */
    static const char scan_input[] = "\u00e9t\u00e9 \u00df\u65e5\u65e5x \u00e0\u00e1\u00e2";
    static const char scan_format[] = "%ls %lc%l[\u65e5]x %2lc";
    wchar_t word[8] = {0}, set[8] = {0}, pair[3] = {0};
    wchar_t their_word[8] = {0}, their_set[8] = {0}, their_pair[3] = {0};
    wchar_t character = 0, their_character = 0;
    CHECK_EQ(koito_test_sscanf(scan_input, scan_format, word, &character, set, pair),
             sscanf(scan_input, scan_format, their_word, &their_character, their_set, their_pair));
    CHECK(wcscmp(word, their_word) == 0 && wcscmp(word, L"\u00e9t\u00e9") == 0);
    CHECK(character == their_character && character == L'\u00df');
    CHECK(wcscmp(set, their_set) == 0 && wcscmp(set, L"\u65e5\u65e5") == 0);
    CHECK(wmemcmp(pair, their_pair, 2) == 0 && wmemcmp(pair, L"\u00e0\u00e1", 2) == 0);
    CHECK_EQ(koito_test_sscanf("\xc3", "%ls", word), 0); /* cut off inside a character */

    /* The wide scanf. */
    int number = 0;
    double value = 0;
    char bytes[16] = {0};
    wchar_t name[16] = {0};
    CHECK_EQ(koito_test_swscanf(L"  42 2.5e1 \u00e9l\u00e8ve \u65e5\u672c", L"%d %lf %s %ls",
                                &number, &value, bytes, name),
             4);
    CHECK_EQ(number, 42);
    CHECK(value == 25.0);
    CHECK(strcmp(bytes, "\u00e9l\u00e8ve") == 0);
    CHECK(wcscmp(name, L"\u65e5\u672c") == 0);

    /* wcstod skips Unicode white space (iswspace), as glibc does in UTF-8. */
    wchar_t *our_end, *their_end;
    static const wchar_t spaced[] = L"\u3000\u2003 7.5";
    CHECK(koito_test_wcstod(spaced, &our_end) == wcstod(spaced, &their_end));
    CHECK(our_end == their_end && our_end == spaced + 6);

    CHECK(koito_test_setlocale(LC_ALL, "C") != NULL);
    CHECK(setlocale(LC_ALL, "C") != NULL);
}

static void test_swscanf(void)
{
    int a = 0, b = 0;
    unsigned x = 0;
    char word[16] = {0};
    CHECK_EQ(koito_test_swscanf(L"12 -7 ff word", L"%d %i %x %15s", &a, &b, &x, word), 4);
    CHECK_EQ(a, 12);
    CHECK_EQ(b, -7);
    CHECK_EQ(x, 0xff);
    CHECK(strcmp(word, "word") == 0);
    CHECK_EQ(koito_test_swscanf(L"", L"%d", &a), EOF);
    CHECK_EQ(koito_test_swscanf(L"abc", L"%d", &a), 0);
    CHECK_EQ(koito_test_swscanf(L"7:8", L"%d:%d", &a, &b), 2);
    CHECK_EQ(b, 8);
}

static void test_wcstod(void)
{
    static const wchar_t *const inputs[] = {L"0",
                                            L"  -1.5e3xyz",
                                            L"0x1.8p1",
                                            L"inf",
                                            L"-nan",
                                            L"1e400",
                                            L"4.9e-324",
                                            L"1e-400",
                                            L".",
                                            L"+.5e",
                                            L"123456789012345678901",
                                            L"0.1\u00e9"};
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        wchar_t *our_end, *their_end;
        errno = 0;
        double expected = wcstod(inputs[i], &their_end);
        int expected_errno = errno;
        KERRNO = 0;
        double actual = koito_test_wcstod(inputs[i], &our_end);
        CHECK(memcmp(&actual, &expected, sizeof actual) == 0 ||
              (actual != actual && expected != expected));
        CHECK(our_end == their_end);
        CHECK_EQ(KERRNO, expected_errno);
        if (our_end != their_end) {
            fprintf(stderr, "wcstod(\"%ls\"): end %td, glibc %td\n", inputs[i], our_end - inputs[i],
                    their_end - inputs[i]);
        }

        float expected_float = wcstof(inputs[i], &their_end);
        float actual_float = koito_test_wcstof(inputs[i], &our_end);
        CHECK(actual_float == expected_float ||
              (actual_float != actual_float && expected_float != expected_float));
        CHECK(our_end == their_end);
        long double expected_long = wcstold(inputs[i], &their_end);
        long double actual_long = koito_test_wcstold(inputs[i], &our_end);
        CHECK(actual_long == expected_long ||
              (actual_long != actual_long && expected_long != expected_long));
        CHECK(our_end == their_end);
    }
}

static void test_wcsftime(void)
{
    struct tm time = {.tm_year = 124,
                      .tm_mon = 1,
                      .tm_mday = 29,
                      .tm_hour = 13,
                      .tm_min = 5,
                      .tm_sec = 9,
                      .tm_wday = 4,
                      .tm_yday = 59};
    wchar_t ours[64], theirs[64];
    size_t expected = wcsftime(theirs, 64, L"%Y-%m-%d %H:%M:%S %a %b %j %%", &time);
    size_t actual = koito_test_wcsftime(ours, 64, L"%Y-%m-%d %H:%M:%S %a %b %j %%", &time);
    CHECK_EQ(actual, expected);
    CHECK(wcscmp(ours, theirs) == 0);
    CHECK_EQ(koito_test_wcsftime(ours, 5, L"%Y-%m-%d", &time), 0); /* does not fit */
    CHECK_EQ(koito_test_wcsftime(ours, 11, L"%Y-%m-%d", &time), 10);
}

static void test_streams(void)
{
    CHECK(koito_test_setlocale(LC_ALL, "C.UTF-8") != NULL);
    char *buffer = NULL;
    size_t size = 0;
    KFILE *out = koito_test_open_memstream(&buffer, &size);
    CHECK(out != NULL);
    CHECK_EQ(koito_test_fwide(out, 0), 0);
    CHECK(koito_test_fputws(L"gr\u00fc\u00df ", out) >= 0);
    CHECK_EQ(koito_test_fwide(out, -1), 1); /* oriented wide by the first wide write */
    CHECK_EQ(koito_test_fwprintf(out, L"%d %ls|%-3lc|", 7, L"\u65e5", (wint_t)L'x'), 8);
    CHECK(koito_test_fputwc(L'\u20ac', out) == L'\u20ac');
    KERRNO = 0;
    CHECK(koito_test_fputwc((wchar_t)0xd800, out) == WEOF); /* a surrogate: not encodable */
    CHECK_EQ(KERRNO, EILSEQ);
    CHECK_EQ(koito_test_fclose(out), 0);
    CHECK(strcmp(buffer, "gr\u00fc\u00df 7 \u65e5|x  |\u20ac") == 0);

    KFILE *in = koito_test_fmemopen(buffer, strlen(buffer), "r");
    CHECK(in != NULL);
    CHECK(koito_test_fgetwc(in) == L'g');
    CHECK(koito_test_fgetwc(in) == L'r');
    CHECK(koito_test_fgetwc(in) == L'\u00fc');
    CHECK(koito_test_ungetwc(L'\u00fc', in) == L'\u00fc');
    CHECK(koito_test_fgetwc(in) == L'\u00fc');
    wchar_t line[8];
    CHECK(koito_test_fgetws(line, 4, in) == line);
    CHECK(wcscmp(line, L"\u00df 7") == 0);
    int number = 0;
    wchar_t word[4] = {0};
    CHECK_EQ(koito_test_fwscanf(in, L" %ls", word), 1);
    CHECK(wcscmp(word, L"\u65e5|x") == 0);
    CHECK(koito_test_fgetws(line, 8, in) == line);
    CHECK(wcscmp(line, L"  |\u20ac") == 0);
    CHECK(koito_test_fgetwc(in) == WEOF);
    CHECK(koito_test_fgetws(line, 8, in) == NULL);
    CHECK_EQ(koito_test_fclose(in), 0);
    (void)number;

    char invalid[] = "a\xe2\x82";
    in = koito_test_fmemopen(invalid, 3, "r");
    CHECK(koito_test_fgetwc(in) == L'a');
    KERRNO = 0;
    CHECK(koito_test_fgetwc(in) == WEOF); /* cut off inside a character */
    CHECK_EQ(KERRNO, EILSEQ);
    CHECK_EQ(koito_test_fclose(in), 0);
    koito_test_free(buffer);
    CHECK(koito_test_setlocale(LC_ALL, "C") != NULL);
}

int main(void)
{
    test_swprintf_numbers();
    test_swprintf_characters();
    test_utf8();
    test_swscanf();
    test_wcstod();
    test_wcsftime();
    test_streams();
    return check_summary();
}
