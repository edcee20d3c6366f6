/*
 * ISO C17 7.21.6 formatted output: every conversion specifier (d i o u x X f F e E g G a A c s
 * p n %), every flag (- + space # 0), field widths and precisions given in the format or as *
 * arguments (a negative * width is the - flag, a negative * precision is none), every length
 * modifier (hh h l ll j z t L), and the family: snprintf's truncation and return value,
 * sprintf, vsnprintf, fprintf and printf's counts.
 */
#include "check.h"
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Format into a buffer, check the text and the count snprintf returns. */
static void expect_at(int line, const char *expected, const char *format, ...)
{
    char buffer[512];
    va_list arguments;
    va_start(arguments, format);
    int count = vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    int ok = count == (int)strlen(expected) && strcmp(buffer, expected) == 0;
    CHECK(ok);
    if (!ok)
        fprintf(stderr, "line %d: format \"%s\": got \"%s\" (%d), expected \"%s\"\n", line, format,
                buffer, count, expected);
}
#define EXPECT(...) expect_at(__LINE__, __VA_ARGS__)

static void integers(void)
{
    EXPECT("42", "%d", 42);
    EXPECT("-42", "%i", -42);
    EXPECT("-2147483648", "%d", INT_MIN);
    EXPECT("2147483647", "%d", INT_MAX);
    EXPECT("   42", "%5d", 42);
    EXPECT("42   |", "%-5d|", 42);
    EXPECT("00042", "%05d", 42);
    EXPECT("-0042", "%05d", -42);
    EXPECT("+42", "%+d", 42);
    EXPECT(" 42", "% d", 42);
    EXPECT("+42", "%+ d", 42);    /* + wins over space */
    EXPECT("42   ", "%-05d", 42); /* - wins over 0 */
    EXPECT("  042", "%5.3d", 42);
    EXPECT("  042", "%05.3d", 42); /* a precision makes 0 ignored */
    EXPECT("", "%.0d", 0);         /* zero with precision 0: no characters */
    EXPECT("  ", "%2.0d", 0);
    EXPECT("+", "%+.0d", 0);
    EXPECT("0", "%d", 0);
    EXPECT("4294967295", "%u", UINT_MAX);
    EXPECT("777", "%o", 0777);
    EXPECT("0777", "%#o", 0777);
    EXPECT("0", "%#o", 0);
    EXPECT("0", "%#.0o", 0); /* # makes the first digit a zero */
    EXPECT("0012", "%#.4o", 10);
    EXPECT("ff", "%x", 255);
    EXPECT("FF", "%X", 255);
    EXPECT("0xff", "%#x", 255);
    EXPECT("0XFF", "%#X", 255);
    EXPECT("0", "%#x", 0); /* no prefix for zero */
    EXPECT("0x00ff", "%#06x", 255);
    EXPECT("0x00ff", "%#.4x", 255);
    EXPECT("    0x00ff", "%#10.4x", 255);

    EXPECT("-128", "%hhd", -128);
    EXPECT("-1", "%hhd", 255); /* converted to signed char */
    EXPECT("255", "%hhu", -1);
    EXPECT("-32768", "%hd", -32768);
    EXPECT("65535", "%hu", 65535);
    EXPECT("-9223372036854775808", "%ld", LONG_MIN);
    EXPECT("18446744073709551615", "%lu", ULONG_MAX);
    EXPECT("-9223372036854775808", "%lld", LLONG_MIN);
    EXPECT("ffffffffffffffff", "%llx", ULLONG_MAX);
    EXPECT("-9223372036854775808", "%jd", INTMAX_MIN);
    EXPECT("18446744073709551615", "%ju", UINTMAX_MAX);
    EXPECT("12345", "%zu", (size_t)12345);
    EXPECT("-7", "%td", (ptrdiff_t)-7);
    EXPECT("1777777777777777777777", "%lo", ULONG_MAX);
}

