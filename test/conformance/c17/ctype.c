/*
 * ISO C17 7.4 <ctype.h> in the "C" locale: every classification and case mapping for every
 * value an unsigned char can hold and for EOF, against the classes 7.4.1 and 5.2.1 define
 * (the basic character set; nothing outside it belongs to any class in the "C" locale).
 */
#include "check.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
static const char digits[] = "0123456789";
static const char xdigits[] = "0123456789abcdefABCDEF";
static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
static const char spaces[] = " \t\n\v\f\r";

/* Whether c is one of the characters of set (never the terminating zero). */
static int in(const char *set, int c)
{
    return c != 0 && strchr(set, c) != NULL;
}

/* The classes of one value as the standard defines them; each function must agree (any nonzero
 * value means true). */
static void check_value(int c)
{
    int is_upper = in(upper, c), is_lower = in(lower, c), is_digit = in(digits, c);
    int is_alpha = is_upper || is_lower;
    int is_punct = in(punct, c);
    int is_space = in(spaces, c);
    int is_cntrl = (c >= 0 && c < 0x20) || c == 0x7f;
    int is_print = c >= 0x20 && c < 0x7f;

    CHECK(!!isupper(c) == is_upper);
    CHECK(!!islower(c) == is_lower);
    CHECK(!!isdigit(c) == is_digit);
    CHECK(!!isalpha(c) == is_alpha);
    CHECK(!!isalnum(c) == (is_alpha || is_digit));
    CHECK(!!isxdigit(c) == in(xdigits, c));
    CHECK(!!ispunct(c) == is_punct);
    CHECK(!!isspace(c) == is_space);
    CHECK(!!isblank(c) == (c == ' ' || c == '\t'));
    CHECK(!!iscntrl(c) == is_cntrl);
    CHECK(!!isprint(c) == is_print);
    CHECK(!!isgraph(c) == (is_print && c != ' '));
    /* 7.4.1.8: ispunct is isgraph and not isalnum, in every locale. */
    CHECK(!!ispunct(c) == (isgraph(c) && !isalnum(c)));

    int expected_upper = is_lower ? upper[strchr(lower, c) - lower] : c;
    int expected_lower = is_upper ? lower[strchr(upper, c) - upper] : c;
    CHECK_EQ(toupper(c), expected_upper);
    CHECK_EQ(tolower(c), expected_lower);
}

int main(void)
{
    for (int c = 0; c <= 255; c++)
        check_value(c);
    check_value(EOF);
    CHECK_EQ(toupper(EOF), EOF);
    CHECK_EQ(tolower(EOF), EOF);
    /* The letters are contiguous in neither requirement nor need; the digits are (5.2.1). */
    for (int i = 0; i < 10; i++)
        CHECK_EQ('0' + i, digits[i]);
    return check_summary();
}
