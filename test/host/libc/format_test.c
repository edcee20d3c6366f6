/*
 * Host tests of KOITO-libc's printf engine through vsnprintf (host tests).
 *
 * The host's snprintf (glibc) is the reference: for every format the test
 * compares the full output, the return value and every truncation of the
 * output, and checks that no byte past the given size is touched. Fixed cases
 * cover each flag, width, precision, length and conversion; seeded random
 * sweeps cover integer and floating-point combinations. Cases where C leaves
 * the output to the implementation (%p of NULL) and the error paths are
 * checked against KOITO's documented results.
 */
#include "check.h"
#include "under_test.h"
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define BUFFER 2048

static int koito_snprintf(char *buffer, size_t size, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int result = koito_test_vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return result;
}

/* Formats with both implementations at `size` and compares both whole
 * buffers, which start filled with 'Z': the bytes at and after `size` must
 * stay untouched. */
static int compare_at(int line, size_t size, const char *format, va_list arguments)
{
    static char expected[BUFFER + 16];
    static char actual[BUFFER + 16];
    va_list copy;

    memset(expected, 'Z', sizeof expected);
    memset(actual, 'Z', sizeof actual);
    va_copy(copy, arguments);
    int expected_result = vsnprintf(expected, size, format, arguments);
    int actual_result = koito_test_vsnprintf(actual, size, format, copy);
    va_end(copy);

    int same = expected_result == actual_result && memcmp(expected, actual, sizeof actual) == 0;
    CHECK(same);
    if (!same) {
        fprintf(stderr,
                "  line %d, format \"%s\", size %zu: expected %d \"%.*s\", got %d \"%.*s\"\n", line,
                format, size, expected_result, (int)(size ? size - 1 : 0), expected, actual_result,
                (int)(size ? size - 1 : 0), actual);
    }
    return expected_result;
}

/* No format attribute: some cases combine flags on purpose that the
 * compiler's format check would warn about (C defines what they do). */
static void compare(int line, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    va_list copy;
    va_copy(copy, arguments);
    int length = compare_at(line, BUFFER, format, copy);
    va_end(copy);

    /* Every truncation, from size 0 up to the full length. */
    size_t limit = length >= 0 && length < 64 ? (size_t)length + 1 : 64;
    for (size_t size = 0; size <= limit; size++) {
        va_copy(copy, arguments);
        compare_at(line, size, format, copy);
        va_end(copy);
    }
    va_end(arguments);
}

#define COMPARE(...) compare(__LINE__, __VA_ARGS__)

static void test_integers(void)
{
    COMPARE("plain text");
    COMPARE("%d %i %u", 0, -1, 42u);
    COMPARE("%d %d", INT_MIN, INT_MAX);
    COMPARE("%u %x %X %o", UINT_MAX, UINT_MAX, 0xabcdefu, 0777u);
    COMPARE("[%5d] [%-5d] [%05d] [%+d] [% d] [%+ d]", 42, 42, 42, 42, 42, 42);
    COMPARE("[%05d] [%-05d] [%+05d] [% 05d]", -42, -42, 42, 42);
    COMPARE("[%.0d] [%.0u] [%.0x] [%5.0d] [%#.0o] [%#.0x]", 0, 0u, 0u, 0, 0u, 0u);
    COMPARE("[%.5d] [%8.5d] [%-8.5d] [%08.5d] [%+.3d]", -42, 42, 42, 42, 7);
    COMPARE("[%#x] [%#X] [%#o] [%#o] [%#10x] [%#010x] [%-#10x]", 255u, 255u, 8u, 0u, 255u, 255u,
            255u);
    COMPARE("[%#.3o] [%#.5x] [%#5o]", 8u, 255u, 01234u);
    COMPARE("[%*d] [%-*d] [%*d] [%.*d] [%.*d] [%*.*d]", 6, 1, 6, 1, -6, 1, 4, 7, -4, 7, 8, 3, -5);
    COMPARE("%hhd %hhu %hhx %hd %hu %hx", (signed char)-128, (unsigned char)255, 0x1ff, -32768,
            65535, 0x1ffff);
    COMPARE("%hhd %hd", 300, 70000);
    COMPARE("%ld %lu %lx %lld %llu %llx", LONG_MIN, ULONG_MAX, ULONG_MAX, LLONG_MIN, ULLONG_MAX,
            0x123456789abcdefULL);
    COMPARE("%zu %zd %zx %jd %ju %td %tu", SIZE_MAX, (ptrdiff_t)-5, (size_t)0xbeef, INTMAX_MIN,
            UINTMAX_MAX, PTRDIFF_MIN, (ptrdiff_t)77);
    COMPARE("%lo %llo %jo", 01234567UL, 0777777777777777ULL, (uintmax_t)UINT64_MAX);
    COMPARE("100%% %c%c", 'o', 'k');
}