static void widths_and_precisions(void)
{
    EXPECT("   42", "%*d", 5, 42);
    EXPECT("42   |", "%*d|", -5, 42); /* a negative width is the - flag */
    EXPECT("00042", "%.*d", 5, 42);
    EXPECT("42", "%.*d", -3, 42); /* a negative precision is none */
    EXPECT("  def", "%5s", "def");
    EXPECT("ab", "%.2s", "abcdef");
    EXPECT("ab   |", "%-5.2s|", "abcdef");
    EXPECT("   ab", "%*.*s", 5, 2, "abcdef");
    EXPECT("", "%.0s", "abc");
    EXPECT("abc", "%s", "abc");
    EXPECT("", "%s", "");
    /* With a precision, s need not point to a terminated string. */
    char unterminated[3] = {'x', 'y', 'z'};
    EXPECT("xyz", "%.3s", unterminated);
    EXPECT("A", "%c", 'A');
    EXPECT("    A", "%5c", 'A');
    EXPECT("A    |", "%-5c|", 'A');
    EXPECT("%", "%%");
    EXPECT("100%", "%d%%", 100);
    char with_zero[4];
    CHECK_EQ(snprintf(with_zero, sizeof with_zero, "a%cb", '\0'), 3);
    CHECK(memcmp(with_zero, "a\0b", 4) == 0);
}

