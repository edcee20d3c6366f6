/*
 * ISO C17 7.30 <wctype.h>: in the "C" locale every wide classification of btowc(c) agrees with
 * the <ctype.h> one of c for every single-byte character (7.30.2.1) and is false for WEOF;
 * towupper/towlower map the basic characters as toupper/tolower do; wctype/iswctype and
 * wctrans/towctrans name each class and mapping (and give 0 for unknown names); in a UTF-8
 * locale letters beyond ASCII classify and map (é, Σ).
 */
#include "check.h"
#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static const char *const class_names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                          "lower", "print", "punct", "space", "upper", "xdigit"};

static int narrow_class(int index, int c)
{
    switch (index) {
    case 0:
        return isalnum(c);
    case 1:
        return isalpha(c);
    case 2:
        return isblank(c);
    case 3:
        return iscntrl(c);
    case 4:
        return isdigit(c);
    case 5:
        return isgraph(c);
    case 6:
        return islower(c);
    case 7:
        return isprint(c);
    case 8:
        return ispunct(c);
    case 9:
        return isspace(c);
    case 10:
        return isupper(c);
    default:
        return isxdigit(c);
    }
}

static int wide_class(int index, wint_t c)
{
    switch (index) {
    case 0:
        return iswalnum(c);
    case 1:
        return iswalpha(c);
    case 2:
        return iswblank(c);
    case 3:
        return iswcntrl(c);
    case 4:
        return iswdigit(c);
    case 5:
        return iswgraph(c);
    case 6:
        return iswlower(c);
    case 7:
        return iswprint(c);
    case 8:
        return iswpunct(c);
    case 9:
        return iswspace(c);
    case 10:
        return iswupper(c);
    default:
        return iswxdigit(c);
    }
}

static void c_locale(void)
{
    for (int index = 0; index < 12; index++) {
        wctype_t class = wctype(class_names[index]);
        CHECK(class != 0);
        int agree = 1;
        /* 7.30.2.1p1: for every single-byte character c (btowc(c) != WEOF) the wide class of
         * btowc(c) is the class of c. */
        for (int c = 0; c <= 255; c++) {
            wint_t wide = btowc(c);
            if (wide == WEOF)
                continue;
            agree &= !!wide_class(index, wide) == !!narrow_class(index, c);
            agree &= !!iswctype(wide, class) == !!narrow_class(index, c);
        }
        CHECK(agree);
        CHECK(!wide_class(index, WEOF));
        CHECK(!iswctype(WEOF, class));
    }
    CHECK(wctype("nothing") == 0);
    CHECK(wctype("") == 0);

    wctrans_t upper = wctrans("toupper"), lower = wctrans("tolower");
    CHECK(upper != 0 && lower != 0);
    CHECK(wctrans("tofancy") == 0);
    int maps = 1;
    for (int c = 0; c < 128; c++) { /* the basic character set: the same values both ways */
        wint_t wide = btowc(c);
        maps &= wide == (wint_t)c;
        maps &= towupper(wide) == (wint_t)toupper(c);
        maps &= towlower(wide) == (wint_t)tolower(c);
        maps &= towctrans(wide, upper) == (wint_t)toupper(c);
        maps &= towctrans(wide, lower) == (wint_t)tolower(c);
    }
    CHECK(maps);
    CHECK(towupper(WEOF) == WEOF && towlower(WEOF) == WEOF);
}

static void utf8_locale(void)
{
    CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
    CHECK(iswalpha(0xe9) && iswlower(0xe9) && !iswupper(0xe9)); /* é */
    CHECK(towupper(0xe9) == 0xc9 && towlower(0xc9) == 0xe9);
    CHECK(iswupper(0x3a3) && towlower(0x3a3) == 0x3c3); /* Σ, σ */
    CHECK(iswalnum(0x3a3) && iswgraph(0x3a3) && iswprint(0x3a3) && !iswpunct(0x3a3));
    CHECK(!iswalpha(0x20ac) && iswgraph(0x20ac) && iswprint(0x20ac)); /* € */
    CHECK(iswspace(0x2003));                                          /* em space */
    CHECK(!iswprint(0x85) && iswcntrl(0x85));
    CHECK(iswctype(0x3c3, wctype("lower")));
    CHECK(towctrans(0x3c3, wctrans("toupper")) == 0x3a3);
    /* Digits are only 0-9 in every locale (7.30.2.1.5). */
    CHECK(!iswdigit(0x661) && !iswxdigit(0xff21));
    CHECK(setlocale(LC_CTYPE, "C") != NULL);
}

int main(void)
{
    c_locale();
    utf8_locale();
    return check_summary();
}
