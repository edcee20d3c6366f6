/*
 * ISO C17 7.22 <stdlib.h>: the strto* family (bases, prefixes, signs, overflow to ERANGE with
 * the limits, endptr on success and on no conversion), strtod's hexadecimal floats, infinities
 * and NaNs, the ato* functions, qsort and bsearch, abs/div and their kinds, rand's sequence
 * repeating for one seed, getenv, the allocation functions' semantics, and the multibyte
 * functions in the "C" locale. Program termination is in stdlib_exit.c.
 */
#include "check.h"
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void integers(void)
{
    char *end;
    CHECK_EQ(strtol("  -123abc", &end, 10), -123);
    CHECK(strcmp(end, "abc") == 0);
    CHECK_EQ(strtol("+77", NULL, 8), 077);
    CHECK_EQ(strtol("0x1F", &end, 16), 31);
    CHECK(*end == '\0');
    CHECK_EQ(strtol("0x1F", &end, 0), 31);
    CHECK_EQ(strtol("017", &end, 0), 15);
    CHECK_EQ(strtol("0", &end, 0), 0);
    CHECK(*end == '\0');
    CHECK_EQ(strtol("zz", &end, 36), 35 * 36 + 35);
    CHECK_EQ(strtol("Zz", &end, 36), 35 * 36 + 35);
    CHECK_EQ(strtol("1010", NULL, 2), 10);
    CHECK_EQ(strtol("12", &end, 2), 1);
    CHECK(strcmp(end, "2") == 0);
    /* "0x" with nothing hexadecimal after it: the subject is "0", end points at the x. */
    const char *hex_only = "0xg";
    CHECK_EQ(strtol(hex_only, &end, 16), 0);
    CHECK(end == hex_only + 1);
    CHECK_EQ(strtol(hex_only, &end, 0), 0);
    CHECK(end == hex_only + 1);

    /* No conversion: 0, endptr is the string itself, even after white space or a sign. */
    const char *none = "  -x";
    CHECK_EQ(strtol(none, &end, 10), 0);
    CHECK(end == none);
    CHECK_EQ(strtoul("", &end, 10), 0);
    CHECK(*end == '\0');

    /* Overflow: the limit of the type and ERANGE. */
    errno = 0;
    CHECK_EQ(strtol("9223372036854775808", &end, 10), LONG_MAX);
    CHECK_EQ(errno, ERANGE);
    CHECK(*end == '\0');
    errno = 0;
    CHECK_EQ(strtol("-9223372036854775809", NULL, 10), LONG_MIN);
    CHECK_EQ(errno, ERANGE);
    errno = 0;
    CHECK_EQ(strtol("-9223372036854775808", NULL, 10), LONG_MIN);
    CHECK_EQ(errno, 0);
    errno = 0;
    CHECK(strtoll("99999999999999999999999", NULL, 10) == LLONG_MAX && errno == ERANGE);
    errno = 0;
    CHECK(strtoull("18446744073709551616", NULL, 10) == ULLONG_MAX && errno == ERANGE);
    errno = 0;
    CHECK(strtoul("18446744073709551615", NULL, 10) == ULONG_MAX && errno == 0);
    /* Unsigned conversion of a negative number: negated in the return type. */
    CHECK(strtoul("-1", NULL, 10) == ULONG_MAX);
    CHECK(strtoull("-2", NULL, 10) == ULLONG_MAX - 1);

    CHECK_EQ(atoi("  42xyz"), 42);
    CHECK_EQ(atol("-17"), -17);
    CHECK_EQ(atoll("123456789012"), 123456789012LL);
}

