/*
 * ISO C17 7.21.6.2 formatted input, through sscanf and fscanf: every conversion (d i o u x X
 * a e f g c s [ p n %), field widths, the length modifiers, assignment suppression (*, not
 * counted), white space and ordinary characters in the format, scan sets (ranges, ], ^), %n
 * (not counted), and the return value: the number of assignments, or EOF when input ends
 * before the first conversion.
 */
#include "check.h"
#include <limits.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void integers(void)
{
    int a = 0, b = 0, c = 0;
    CHECK_EQ(sscanf("12 -34 +56", "%d %d %d", &a, &b, &c), 3);
    CHECK(a == 12 && b == -34 && c == 56);
    CHECK_EQ(sscanf("0x1f 017 99", "%i %i %i", &a, &b, &c), 3);
    CHECK(a == 31 && b == 15 && c == 99);
    CHECK_EQ(sscanf("-0x10", "%i", &a), 1);
    CHECK_EQ(a, -16);
    unsigned u = 0;
    CHECK_EQ(sscanf("777", "%o", &u), 1);
    CHECK_EQ(u, 0777);
    CHECK_EQ(sscanf("ff", "%x", &u), 1);
    CHECK_EQ(u, 255);
    CHECK_EQ(sscanf("0XFF", "%X", &u), 1);
    CHECK_EQ(u, 255);
    CHECK_EQ(sscanf("4294967295", "%u", &u), 1);
    CHECK_EQ(u, UINT_MAX);

    /* Width limits the characters read. */
    CHECK_EQ(sscanf("123456", "%3d%d", &a, &b), 2);
    CHECK(a == 123 && b == 456);
    CHECK_EQ(sscanf("-12", "%2d%d", &a, &b), 2);
    CHECK(a == -1 && b == 2);

    signed char hh = 0;
    short h = 0;
    long l = 0;
    long long ll = 0;
    intmax_t j = 0;
    size_t z = 0;
    ptrdiff_t t = 0;
    unsigned char uhh = 0;
    unsigned short uh = 0;
    unsigned long long ull = 0;
    CHECK_EQ(sscanf("-5 -300 -70000 -9000000000 -12 34 -56 200 65535 18446744073709551615",
                    "%hhd %hd %ld %lld %jd %zu %td %hhu %hu %llu", &hh, &h, &l, &ll, &j, &z, &t,
                    &uhh, &uh, &ull),
             10);
    CHECK(hh == -5 && h == -300 && l == -70000 && ll == -9000000000LL && j == -12 && z == 34 &&
          t == -56 && uhh == 200 && uh == 65535 && ull == ULLONG_MAX);
}

static void floating(void)
{
    float f = 0;
    double d = 0;
    long double ld = 0;
    CHECK_EQ(sscanf("1.5 -2.5e3 0x1p4", "%f %lf %Lf", &f, &d, &ld), 3);
    CHECK(f == 1.5f && d == -2500.0 && ld == 16.0L);
    CHECK_EQ(sscanf("3.25", "%e", &f), 1);
    CHECK(f == 3.25f);
    CHECK_EQ(sscanf("3.25", "%g", &f), 1);
    CHECK_EQ(sscanf("3.25", "%E", &f), 1);
    CHECK_EQ(sscanf("3.25", "%a", &f), 1);
    CHECK_EQ(sscanf("0x1.8p1", "%la", &d), 1);
    CHECK(d == 3.0);
    CHECK_EQ(sscanf("inf -INFINITY nan", "%lf %f %Lf", &d, &f, &ld), 3);
    CHECK(isinf(d) && d > 0 && isinf(f) && f < 0 && isnan(ld));
    CHECK_EQ(sscanf("1.2345", "%4lf", &d), 1);
    CHECK(d == 1.23);
    CHECK_EQ(sscanf("0.1", "%lf", &d), 1);
    CHECK(d == 0.1);
}

