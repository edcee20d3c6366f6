/*
 * <wctype.h>: wide-character classes (libc, public header).
 *
 * Classes and case mappings cover ASCII and Latin-1, Latin Extended-A, Greek
 * and Cyrillic letters; other characters are printable when they are
 * assigned-looking (not controls, not surrogates) and belong to no letter
 * class. This is documented in the manual's libc chapter.
 */
#ifndef _WCTYPE_H
#define _WCTYPE_H

#define __KOITO_NEED_wint_t
#include <bits/types.h>

#ifndef WEOF
#define WEOF 0xffffffffu
#endif

typedef unsigned long wctype_t;
typedef const int *wctrans_t;

int iswalnum(wint_t character);
int iswalpha(wint_t character);
int iswblank(wint_t character);
int iswcntrl(wint_t character);
int iswdigit(wint_t character);
int iswgraph(wint_t character);
int iswlower(wint_t character);
int iswprint(wint_t character);
int iswpunct(wint_t character);
int iswspace(wint_t character);
int iswupper(wint_t character);
int iswxdigit(wint_t character);
int iswctype(wint_t character, wctype_t type);
wctype_t wctype(const char *name);
wint_t towlower(wint_t character);
wint_t towupper(wint_t character);
wint_t towctrans(wint_t character, wctrans_t mapping);
wctrans_t wctrans(const char *name);

#endif
