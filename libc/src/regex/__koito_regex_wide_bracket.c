/*
 * __koito_regex_wide_bracket(): parse a bracket expression of a regular
 * expression compiled under UTF-8 into a set of characters (libc, regex;
 * internal). The syntax is __koito_regex_bracket's; elements are UTF-8
 * characters, ranges run by code point ("[à-ü]"; glibc refuses ranges with
 * ends past ASCII), "[=c=]" and "[.c.]" hold one character, and classes
 * are tested with iswctype at match time.
 */
#include "char_class.h"
#include "regex_impl.h"
#include <string.h>

/* The one character `name` (`length` bytes) holds, or -1. */
static long single(const char *name, long length)
{
    unsigned code;
    if (length <= 0 ||
        (long)__koito_pattern_char((const unsigned char *)name, (size_t)length, 1, &code) != length)
        return -1;
    return code;
}

/* One range end: a collating symbol or a plain character. Returns its code
 * or a negated REG_* error; advances *cursor. */
static long range_end(const char **cursor)
{
    const char *p = *cursor;
    if (p[0] == '[' && (p[1] == ':' || p[1] == '='))
        return -REG_ERANGE;
    if (p[0] == '[' && p[1] == '.') {
        const char *name;
        long length = __koito_regex_delimited(p, &name);
        if (length < 0)
            return -REG_EBRACK;
        long code = single(name, length);
        if (code < 0)
            return -REG_ECOLLATE;
        *cursor = name + length + 2;
        return code;
    }
    unsigned code;
    *cursor = p + __koito_pattern_char((const unsigned char *)p, strlen(p), 1, &code);
    return code;
}

int __koito_regex_wide_bracket(const char **cursor, int flags, struct __koito_regex_wide_set *set)
{
    const char *p = *cursor;
    set->negate = *p == '^';
    set->icase = (flags & REG_ICASE) != 0;
    set->newline = set->negate && (flags & REG_NEWLINE);
    p += set->negate;
    for (const char *first = p; *p != ']' || p == first;) {
        if (*p == '\0')
            return REG_EBRACK;
        if (p[0] == '[' && (p[1] == ':' || p[1] == '=')) {
            const char *name;
            long length = __koito_regex_delimited(p, &name);
            if (length < 0)
                return REG_EBRACK;
            if (p[1] == ':') {
                int char_class = __koito_char_class(name, (size_t)length);
                if (char_class < 0)
                    return REG_ECTYPE;
                set->classes |= 1u << char_class;
            } else {
                long code = single(name, length);
                if (code < 0)
                    return REG_ECOLLATE;
                if (__koito_regex_wide_add(set, (unsigned)code, (unsigned)code) < 0)
                    return REG_ESPACE;
            }
            p = name + length + 2;
            if (p[0] == '-' && p[1] != ']' && p[1] != '\0')
                return REG_ERANGE; /* a class cannot start a range */
            continue;
        }
        long low = range_end(&p);
        if (low < 0)
            return (int)-low;
        long high = low;
        if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
            p++;
            high = range_end(&p);
            if (high < 0)
                return (int)-high;
            if (high < low)
                return REG_ERANGE;
        }
        if (__koito_regex_wide_add(set, (unsigned)low, (unsigned)high) < 0)
            return REG_ESPACE;
    }
    *cursor = p + 1;
    return 0;
}
