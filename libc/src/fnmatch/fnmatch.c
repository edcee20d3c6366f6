/*
 * fnmatch(): match a string against a shell wildcard pattern (libc, fnmatch;
 * <fnmatch.h>, POSIX).
 *
 * '*' matches any run of characters, '?' any one, "[...]" one out of a set
 * (ranges, "!" or "^" negation, "[:class:]", "[=c=]", "[.c.]"); '\\' quotes
 * the next character unless FNM_NOESCAPE. A '[' that opens no complete
 * bracket expression is an ordinary character.
 *
 * Under "C.UTF-8" a character is a UTF-8 sequence ('?' takes all of "é",
 * ranges compare code points, classes ask iswctype), as long as both the
 * pattern and the string are well-formed UTF-8: if either is not, both are
 * matched byte by byte, as glibc does (pattern_char.h).
 *
 * The match runs in one pass with one backtracking point, the latest '*':
 * when the text after it fails, that star takes one more character and the
 * rest is tried again. Remembering only the latest star is enough, because
 * whatever an earlier star could still absorb, the latest can absorb too.
 * With FNM_PATHNAME stars never cross '/', so a path is matched segment by
 * segment and the argument holds within each; the work is bounded by the
 * pattern's length times the string's.
 */
#include "char_class.h"
#include "locale_impl.h"
#include "pattern_char.h"
#include <ctype.h>
#include <fnmatch.h>
#include <stddef.h>
#include <string.h>
#include <wctype.h>

/* A private flag: match UTF-8 characters, not bytes. */
#define WIDE (1 << 30)

/* The length of the character at `text`, setting *code. */
static size_t take(const char *text, int flags, unsigned *code)
{
    return __koito_pattern_char((const unsigned char *)text, 4, (flags & WIDE) != 0, code);
}

/* 1 if `text` is well-formed UTF-8. */
static int well_formed(const char *text)
{
    unsigned code;
    for (size_t length; *text != '\0'; text += length) {
        length = __koito_utf8_decode((const unsigned char *)text, 4, &code);
        if (length == 0)
            return 0;
    }
    return 1;
}

/* A character as the match compares it: in lower case under FNM_CASEFOLD,
 * which folds the string's and the pattern's characters and range ends
 * alike. Classes test the character as it is, as glibc does ("[[:upper:]]"
 * matches "A" but not "a" even under FNM_CASEFOLD). */
static long fold(long character, int flags)
{
    if (!(flags & FNM_CASEFOLD))
        return character;
    if (!(flags & WIDE) || character >= (long)__KOITO_PATTERN_BAD)
        return tolower((int)character);
    return (long)towlower((wint_t)character);
}

/* bracket()'s answer for a malformed expression: the whole pattern matches
 * nothing. glibc's rules, followed here: "[:name:]" must name a class (a
 * "[:" not followed by lower-case letters and ":]" is an ordinary '['),
 * "[=c=]" holds one character (else the '[' is ordinary), "[.c.]" must be
 * complete, a range cannot end in a class, and an expression that has a ']'
 * somewhere after it but runs into the pattern's end is malformed (with no
 * ']' at all, the opening '[' is an ordinary character). */
#define BRACKET_MALFORMED ((size_t)-1)

/* The length of "[xcx]" at `p` (x being '.' or '=', c one character),
 * setting *code to c's; 0 if `p` starts none. */
static size_t delimited_char(const char *p, char x, int flags, unsigned *code)
{
    if (p[0] != '[' || p[1] != x || p[2] == '\0')
        return 0;
    size_t length = take(p + 2, flags, code);
    return p[2 + length] == x && p[3 + length] == ']' ? length + 4 : 0;
}

/* One bracket element's character: a "[.c.]" symbol, a quoted or a plain
 * character. Advances *cursor past it; returns -1 if the element is
 * malformed. */
static long element(const char **cursor, int flags)
{
    const char *p = *cursor;
    unsigned code;
    if (p[0] == '[' && p[1] == '.') {
        size_t length = delimited_char(p, '.', flags, &code);
        if (length == 0)
            return -1;
        *cursor += length;
        return code;
    }
    if (p[0] == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0') {
        *cursor += 1 + take(p + 1, flags, &code);
        return code;
    }
    *cursor += take(p, flags, &code);
    return code;
}

/* The length of the class name in a "[:name:]" starting at `p` (which may
 * be empty), or -1 if `p` does not start one. */
static ptrdiff_t class_name_length(const char *p)
{
    if (p[0] != '[' || p[1] != ':')
        return -1;
    ptrdiff_t length = 0;
    while (islower((unsigned char)p[2 + length]))
        length++;
    return p[2 + length] == ':' && p[3 + length] == ']' ? length : -1;
}

/* Matches the character `code` against the bracket expression whose '['
 * is at `open`. Returns the expression's length (including both brackets)
 * and sets *matched; returns 0 if `open` starts no bracket expression (the
 * '[' is then an ordinary character), BRACKET_MALFORMED if it starts a bad
 * one. Classes, "[=c=]" and a lone "[.c.]" test the character as it is,
 * ranges and characters the folded one (glibc's way under FNM_CASEFOLD). */