static void floating(void)
{
    char *end;
    CHECK(strtod("1.5", &end) == 1.5 && *end == '\0');
    CHECK(strtod("  -2.5e3x", &end) == -2500.0 && *end == 'x');
    CHECK(strtod(".5", NULL) == 0.5);
    CHECK(strtod("5.", NULL) == 5.0);
    CHECK(strtod("1e-2", NULL) == 0.01);
    /* An exponent without digits is not part of the subject. */
    CHECK(strtod("1e+", &end) == 1.0 && strcmp(end, "e+") == 0);
    const char *none = ".e1";
    CHECK(strtod(none, &end) == 0.0 && end == none);
    CHECK(strtod("0.1", NULL) == 0.1); /* correctly rounded like the compiler's literal */
    CHECK(strtod("2.2250738585072014e-308", NULL) == DBL_MIN);
    CHECK(strtod("1.7976931348623157e308", NULL) == DBL_MAX);

    /* Hexadecimal floats. */
    CHECK(strtod("0x1p4", NULL) == 16.0);
    CHECK(strtod("0X1.8P+1", NULL) == 3.0);
    CHECK(strtod("0x.8", NULL) == 0.5);
    CHECK(strtod("-0x1.fffffffffffffp1023", NULL) == -DBL_MAX);
    CHECK(strtod("0x1p-1074", NULL) == 0x1p-1074);
    const char *hex_no_digits = "0xp1";
    CHECK(strtod(hex_no_digits, &end) == 0.0 && end == hex_no_digits + 1);

    /* Infinity and NaN, in any case, with their optional parts. */
    CHECK(isinf(strtod("inf", &end)) && *end == '\0');
    CHECK(strtod("-INFINITY", &end) == -INFINITY && *end == '\0');
    CHECK(isinf(strtod("infinit", &end)) && strcmp(end, "init") == 0);
    CHECK(isnan(strtod("nan", &end)) && *end == '\0');
    CHECK(isnan(strtod("NaN(123abc_)", &end)) && *end == '\0');
    CHECK(isnan(strtod("nan(", &end)) && strcmp(end, "(") == 0);
    CHECK(signbit(strtod("-0", NULL)) && strtod("-0", NULL) == 0.0);

    /* Overflow: ±HUGE_VAL and ERANGE; underflow: a value no larger than the smallest normal in
     * magnitude (and ERANGE when it is zero). */
    errno = 0;
    CHECK(strtod("1e400", NULL) == HUGE_VAL && errno == ERANGE);
    errno = 0;
    CHECK(strtod("-1e400", NULL) == -HUGE_VAL && errno == ERANGE);
    errno = 0;
    double tiny = strtod("1e-400", NULL);
    CHECK(tiny == 0.0 && errno == ERANGE);
    errno = 0;
    CHECK(strtof("1e39", NULL) == HUGE_VALF && errno == ERANGE);
    CHECK(strtof("0.1", NULL) == 0.1f);
    CHECK(strtof("0x1.fffffep127", NULL) == FLT_MAX);
    CHECK(strtold("0.5", NULL) == 0.5L);
    CHECK(strtold("-0x1p-3", NULL) == -0.125L);
    CHECK(atof("3.25") == 3.25);
}