static void test_characters_and_strings(void)
{
    COMPARE("[%c] [%3c] [%-3c] [%c]", 'a', 'b', 'c', 0x141);
    COMPARE("[%s] [%10s] [%-10s] [%.2s] [%10.2s] [%-10.2s] [%.0s] [%.10s]", "koito", "koito",
            "koito", "koito", "koito", "koito", "koito", "koito");
    COMPARE("[%*s] [%-*s] [%.*s] [%.*s]", 8, "a9n", 8, "a9n", 2, "a9n", -1, "a9n");
    COMPARE("[%s] [%10s]", "", "");
    COMPARE("[%s]", (char *)NULL);

    /* A precision bounds the read: the array has no terminator. */
    char unterminated[3] = {'a', 'b', 'c'};
    COMPARE("[%.3s] [%.2s]", unterminated, unterminated);
}

static void test_pointers(void)
{
    int object;
    COMPARE("[%p] [%20p] [%-20p]", (void *)&object, (void *)&object, (void *)&object);
    COMPARE("[%p]", (void *)(uintptr_t)0xdeadbeef);

    char buffer[64];
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "[%p] [%5p]", NULL, NULL), 13);
    CHECK(strcmp(buffer, "[0x0] [  0x0]") == 0);
}

static void test_floats(void)
{
    COMPARE("%f %f %f %f", 0.0, -0.0, 1.0, -1.0);
    COMPARE("%f %F %f %f", 3.14159265358979, 2.5, 1e-7, 123456789.125);
    COMPARE("[%.0f] [%.0f] [%.0f] [%.0f] [%.0f] [%.0f]", 0.5, 1.5, 2.5, 3.5, -0.5, 0.49999999);
    COMPARE("[%.2f] [%.2f] [%.2f] [%.1f] [%.1f]", 0.125, 0.375, 1.005, 0.25, 0.35);
    COMPARE("[%.3f] [%.0f] [%.1f] [%.2f]", 9.9995, 9.5, 99.95, 999.999);
    COMPARE("[%#.0f] [%#f] [%+f] [% f] [%+.0f]", 1.0, 2.0, 3.0, 4.0, -5.0);
    COMPARE("[%10.3f] [%-10.3f] [%010.3f] [%+010.3f] [%-+10.1f] [%0-10.1f]", 3.14159, 3.14159,
            -3.14159, 3.14159, 2.0, 2.0);
    COMPARE("[%*.*f] [%.*f]", 12, 4, 2.71828, -1, 2.71828);
    COMPARE("%.20f %.30f", 0.1, 1.0 / 3.0);
    COMPARE("%f %.0f %.10f", 1e300, 1e22, 1e-300);
    COMPARE("%f", DBL_MAX);
    COMPARE("%.0f %f", -DBL_MAX, 9007199254740993.0);
    COMPARE("%.1074f", 5e-324);
    COMPARE("%.400f %.1080f", DBL_MIN, DBL_MIN);
    COMPARE("%.1200f", 0.1);
    COMPARE("%lf %.3lf", 1.25, 2.0);
    COMPARE("[%f] [%F] [%f] [%F] [%8f] [%-8f] [%08f] [%+f]", INFINITY, INFINITY, -INFINITY, NAN,
            INFINITY, INFINITY, -INFINITY, INFINITY);
    COMPARE("[%f] [%5.1f]", -NAN, NAN);
}

/* A small deterministic generator, so a failure repeats exactly. */
static uint64_t random_state = 0x9e3779b97f4a7c15u;