static size_t bracket(const char *open, unsigned code, int flags, int *matched)
{
    long character = fold(code, flags);
    const char *p = open + 1;
    int negate = *p == '!' || *p == '^';
    p += negate;
    if (*p == '\0' || strchr(p + 1, ']') == NULL)
        return 0;
    int found = 0;
    for (const char *first = p; *p != ']' || p == first;) {
        if (*p == '\0')
            return BRACKET_MALFORMED;
        ptrdiff_t name_length = class_name_length(p);
        if (name_length >= 0) {
            int char_class = __koito_char_class(p + 2, (size_t)name_length);
            if (char_class < 0)
                return BRACKET_MALFORMED;
            if (code < __KOITO_PATTERN_BAD)
                found |= (flags & WIDE) ? __koito_char_class_has_wide(char_class, code)
                                        : __koito_char_class_has(char_class, (int)code);
            p += name_length + 4;
            continue;
        }
        unsigned equivalent;
        size_t equivalent_length = delimited_char(p, '=', flags, &equivalent);
        if (equivalent_length != 0) {
            found |= code == equivalent;
            p += equivalent_length;
            continue;
        }
        int symbol = p[0] == '[' && p[1] == '.';
        long low = element(&p, flags);
        if (low < 0)
            return BRACKET_MALFORMED;
        long high = low;
        if (symbol && !(p[0] == '-' && p[1] != ']' && p[1] != '\0')) {
            found |= code == (unsigned long)low;
            continue;
        }
        if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
            p++;
            if (class_name_length(p) >= 0)
                return BRACKET_MALFORMED;
            high = element(&p, flags);
            if (high < 0)
                return BRACKET_MALFORMED;
        }
        found |= fold(low, flags) <= character && character <= fold(high, flags);
    }
    *matched = found != negate;
    return (size_t)(p + 1 - open);
}

/* 1 if the '.' at `at` must be matched by a '.' in the pattern. */
static int leading_period(const char *string, const char *at, int flags)
{
    return *at == '.' && (flags & FNM_PERIOD) &&
           (at == string || ((flags & FNM_PATHNAME) && at[-1] == '/'));
}

/* Matches the single pattern item at `p` (not '*') against the character
 * `code` at `s`; returns the item's length in the pattern, 0 if it does not
 * match, or BRACKET_MALFORMED. */
static size_t match_one(const char *p, const char *string, const char *s, unsigned code, int flags)
{
    long character = fold(code, flags);
    int wildcard_ok = !((flags & FNM_PATHNAME) && code == '/') && !leading_period(string, s, flags);
    if (*p == '?')
        return wildcard_ok ? 1 : 0;
    unsigned literal;
    if (*p == '[') {
        int matched = 0;
        size_t length = bracket(p, code, flags, &matched);
        if (length == BRACKET_MALFORMED)
            return length;
        if (length != 0)
            return matched && wildcard_ok ? length : 0;
    }
    if (*p == '\\' && !(flags & FNM_NOESCAPE)) {
        /* A '\\' that ends the pattern quotes nothing and matches nothing. */
        if (p[1] == '\0')
            return 0;
        size_t length = take(p + 1, flags, &literal);
        return character == fold(literal, flags) ? 1 + length : 0;
    }
    size_t length = take(p, flags, &literal);
    return character == fold(literal, flags) ? length : 0;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
    flags &= ~WIDE;
    if (__koito_ctype_is_utf8() && well_formed(pattern) && well_formed(string))
        flags |= WIDE;
    const char *p = pattern;
    const char *s = string;
    const char *star_pattern = NULL; /* just after the latest '*' */
    const char *star_string = NULL;  /* where the text after it is being tried */
    for (;;) {
        if (*p == '*') {
            while (*p == '*')
                p++;
            /* A leading period is never a star's to match, not even as the
             * character after an empty match (glibc and musl agree). */
            if (leading_period(string, s, flags))
                return FNM_NOMATCH;
            star_pattern = p;
            star_string = s;
            continue;
        }
        size_t step = 0;
        size_t width = 0;
        if (*p == '\0') {
            if (*s == '\0' || ((flags & FNM_LEADING_DIR) && *s == '/'))
                return 0;
        } else if (*s != '\0') {
            unsigned code;
            width = take(s, flags, &code);
            step = match_one(p, string, s, code, flags);
            if (step == BRACKET_MALFORMED)
                return FNM_NOMATCH;
        }
        if (step != 0) {
            p += step;
            s += width;
            continue;
        }
        /* Backtrack: the latest star takes one more character. */
        if (star_pattern == NULL || *star_string == '\0' ||
            ((flags & FNM_PATHNAME) && *star_string == '/'))
            return FNM_NOMATCH;
        unsigned skipped;
        star_string += take(star_string, flags, &skipped);
        p = star_pattern;
        s = star_string;
    }
}
