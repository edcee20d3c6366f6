/*
 * Conformance (POSIX <strings.h>): strcasecmp and strncasecmp (case folded, sign of the
 * difference, length limits, bytes past ASCII compared unsigned) and ffs (the lowest set bit,
 * counted from 1; 0 for 0).
 * ffs is an XSI function of POSIX, so this file asks for the XSI option.
 */
#define _XOPEN_SOURCE 700

#include "check.h"

#include <limits.h>
#include <strings.h>

static int sign(int value)
{
    return (value > 0) - (value < 0);
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    CHECK_EQ(strcasecmp("Hello", "hELLO"), 0);
    CHECK_EQ(strcasecmp("", ""), 0);
    CHECK_EQ(sign(strcasecmp("apple", "Banana")), -1);
    CHECK_EQ(sign(strcasecmp("APPLE", "banana")), -1);
    CHECK_EQ(sign(strcasecmp("b", "A")), 1);
    CHECK_EQ(sign(strcasecmp("abc", "ABCD")), -1); /* a prefix sorts first */
    CHECK_EQ(sign(strcasecmp("abcd", "ABC")), 1);
    CHECK_EQ(sign(strcasecmp("a[", "A{")), -1); /* '[' (0x5b) < '{' (0x7b): no folding */
    CHECK_EQ(sign(strcasecmp("\x80", "a")), 1); /* unsigned bytes */
    CHECK_EQ(sign(strcasecmp("Z", "a")), 1);    /* 'z' > 'a' once folded */
    CHECK_EQ(strcasecmp("MiXeD 123!", "mIxEd 123!"), 0);

    CHECK_EQ(strncasecmp("HelloWorld", "helloTHERE", 5), 0);
    CHECK_EQ(sign(strncasecmp("HelloWorld", "helloTHERE", 6)), 1);
    CHECK_EQ(strncasecmp("abc", "xyz", 0), 0);
    CHECK_EQ(strncasecmp("abc", "ABC", 100), 0);
    CHECK_EQ(sign(strncasecmp("ab", "ABC", 3)), -1);
    CHECK_EQ(sign(strncasecmp("ABC", "ab", 3)), 1);

    CHECK_EQ(ffs(0), 0);
    CHECK_EQ(ffs(1), 1);
    CHECK_EQ(ffs(2), 2);
    CHECK_EQ(ffs(12), 3);
    CHECK_EQ(ffs(0x80), 8);
    CHECK_EQ(ffs(0x10000), 17);
    CHECK_EQ(ffs(-1), 1);
    CHECK_EQ(ffs(INT_MIN), (int)(sizeof(int) * CHAR_BIT));
    for (int bit = 0; bit < 31; bit++)
        CHECK_EQ(ffs(1 << bit), bit + 1);
    return check_summary();
}
