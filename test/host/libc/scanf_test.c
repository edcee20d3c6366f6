/*
 * KOITO-libc's vsscanf against the host's glibc (host test, libc stdio):
 * random formats of up to three directives (every conversion, *, widths,
 * every length, scansets, literal characters and %%) over random inputs
 * built from the pieces numbers are made of; the return value and every
 * byte stored must be glibc's. Floating-point conversions are also compared
 * under each of the four rounding modes (fesetround), which glibc honours.
 */
#include "check.h"
#include <fenv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int koito_test_vsscanf(const char *restrict s, const char *restrict format, va_list arguments);
int koito_test_sscanf(const char *restrict s, const char *restrict format, ...);

static uint64_t rng_state = 0xfeedfacecafebeefu;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int ours(const char *s, const char *format, ...)
{
    va_list arguments;
    va_start(arguments, format);
    int n = koito_test_vsscanf(s, format, arguments);
    va_end(arguments);
    return n;
}

static const char *pick(const char *const *list, size_t count)
{
    return list[rng() % count];
}

#define PICK(list) pick(list, sizeof list / sizeof list[0])

static void random_input(char *out, size_t size)
{
    static const char *const pieces[] = {
        " ",
        "\t",
        "\n",
        "-",
        "+",
        "0",
        "1",
        "7",
        "9",
        "12345",
        "0x",
        "0X1f",
        "ff",
        "8",
        "077",
        ".",
        "e",
        "E+",
        "e-3",
        "1.5",
        "inf",
        "nan",
        "INFINITY",
        "nan(",
        ")",
        "p+2",
        "abc",
        "xyz",
        "%",
        ",",
        "]",
        "^",
        "99999999999999999999",
        "-9223372036854775809",
        "4294967296",
        "0.000001",
        "1e400",
        "0x1.8p3",
        "z",
    };
    out[0] = '\0';
    int count = (int)(rng() % 8);
    for (int i = 0; i < count; i++) {
        strncat(out, PICK(pieces), size - strlen(out) - 1);
    }
}

static void random_format(char *out, size_t size)
{
    static const char *const conversions[] = {"d", "i", "u", "o",     "x",     "X",    "p",
                                              "n", "c", "s", "[a-f]", "[^ ,]", "[]x]", "[0-9.e+-]",
                                              "a", "e", "f", "g",     "E",     "%"};
    static const char *const lengths[] = {"", "", "", "hh", "h", "l", "ll", "j", "z", "t", "L"};
    static const char *const literals[] = {" ", ",", "x", "%%", "", "", ""};
    out[0] = '\0';
    int count = 1 + (int)(rng() % 3);
    for (int i = 0; i < count; i++) {
        char directive[32];
        const char *conversion = PICK(conversions);
        const char *length = PICK(lengths);
        int is_float = strchr("aefgE", conversion[0]) != NULL;
        int is_integer = strchr("diuoxXn", conversion[0]) != NULL;
        if (conversion[0] == 'p' || conversion[0] == '%' || (!is_float && !is_integer)) {
            length = ""; /* keep %c %s %[ as char, %p as void * */
        } else if (is_float) {
            length = (rng() % 3 == 0) ? "" : (rng() & 1) ? "l" : "L";
        } else if (strcmp(length, "L") == 0) {
            length = "ll";
        }
        const char *star =
            (conversion[0] != 'n' && conversion[0] != '%' && rng() % 5 == 0) ? "*" : "";
        char width[8] = "";
        if (conversion[0] != 'n' && conversion[0] != '%' && rng() % 3 == 0) {
            snprintf(width, sizeof width, "%d", 1 + (int)(rng() % 6));
        }
        snprintf(directive, sizeof directive, "%s%%%s%s%s%s", PICK(literals), star, width, length,
                 conversion);
        strncat(out, directive, size - strlen(out) - 1);
    }
}

/* %f, %lf and %Lf of hard and random numbers of both signs in every
 * rounding mode; returns the count of mismatches. */
static long check_rounding_modes(void)
{
    static const char *const hard[] = {"0.1",
                                       "1e400",
                                       "1e-400",
                                       "2.4703282292062328e-324",
                                       "3.4028236e38",
                                       "1.1754942e-38",
                                       "0x1.fffffffffffff8p1023",
                                       "0x1.fffffffffffff8p-1023",
                                       "1e5000",
                                       "1e-5000",
                                       "0.30000000000000004",
                                       "7.006492321624085e-46"};
    static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    long failures = 0;
    char input[64];
    for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++) {
        CHECK(fesetround(modes[m]) == 0);
        for (long i = 0; i < 4000; i++) {
            size_t h = (size_t)i % (sizeof hard / sizeof hard[0]);
            if (i < 2 * (long)(sizeof hard / sizeof hard[0])) {
                snprintf(input, sizeof input, "%s%s", i & 1 ? "-" : "", hard[h]);
            } else {
                snprintf(input, sizeof input, "%s%llu.%llue%d", i & 1 ? "-" : "",
                         (unsigned long long)(rng() % 100000), (unsigned long long)rng(),
                         (int)(rng() % 700) - 350);
            }
            float f[2] = {0};
            double d[2] = {0};
            long double l[2] = {0};
            int a = koito_test_sscanf(input, "%f", &f[0]) + koito_test_sscanf(input, "%lf", &d[0]) +
                    koito_test_sscanf(input, "%Lf", &l[0]);
            int b = sscanf(input, "%f", &f[1]) + sscanf(input, "%lf", &d[1]) +
                    sscanf(input, "%Lf", &l[1]);
            if (a != b || memcmp(&f[0], &f[1], sizeof f[0]) != 0 ||
                memcmp(&d[0], &d[1], sizeof d[0]) != 0 || l[0] != l[1]) {
                if (failures++ < 15) {
                    printf("mode %d, sscanf(\"%s\"): ours %a %a %La, glibc %a %a %La\n", modes[m],
                           input, (double)f[0], d[0], l[0], (double)f[1], d[1], l[1]);
                }
            }
        }
    }
    fesetround(FE_TONEAREST);
    return failures;
}

int main(void)
{
    static unsigned char ours_buffers[4][64], glibc_buffers[4][64];
    char input[256], format[128];
    long failures = 0;
    for (long i = 0; i < 1000000; i++) {
        random_input(input, sizeof input);
        random_format(format, sizeof format);
        memset(ours_buffers, 0x55, sizeof ours_buffers);
        memset(glibc_buffers, 0x55, sizeof glibc_buffers);
        int a =
            ours(input, format, ours_buffers[0], ours_buffers[1], ours_buffers[2], ours_buffers[3]);
        int b = sscanf(input, format, glibc_buffers[0], glibc_buffers[1], glibc_buffers[2],
                       glibc_buffers[3]);
        if (a != b || memcmp(ours_buffers, glibc_buffers, sizeof ours_buffers) != 0) {
            if (failures++ < 15) {
                printf("sscanf(\"%s\", \"%s\"): ours %d, glibc %d%s\n", input, format, a, b,
                       a == b ? " (stored values differ)" : "");
            }
        }
    }
    failures += check_rounding_modes();
    printf("%ld mismatches against glibc\n", failures);
    CHECK(failures == 0);
    int x = 0;
    char word[8];
    CHECK(koito_test_sscanf("  42 abc", "%d %7s", &x, word) == 2);
    CHECK(x == 42 && strcmp(word, "abc") == 0);
    CHECK(koito_test_sscanf("", "%d", &x) == -1);
    return check_summary();
}
