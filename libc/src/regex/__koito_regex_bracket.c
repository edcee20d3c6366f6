/*
 * __koito_regex_bracket(): parse a bracket expression of a regular
 * expression into a set of bytes (libc, regex; internal).
 *
 * "[abc]", "[^abc]", ranges "a-z", classes "[:alpha:]", equivalence classes
 * "[=a=]" and collating symbols "[.a.]" of one byte (the "C" locale has no
 * others); ']' first and '-' first or last are ordinary, as is '\\'.
 */
#include "char_class.h"
#include "regex_impl.h"
#include <ctype.h>
#include <string.h>

static void add(unsigned char set[32], int byte)
{
    set[byte >> 3] |= (unsigned char)(1u << (byte & 7));
}

static int has(const unsigned char set[32], int byte)
{
    return (set[byte >> 3] >> (byte & 7)) & 1;
}

/* One range end: a collating symbol or a plain byte. Returns the byte or a
 * negated REG_* error; advances *cursor. */
static int range_end(const char **cursor)
{
    const char *p = *cursor;
    if (p[0] == '[' && (p[1] == ':' || p[1] == '='))
        return -REG_ERANGE;
    if (p[0] == '[' && p[1] == '.') {
        const char *name;
        long length = __koito_regex_delimited(p, &name);
        if (length < 0)
            return -REG_EBRACK;
        if (length != 1)
            return -REG_ECOLLATE;
        *cursor = name + 3;
        return (unsigned char)name[0];
    }
    *cursor = p + 1;
    return (unsigned char)p[0];
}

int __koito_regex_bracket(const char **cursor, int flags, unsigned char set[32])
{
    const char *p = *cursor;
    int negate = *p == '^';
    p += negate;
    memset(set, 0, 32);
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
                for (int byte = 1; byte < 256; byte++) {
                    if (__koito_char_class_has(char_class, byte))
                        add(set, byte);
                }
            } else {
                if (length != 1)
                    return REG_ECOLLATE;
                add(set, (unsigned char)name[0]);
            }
            p = name + length + 2;
            if (p[0] == '-' && p[1] != ']' && p[1] != '\0')
                return REG_ERANGE; /* a class cannot start a range */
            continue;
        }
        int low = range_end(&p);
        if (low < 0)
            return -low;
        int high = low;
        if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
            p++;
            high = range_end(&p);
            if (high < 0)
                return -high;
            if (high < low)
                return REG_ERANGE;
        }
        for (int byte = low; byte <= high; byte++)
            add(set, byte);
    }
    *cursor = p + 1;
    if (flags & REG_ICASE) {
        for (int byte = 0; byte < 256; byte++) {
            if (has(set, byte)) {
                add(set, tolower(byte));
                add(set, toupper(byte));
            }
        }
    }
    if (negate) {
        for (int index = 0; index < 32; index++)
            set[index] = (unsigned char)~set[index];
        if (flags & REG_NEWLINE)
            set['\n' >> 3] &= (unsigned char)~(1u << ('\n' & 7));
    }
    return 0; /* a negated set holds the null byte, which REG_STARTEND can reach (glibc) */
}