static void floating(void)
{
    EXPECT("3.141593", "%f", 3.14159265358979);
    EXPECT("3.14", "%.2f", 3.14159);
    EXPECT("3", "%.0f", 3.14159);
    EXPECT("3.", "%#.0f", 3.14159);
    EXPECT("  3.14", "%6.2f", 3.14159);
    EXPECT("003.14", "%06.2f", 3.14159);
    EXPECT("-03.14", "%06.2f", -3.14159);
    EXPECT("+3.14", "%+.2f", 3.14159);
    EXPECT(" 3.14", "% .2f", 3.14159);
    EXPECT("2", "%.0f", 2.5); /* round to nearest, ties to even */
    EXPECT("4", "%.0f", 3.5);
    EXPECT("0.12", "%.2f", 0.125);
    EXPECT("1.0000000000000000", "%.16f", 1.0);
    EXPECT("1e+300", "%.0e", 1e300);
    EXPECT("100000000000000000000.000000", "%f", 1e20);
    EXPECT("-0.000000", "%f", -0.0);
    EXPECT("0.000000", "%f", 1e-10);
    EXPECT("1.500000e+00", "%e", 1.5);
    EXPECT("1.500000E+00", "%E", 1.5);
    EXPECT("1.5e-07", "%.1e", 1.5e-7);
    EXPECT("1.000000e+100", "%e", 1e100);
    EXPECT("0.000000e+00", "%e", 0.0);
    EXPECT("2e+00", "%.0e", 2.5);
    EXPECT("2.e+00", "%#.0e", 2.0);
    EXPECT("1.797693e+308", "%e", DBL_MAX);
    EXPECT("4.940656e-324", "%e", 4.9406564584124654e-324);

    EXPECT("100000", "%g", 100000.0);
    EXPECT("1e+06", "%g", 1000000.0);
    EXPECT("0.0001", "%g", 0.0001);
    EXPECT("1e-05", "%g", 0.00001);
    EXPECT("1.5", "%g", 1.5);
    EXPECT("1.50000", "%#g", 1.5); /* # keeps trailing zeros */
    EXPECT("1E+06", "%G", 1000000.0);
    EXPECT("3", "%.0g", 3.14); /* precision 0 is taken as 1 */
    EXPECT("3.1", "%.2g", 3.14);
    EXPECT("1.2e+02", "%.2g", 123.0);
    EXPECT("0", "%g", 0.0);
    EXPECT("-0", "%g", -0.0);
    EXPECT("  1.5", "%5g", 1.5);

    EXPECT("0x1p+0", "%a", 1.0);
    EXPECT("0X1P+0", "%A", 1.0);
    EXPECT("0x1.8p+1", "%a", 3.0);
    EXPECT("-0x1p-2", "%a", -0.25);
    EXPECT("0x0p+0", "%a", 0.0);
    EXPECT("0x1.000p+0", "%.3a", 1.0);
    EXPECT("0x2p+0", "%.0a", 1.5); /* rounded: 1.5 ties to even 2 */
    EXPECT("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
    EXPECT("0x1p-1022", "%a", DBL_MIN);
    EXPECT("0x1.p+0", "%#.0a", 1.0);

    EXPECT("inf", "%f", INFINITY);
    EXPECT("-inf", "%f", -INFINITY);
    EXPECT("INF", "%F", INFINITY);
    EXPECT("inf", "%e", INFINITY);
    EXPECT("INF", "%E", INFINITY);
    EXPECT("inf", "%g", INFINITY);
    EXPECT("-INF", "%G", -INFINITY);
    EXPECT("inf", "%a", INFINITY);
    EXPECT("+inf", "%+f", INFINITY);
    EXPECT("  inf", "%5f", INFINITY);
    EXPECT("  inf", "%05f", INFINITY); /* no zero padding for infinity */
    EXPECT("nan", "%f", NAN);
    EXPECT("NAN", "%F", NAN);
    EXPECT("-nan", "%f", -NAN);
    EXPECT("nan", "%e", NAN);
    EXPECT("NAN", "%G", NAN);

    EXPECT("1.500000", "%Lf", 1.5L);
    EXPECT("2.5e-01", "%.1Le", 0.25L);
    EXPECT("0.1", "%Lg", 0.1L);
    EXPECT("1.500000", "%lf", 1.5); /* l has no effect on f */
}

static void pointers_and_counts(void)
{
    /* %p: implementation-defined text, but the same pointer prints the same and a null pointer
     * prints differently from a non-null one. */
    int object;
    char a[64], b[64];
    snprintf(a, sizeof a, "%p", (void *)&object);
    snprintf(b, sizeof b, "%p", (void *)&object);
    CHECK(strcmp(a, b) == 0 && a[0] != '\0');
    snprintf(b, sizeof b, "%p", (void *)NULL);
    CHECK(strcmp(a, b) != 0);

    int n = -1;
    signed char hhn = -1;
    short hn = -1;
    long ln = -1;
    long long lln = -1;
    intmax_t jn = -1;
    size_t zn = 0;
    ptrdiff_t tn = -1;
    char buffer[64];
    CHECK_EQ(snprintf(buffer, sizeof buffer, "abc%nde%hhnf%hn%ln%lln%jn%zn%tn", &n, &hhn, &hn, &ln,
                      &lln, &jn, &zn, &tn),
             6);
    CHECK_EQ(n, 3);
    CHECK_EQ(hhn, 5);
    CHECK_EQ(hn, 6);
    CHECK_EQ(ln, 6);
    CHECK_EQ(lln, 6);
    CHECK_EQ(jn, 6);
    CHECK_EQ(zn, 6);
    CHECK_EQ(tn, 6);
    /* %n counts what would have been written, even past snprintf's buffer. */
    char small[4];
    CHECK_EQ(snprintf(small, sizeof small, "abcdefgh%n", &n), 8);
    CHECK_EQ(n, 8);
}

static void family(void)
{
    /* snprintf: at most n-1 characters and a terminator; returns the full length. */
    char buffer[8];
    memset(buffer, '#', sizeof buffer);
    CHECK_EQ(snprintf(buffer, 5, "%s", "abcdefgh"), 8);
    CHECK(strcmp(buffer, "abcd") == 0 && buffer[5] == '#');
    CHECK_EQ(snprintf(buffer, 1, "%d", 12345), 5);
    CHECK(buffer[0] == '\0');
    buffer[0] = '#';
    CHECK_EQ(snprintf(buffer, 0, "%d", 12345), 5);
    CHECK(buffer[0] == '#');
    CHECK_EQ(snprintf(NULL, 0, "%s-%d", "x", 100), 5);
    CHECK_EQ(snprintf(buffer, sizeof buffer, ""), 0);
    CHECK(buffer[0] == '\0');

    char large[64];
    CHECK_EQ(sprintf(large, "%d:%s:%c", 7, "seven", '7'), 9);
    CHECK(strcmp(large, "7:seven:7") == 0);

    /* A long conversion: width beyond any small internal buffer. */
    char wide[600];
    CHECK_EQ(snprintf(wide, sizeof wide, "%500d", 1), 500);
    CHECK(wide[0] == ' ' && wide[498] == ' ' && wide[499] == '1' && wide[500] == '\0');
    CHECK_EQ(snprintf(wide, sizeof wide, "%.300f", 1.0), 302);
    CHECK(wide[0] == '1' && wide[1] == '.' && wide[301] == '0');

    /* printf and fprintf return the number of characters transmitted. */
    CHECK_EQ(printf("%s\n", "printf to stdout"), 17);
    CHECK_EQ(fprintf(stdout, "%d %s\n", 3, "fprintf"), 10);
    /* Arguments are consumed in order across every conversion kind. */
    EXPECT("1 2.5 x str 3 4", "%d %.1f %c %s %ld %lld", 1, 2.5, 'x', "str", 3L, 4LL);
}

int main(void)
{
    integers();
    widths_and_precisions();
    floating();
    pointers_and_counts();
    family();
    return check_summary();
}
