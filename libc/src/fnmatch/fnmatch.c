/*
 * fnmatch(): match a string against a shell wildcard pattern (libc, fnmatch;
 * <fnmatch.h>, POSIX).
 *
 * '*' matches any run of characters, '?' any one, "[...]" one out of a set
 * (ranges, "!" or "^" negation, "[:class:]", "[=c=]", "[.c.]"); '\\' quotes
 * the next character unless FNM_NOESCAPE. A '[' that opens no complete
 * bracket expression is an ordinary character.
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
#include <ctype.h>
#include <fnmatch.h>
#include <stddef.h>
#include <string.h>

/* A byte as the match compares it: in lower case under FNM_CASEFOLD, which
 * folds the string's and the pattern's characters and range ends alike.
 * Classes test the byte as it is, as glibc does ("[[:upper:]]" matches "A"
 * but not "a" even under FNM_CASEFOLD). */
static int fold(int character, int flags)
{
    return (flags & FNM_CASEFOLD) ? tolower(character) : character;
}

/* bracket()'s answer for a malformed expression: the whole pattern matches
 * nothing. glibc's rules, followed here: "[:name:]" must name a class (a
 * "[:" not followed by lower-case letters and ":]" is an ordinary '['),
 * "[=c=]" holds one character (else the '[' is ordinary), "[.c.]" must be
 * complete, a range cannot end in a class, and an expression that has a ']'
 * somewhere after it but runs into the pattern's end is malformed (with no
 * ']' at all, the opening '[' is an ordinary character). */
#define BRACKET_MALFORMED ((size_t)-1)

/* One bracket element's character: a "[.c.]" symbol, a quoted or a plain
 * byte. Advances *cursor past it; returns -1 if the element is malformed. */
static int element(const char **cursor, int flags)
{
    const unsigned char *p = (const unsigned char *)*cursor;
    if (p[0] == '[' && p[1] == '.') {
        if (p[2] == '\0' || p[3] != '.' || p[4] != ']')
            return -1;
        *cursor += 5;
        return p[2];
    }
    if (p[0] == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0') {
        *cursor += 2;
        return p[1];
    }
    *cursor += 1;
    return p[0];
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

/* Matches `byte` against the bracket expression whose '[' is at `open`.
 * Returns the expression's length (including both brackets) and sets
 * *matched; returns 0 if `open` starts no bracket expression (the '[' is
 * then an ordinary character), BRACKET_MALFORMED if it starts a bad one.
 * Classes, "[=c=]" and a lone "[.c.]" test the byte as it is, ranges and
 * characters the folded byte (glibc's way under FNM_CASEFOLD). */
static size_t bracket(const char *open, int byte, int flags, int *matched)
{
    int character = fold(byte, flags);
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
            found |= __koito_char_class_has(char_class, byte);
            p += name_length + 4;
            continue;
        }
        if (p[0] == '[' && p[1] == '=' && p[2] != '\0' && p[3] == '=' && p[4] == ']') {
            found |= byte == (unsigned char)p[2];
            p += 5;
            continue;
        }
        int symbol = p[0] == '[' && p[1] == '.';
        int low = element(&p, flags);
        if (low < 0)
            return BRACKET_MALFORMED;
        int high = low;
        if (symbol && !(p[0] == '-' && p[1] != ']' && p[1] != '\0')) {
            found |= byte == low;
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

/* Matches the single pattern item at `p` (not '*') against the character at
 * `s`; returns the item's length in the pattern, 0 if it does not match, or
 * BRACKET_MALFORMED. */
static size_t match_one(const char *p, const char *string, const char *s, int flags)
{
    int byte = (unsigned char)*s;
    int character = fold(byte, flags);
    int wildcard_ok = !((flags & FNM_PATHNAME) && byte == '/') && !leading_period(string, s, flags);
    if (*p == '?')
        return wildcard_ok ? 1 : 0;
    if (*p == '[') {
        int matched = 0;
        size_t length = bracket(p, byte, flags, &matched);
        if (length == BRACKET_MALFORMED)
            return length;
        if (length != 0)
            return matched && wildcard_ok ? length : 0;
    }
    if (*p == '\\' && !(flags & FNM_NOESCAPE)) {
        /* A '\\' that ends the pattern quotes nothing and matches nothing. */
        return p[1] != '\0' && character == fold((unsigned char)p[1], flags) ? 2 : 0;
    }
    return character == fold((unsigned char)*p, flags) ? 1 : 0;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
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
        if (*p == '\0') {
            if (*s == '\0' || ((flags & FNM_LEADING_DIR) && *s == '/'))
                return 0;
        } else if (*s != '\0') {
            step = match_one(p, string, s, flags);
            if (step == BRACKET_MALFORMED)
                return FNM_NOMATCH;
        }
        if (step != 0) {
            p += step;
            s++;
            continue;
        }
        /* Backtrack: the latest star takes one more character. */
        if (star_pattern == NULL || *star_string == '\0' ||
            ((flags & FNM_PATHNAME) && *star_string == '/'))
            return FNM_NOMATCH;
        star_string++;
        p = star_pattern;
        s = star_string;
    }
}