static int compare_ints(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

struct keyed {
    int key;
    int order;
};

static int compare_keyed(const void *a, const void *b)
{
    return compare_ints(&((const struct keyed *)a)->key, &((const struct keyed *)b)->key);
}

static void sorting(void)
{
    int values[100];
    for (int i = 0; i < 100; i++)
        values[i] = (i * 37) % 101 - 50;
    qsort(values, 100, sizeof *values, compare_ints);
    int sorted = 1;
    for (int i = 1; i < 100; i++)
        sorted &= values[i - 1] <= values[i];
    CHECK(sorted);
    qsort(values, 0, sizeof *values, compare_ints);

    struct keyed records[7] = {{3, 0}, {1, 1}, {2, 2}, {1, 3}, {3, 4}, {0, 5}, {2, 6}};
    qsort(records, 7, sizeof *records, compare_keyed);
    int keys_sorted = 1;
    for (int i = 1; i < 7; i++)
        keys_sorted &= records[i - 1].key <= records[i].key;
    CHECK(keys_sorted);

    for (int i = 0; i < 100; i++) {
        int *found = bsearch(&values[i], values, 100, sizeof *values, compare_ints);
        CHECK(found != NULL && *found == values[i]);
    }
    int missing = 1000;
    CHECK(bsearch(&missing, values, 100, sizeof *values, compare_ints) == NULL);
    CHECK(bsearch(&missing, values, 0, sizeof *values, compare_ints) == NULL);
}

static void arithmetic(void)
{
    CHECK_EQ(abs(-5), 5);
    CHECK_EQ(abs(INT_MAX), INT_MAX);
    CHECK_EQ(labs(-5L), 5L);
    CHECK_EQ(llabs(-5LL), 5LL);
    div_t d = div(7, -2);
    CHECK(d.quot == -3 && d.rem == 1); /* truncation toward zero */
    d = div(-7, 2);
    CHECK(d.quot == -3 && d.rem == -1);
    ldiv_t ld = ldiv(-100L, 7L);
    CHECK(ld.quot == -14 && ld.rem == -2);
    lldiv_t lld = lldiv(LLONG_MAX, 2);
    CHECK(lld.quot == LLONG_MAX / 2 && lld.rem == 1);
}

static void random_numbers(void)
{
    CHECK(RAND_MAX >= 32767);
    /* The sequence repeats for the same seed; seed 1 is the default (7.22.2.2p2). */
    int first[16];
    for (int i = 0; i < 16; i++) {
        first[i] = rand();
        CHECK(first[i] >= 0 && first[i] <= RAND_MAX);
    }
    srand(1);
    int same = 1;
    for (int i = 0; i < 16; i++)
        same &= rand() == first[i];
    CHECK(same);
    srand(12345);
    int a = rand(), b = rand();
    srand(12345);
    CHECK(rand() == a && rand() == b);
}

static void environment(void)
{
    CHECK(getenv("KOITO_CONFORMANCE_SURELY_UNSET") == NULL);
    CHECK(getenv("") == NULL);
}

static void allocation(void)
{
    /* calloc zeroes; its product overflowing fails with a null pointer. */
    unsigned char *zeroed = calloc(64, 4);
    CHECK(zeroed != NULL);
    int all_zero = 1;
    for (int i = 0; zeroed != NULL && i < 256; i++)
        all_zero &= zeroed[i] == 0;
    CHECK(all_zero);
    CHECK(calloc(SIZE_MAX / 2, 3) == NULL);

    /* realloc keeps the contents up to the lesser size. */
    unsigned char *grown = realloc(zeroed, 4096);
    CHECK(grown != NULL);
    if (grown != NULL) {
        memset(grown, 0x5a, 4096);
        unsigned char *shrunk = realloc(grown, 10);
        CHECK(shrunk != NULL);
        if (shrunk != NULL) {
            CHECK(shrunk[0] == 0x5a && shrunk[9] == 0x5a);
            grown = shrunk;
        }
        /* A failed realloc leaves the block alone. */
        CHECK(realloc(grown, SIZE_MAX - 4096) == NULL);
        CHECK(grown[0] == 0x5a);
        free(grown);
    }
    /* realloc of a null pointer is malloc. */
    char *fresh = realloc(NULL, 32);
    CHECK(fresh != NULL);
    free(fresh);
    free(NULL);
    CHECK(malloc(SIZE_MAX) == NULL);

    /* Every block is aligned for any object type; aligned_alloc for what it is asked. */
    for (size_t size = 1; size < 2000; size = size * 3 + 1) {
        void *block = malloc(size);
        CHECK(block != NULL && (uintptr_t)block % _Alignof(max_align_t) == 0);
        free(block);
    }
    for (size_t alignment = 1; alignment <= 4096; alignment *= 2) {
        void *block = aligned_alloc(alignment, alignment * 4);
        CHECK(block != NULL && (uintptr_t)block % alignment == 0);
        free(block);
    }
}

static void multibyte(void)
{
    /* The "C" locale: one byte per character; no state-dependent encodings. */
    CHECK(MB_CUR_MAX >= 1);
    CHECK_EQ(mblen(NULL, 0), 0);
    CHECK_EQ(mblen("a", 1), 1);
    CHECK_EQ(mblen("", 1), 0);
    CHECK_EQ(mblen("a", 0), -1);
    wchar_t wide = 0;
    CHECK_EQ(mbtowc(&wide, "Z", 1), 1);
    CHECK(wide == L'Z');
    CHECK_EQ(mbtowc(&wide, "", 1), 0);
    CHECK(wide == L'\0');
    CHECK_EQ(mbtowc(NULL, NULL, 0), 0);
    char bytes[MB_LEN_MAX];
    CHECK_EQ(wctomb(bytes, L'q'), 1);
    CHECK(bytes[0] == 'q');
    CHECK_EQ(wctomb(NULL, L'q'), 0);

    wchar_t wides[8];
    CHECK_EQ(mbstowcs(wides, "abc", 8), 3);
    CHECK(wides[0] == L'a' && wides[2] == L'c' && wides[3] == L'\0');
    CHECK_EQ(mbstowcs(NULL, "abcd", 0), 4);
    CHECK_EQ(mbstowcs(wides, "abcdef", 2), 2);
    char narrow[8];
    CHECK_EQ(wcstombs(narrow, L"xyz", 8), 3);
    CHECK(strcmp(narrow, "xyz") == 0);
    CHECK_EQ(wcstombs(NULL, L"xyzw", 0), 4);
    memset(narrow, '#', sizeof narrow);
    CHECK_EQ(wcstombs(narrow, L"xyzw", 2), 2);
    CHECK(narrow[2] == '#');
}

int main(void)
{
    integers();
    floating();
    sorting();
    arithmetic();
    random_numbers();
    environment();
    allocation();
    multibyte();
    return check_summary();
}