static uint64_t random_next(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

/* Appends random flags, width and precision that C defines for `conversion`. */
static size_t random_spec(char *format, char conversion)
{
    static const char flags[] = "-+ 0#";
    size_t length = 0;

    format[length++] = '%';
    for (int i = 0; i < 5; i++) {
        int allowed = flags[i] != '#' || strchr("oxXf", conversion) != NULL;
        if (allowed && random_next() % 3 == 0) {
            format[length++] = flags[i];
        }
    }
    if (random_next() % 2) {
        length += (size_t)sprintf(format + length, "%u", (unsigned)(random_next() % 30));
    }
    if (random_next() % 2) {
        length += (size_t)sprintf(format + length, ".%u", (unsigned)(random_next() % 25));
    }
    format[length] = '\0';
    return length;
}

static void test_random_integers(void)
{
    static const char *const lengths[] = {"hh", "h", "", "l", "ll", "z", "j", "t"};
    static const char conversions[] = "diuoxX";
    char format[64];

    for (int i = 0; i < 4000; i++) {
        char conversion = conversions[random_next() % 6];
        const char *length = lengths[random_next() % 8];
        size_t at = random_spec(format, conversion);
        snprintf(format + at, sizeof format - at, "%s%c", length, conversion);
        /* Every length's argument is passed as a 64-bit integer; the
         * shorter ones read the low half, as the ABI defines. */
        long long value = (long long)random_next();
        if (random_next() % 4 == 0) {
            value %= 1000;
        }
        if (strcmp(length, "") == 0 || strcmp(length, "h") == 0 || strcmp(length, "hh") == 0) {
            compare(__LINE__, format, (int)value);
        } else {
            compare(__LINE__, format, value);
        }
    }
}

static void test_random_floats(void)
{
    char format[64];

    for (int i = 0; i < 4000; i++) {
        uint64_t bits = random_next();
        double value;
        switch (random_next() % 4) {
        case 0: /* any finite double */
            bits = (bits & ~(UINT64_C(0x7ff) << 52)) | (random_next() % 0x7ff) << 52;
            memcpy(&value, &bits, sizeof value);
            break;
        case 1: /* a moderate value */
            value = (double)(int64_t)bits / (double)(1u << (random_next() % 32));
            break;
        case 2: /* a value with few decimals: ties and carries */
            value = (double)(int64_t)(bits % 200000) / 8.0 - 9999.875;
            break;
        default: /* a tiny value */
            value = (double)(bits % 1000000) * 1e-12;
            break;
        }
        size_t at = random_spec(format, 'f');
        snprintf(format + at, sizeof format - at, "%c", random_next() % 2 ? 'f' : 'F');
        compare(__LINE__, format, value);
    }
}

static void test_errors(void)
{
    char buffer[32];
    int count = 0;

    /* %n stores the count so far (C17 7.21.6.1p8), also past a bounded buffer;
     * %Ln names no integer type. */
    signed char small_count = 0;
    CHECK_EQ(koito_snprintf(buffer, 4, "ab%ncdefg%hhn", &count, &small_count), 7);
    CHECK_EQ(count, 2);
    CHECK_EQ(small_count, 7);
    long long wide_count = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%5d%lln", 1, &wide_count), 5);
    CHECK_EQ(wide_count, 5);
    errno = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%Ln", &count), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%k"), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "abc%"), -1);
    CHECK_EQ(errno, EINVAL);
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%ls|%lc", L"wide", (wint_t)L'c'), 6);
    CHECK(strcmp(buffer, "wide|c") == 0);
    errno = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%99999999999d", 1), -1);
    CHECK_EQ(errno, EOVERFLOW);
    errno = 0;
    CHECK_EQ(koito_snprintf(buffer, sizeof buffer, "%.99999999999d", 1), -1);
    CHECK_EQ(errno, EOVERFLOW);

    /* Exactly INT_MAX bytes still count; one more does not. */
    CHECK_EQ(koito_snprintf(NULL, 0, "%*d", INT_MAX, 1), INT_MAX);
    errno = 0;
    CHECK_EQ(koito_snprintf(NULL, 0, "x%*d", INT_MAX, 1), -1);
    CHECK_EQ(errno, EOVERFLOW);
}

int main(void)
{
    test_integers();
    test_characters_and_strings();
    test_pointers();
    test_floats();
    test_random_integers();
    test_random_floats();
    test_errors();
    return check_summary();
}
