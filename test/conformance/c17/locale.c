/*
 * ISO C17 7.11 <locale.h>: the program starts in the "C" locale; setlocale queries and sets
 * each category and LC_ALL, accepts "C", "POSIX" and "" (the native environment), gives back a
 * string that restores the same settings (also when the categories differ), and refuses an
 * unknown name with a null pointer and no change; localeconv in the "C" locale has the values
 * of 7.11.2.1p3; a UTF-8 locale ("C.UTF-8", which KOITO-libc and glibc both offer) changes
 * MB_CUR_MAX and the multibyte functions but not the decimal point.
 */
#include "check.h"
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_c(const char *name)
{
    return name != NULL && (strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0);
}

static void c_conventions(void)
{
    struct lconv *c = localeconv();
    CHECK(c != NULL);
    if (c == NULL)
        return;
    CHECK(strcmp(c->decimal_point, ".") == 0);
    CHECK(strcmp(c->thousands_sep, "") == 0);
    CHECK(strcmp(c->grouping, "") == 0);
    CHECK(strcmp(c->mon_decimal_point, "") == 0);
    CHECK(strcmp(c->mon_thousands_sep, "") == 0);
    CHECK(strcmp(c->mon_grouping, "") == 0);
    CHECK(strcmp(c->positive_sign, "") == 0);
    CHECK(strcmp(c->negative_sign, "") == 0);
    CHECK(strcmp(c->currency_symbol, "") == 0);
    CHECK(strcmp(c->int_curr_symbol, "") == 0);
    CHECK(c->int_frac_digits == CHAR_MAX && c->frac_digits == CHAR_MAX);
    CHECK(c->p_cs_precedes == CHAR_MAX && c->p_sep_by_space == CHAR_MAX);
    CHECK(c->n_cs_precedes == CHAR_MAX && c->n_sep_by_space == CHAR_MAX);
    CHECK(c->p_sign_posn == CHAR_MAX && c->n_sign_posn == CHAR_MAX);
    CHECK(c->int_p_cs_precedes == CHAR_MAX && c->int_n_cs_precedes == CHAR_MAX);
    CHECK(c->int_p_sep_by_space == CHAR_MAX && c->int_n_sep_by_space == CHAR_MAX);
    CHECK(c->int_p_sign_posn == CHAR_MAX && c->int_n_sign_posn == CHAR_MAX);
}

static void queries_and_changes(void)
{
    /* 7.11.1.1p4: "C" at program startup, for every category. */
    CHECK(is_c(setlocale(LC_ALL, NULL)));
    const int categories[] = {LC_COLLATE, LC_CTYPE, LC_MONETARY, LC_NUMERIC, LC_TIME};
    for (int i = 0; i < 5; i++)
        CHECK(is_c(setlocale(categories[i], NULL)));
    CHECK_EQ(MB_CUR_MAX, 1);

    CHECK(is_c(setlocale(LC_ALL, "C")));
    CHECK(setlocale(LC_ALL, "POSIX") != NULL);
    CHECK(is_c(setlocale(LC_ALL, NULL)));

    /* An unknown locale: null, nothing changed. */
    CHECK(setlocale(LC_ALL, "xx_NOWHERE.NOTHING") == NULL);
    CHECK(setlocale(LC_CTYPE, "xx_NOWHERE.NOTHING") == NULL);
    CHECK(is_c(setlocale(LC_ALL, NULL)));

    /* The native environment: whatever it is, querying gives it back. */
    char native[256] = "";
    const char *chosen = setlocale(LC_ALL, "");
    if (chosen != NULL) {
        strncpy(native, chosen, sizeof native - 1);
        CHECK(strcmp(setlocale(LC_ALL, NULL), native) == 0);
    }
    CHECK(is_c(setlocale(LC_ALL, "C")));

    /* One category changed: the LC_ALL string restores exactly that mix. */
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK(MB_CUR_MAX > 1);
    CHECK(is_c(setlocale(LC_NUMERIC, NULL)));
    char mixed[512] = "";
    const char *all = setlocale(LC_ALL, NULL);
    CHECK(all != NULL);
    if (all != NULL)
        strncpy(mixed, all, sizeof mixed - 1);
    CHECK(is_c(setlocale(LC_ALL, "C")));
    CHECK_EQ(MB_CUR_MAX, 1);
    CHECK(setlocale(LC_ALL, mixed) != NULL);
    CHECK(MB_CUR_MAX > 1);
    CHECK(is_c(setlocale(LC_NUMERIC, NULL)));
    CHECK(is_c(setlocale(LC_ALL, "C")));
}

static void utf8(void)
{
    const char *name = setlocale(LC_ALL, "C.UTF-8");
    CHECK(name != NULL);
    if (name == NULL)
        return;
    CHECK(MB_CUR_MAX >= 4);
    wchar_t wide = 0;
    CHECK_EQ(mbtowc(&wide, "\xc3\xa9", 2), 2); /* é */
    CHECK(wide == 0xe9);
    CHECK_EQ(mbtowc(&wide, "\xf0\x9f\x98\x80", 4), 4); /* U+1F600 */
    CHECK(wide == 0x1f600);
    CHECK_EQ(mblen("\xe2\x82\xac", 3), 3); /* € */
    CHECK_EQ(mblen("\xe2\x82", 2), -1);    /* incomplete */
    CHECK_EQ(mblen("\xff", 1), -1);
    char bytes[8];
    CHECK_EQ(wctomb(bytes, 0x20ac), 3);
    CHECK(memcmp(bytes, "\xe2\x82\xac", 3) == 0);
    CHECK_EQ(mbstowcs(NULL, "a\xc3\xa9z", 0), 3);
    /* The numeric conventions stay the "C" ones. */
    char number[16];
    snprintf(number, sizeof number, "%.1f", 1.5);
    CHECK(strcmp(number, "1.5") == 0);
    CHECK(strcmp(localeconv()->decimal_point, ".") == 0);
    CHECK(is_c(setlocale(LC_ALL, "C")));
}

int main(void)
{
    c_conventions();
    queries_and_changes();
    utf8();
    c_conventions();
    return check_summary();
}