static void characters_and_strings(void)
{
    char word[16], rest[16];
    CHECK_EQ(sscanf("  hello world", "%s %s", word, rest), 2);
    CHECK(strcmp(word, "hello") == 0 && strcmp(rest, "world") == 0);
    CHECK_EQ(sscanf("abcdefgh", "%3s%s", word, rest), 2);
    CHECK(strcmp(word, "abc") == 0 && strcmp(rest, "defgh") == 0);

    /* %c reads exactly width characters, white space included, with no terminator. */
    char chars[4] = "###";
    CHECK_EQ(sscanf(" ab", "%c", chars), 1);
    CHECK(chars[0] == ' ' && chars[1] == '#');
    CHECK_EQ(sscanf("x y", "%3c", chars), 1);
    CHECK(memcmp(chars, "x y", 3) == 0);
    CHECK_EQ(sscanf("  z", " %c", chars), 1);
    CHECK(chars[0] == 'z');

    /* Scan sets. */
    CHECK_EQ(sscanf("abc123", "%[a-z]%[0-9]", word, rest), 2);
    CHECK(strcmp(word, "abc") == 0 && strcmp(rest, "123") == 0);
    CHECK_EQ(sscanf("key=value", "%[^=]=%s", word, rest), 2);
    CHECK(strcmp(word, "key") == 0 && strcmp(rest, "value") == 0);
    CHECK_EQ(sscanf("]]]x", "%[]]", word), 1);
    CHECK(strcmp(word, "]]]") == 0);
    CHECK_EQ(sscanf("ab]c", "%[^]]", word), 1);
    CHECK(strcmp(word, "ab") == 0);
    CHECK_EQ(sscanf("a-b-c+", "%[-abc]", word), 1); /* - first is literal */
    CHECK(strcmp(word, "a-b-c") == 0);
    CHECK_EQ(sscanf("aaaa", "%2[a]", word), 1);
    CHECK(strcmp(word, "aa") == 0);
    /* A scan set that matches nothing is a matching failure. */
    CHECK_EQ(sscanf("123", "%[a-z]", word), 0);
    /* A scan set does not skip leading white space. */
    CHECK_EQ(sscanf(" x", "%[x]", word), 0);

    /* %p reads back what printf's %p wrote. */
    int object;
    char text[64];
    snprintf(text, sizeof text, "%p", (void *)&object);
    void *pointer = NULL;
    CHECK_EQ(sscanf(text, "%p", &pointer), 1);
    CHECK(pointer == (void *)&object);
}

static void directives(void)
{
    int a = 0, b = 0, n = -1;
    /* Suppressed assignments are not counted. */
    CHECK_EQ(sscanf("1 2 3", "%*d %d %*d", &a), 1);
    CHECK_EQ(a, 2);
    char word[8];
    CHECK_EQ(sscanf("skip keep", "%*s %s", word), 1);
    CHECK(strcmp(word, "keep") == 0);
    CHECK_EQ(sscanf("abc123", "%*[a-z]%d", &a), 1);
    CHECK_EQ(a, 123);

    /* %n stores the characters consumed so far and is not counted. */
    CHECK_EQ(sscanf("  42  rest", "%d%n", &a, &n), 1);
    CHECK(a == 42 && n == 4);
    CHECK_EQ(sscanf("abc", "abc%n", &n), 0);
    CHECK_EQ(n, 3);
    signed char hhn = 0;
    CHECK_EQ(sscanf("xyz", "xy%hhn", &hhn), 0);
    CHECK_EQ(hhn, 2);

    /* Ordinary characters must match; white space matches any amount, including none. */
    CHECK_EQ(sscanf("10:20", "%d:%d", &a, &b), 2);
    CHECK(a == 10 && b == 20);
    CHECK_EQ(sscanf("10-20", "%d:%d", &a, &b), 1);
    CHECK_EQ(sscanf("10 : 20", "%d : %d", &a, &b), 2);
    CHECK_EQ(sscanf("10:20", "%d : %d", &a, &b), 2);
    CHECK_EQ(sscanf("100%", "%d%%", &a), 1);
    CHECK_EQ(sscanf("x5", "%d", &a), 0); /* matching failure before any conversion: 0 */

    /* EOF: input failure before the first conversion. */
    CHECK_EQ(sscanf("", "%d", &a), EOF);
    CHECK_EQ(sscanf("   ", "%d", &a), EOF);
    CHECK_EQ(sscanf("", "%s", word), EOF);
    CHECK_EQ(sscanf("5", "%d %d", &a, &b), 1); /* input ends after one: 1 */
    CHECK_EQ(sscanf("", "abc"), EOF);
    CHECK_EQ(sscanf("abc", ""), 0);
    /* A bare sign or prefix is a matching failure. */
    CHECK_EQ(sscanf("-", "%d", &a), 0);
    CHECK_EQ(sscanf("+x", "%d", &a), 0);
}

static void from_a_stream(void)
{
    FILE *file = tmpfile();
    CHECK(file != NULL);
    if (file == NULL)
        return;
    fputs("7 apples\n8 pears\n", file);
    rewind(file);
    int count = 0;
    char fruit[16];
    CHECK_EQ(fscanf(file, "%d %15s", &count, fruit), 2);
    CHECK(count == 7 && strcmp(fruit, "apples") == 0);
    CHECK_EQ(fscanf(file, "%d %15s", &count, fruit), 2);
    CHECK(count == 8 && strcmp(fruit, "pears") == 0);
    CHECK_EQ(fscanf(file, "%d", &count), EOF);
    CHECK(feof(file));

    /* A character that fails to match is pushed back and read next. */
    rewind(file);
    fputs("12x", file);
    rewind(file);
    CHECK_EQ(fscanf(file, "%d", &count), 1);
    CHECK_EQ(fgetc(file), 'x');
    fclose(file);
}

int main(void)
{
    integers();
    floating();
    characters_and_strings();
    directives();
    from_a_stream();
    return check_summary();
}
