/*
 * __koito_regex_gnu_escape(): the meaning of GNU's escapes in basic and
 * extended expressions (libc, regex; internal): the sets "\w" (a word
 * character: alphanumeric or '_'), "\W", "\s" (white space), "\S", and the
 * assertions "\b", "\B", "\<", "\>", "\`", "\'". As in glibc, REG_NEWLINE
 * does not take '\n' out of "\W" (it is white space, so never in "\S"), and
 * the null byte, which REG_STARTEND can reach, is in "\W" and "\S". Under
 * UTF-8 the sets are classes ("\w" is [_[:alnum:]]) read by iswctype.
 */
#include "char_class.h"
#include "regex_impl.h"
#include <ctype.h>
#include <string.h>

static void fill(unsigned char set[32], int (*member)(int), int negate)
{
    memset(set, 0, 32);
    for (int byte = 0; byte < 256; byte++) {
        if ((member(byte) != 0) != negate)
            set[byte >> 3] |= (unsigned char)(1u << (byte & 7));
    }
}

static int word(int byte)
{
    return isalnum(byte) || byte == '_';
}

int __koito_regex_gnu_escape(char escape, unsigned char set[32], unsigned *assertion)
{
    static const char assertions[] = {
        [__KOITO_RX_WORD_BOUNDARY] = 'b', [__KOITO_RX_NOT_WORD_BOUNDARY] = 'B',
        [__KOITO_RX_WORD_START] = '<',    [__KOITO_RX_WORD_END] = '>',
        [__KOITO_RX_BUFFER_START] = '`',  [__KOITO_RX_BUFFER_END] = '\'',
    };
    for (unsigned kind = 0; kind < sizeof assertions; kind++) {
        if (escape == assertions[kind]) {
            *assertion = kind;
            return __KOITO_RX_GNU_ASSERTION;
        }
    }
    if (escape == 'w' || escape == 'W')
        fill(set, word, escape == 'W');
    else if (escape == 's' || escape == 'S')
        fill(set, isspace, escape == 'S');
    else
        return __KOITO_RX_GNU_NONE;
    return __KOITO_RX_GNU_SET;
}

int __koito_regex_gnu_wide_set(char escape, struct __koito_regex_wide_set *set)
{
    int word = escape == 'w' || escape == 'W';
    set->negate = escape == 'W' || escape == 'S';
    set->classes = 1u << __koito_char_class(word ? "alnum" : "space", 5);
    return word ? __koito_regex_wide_add(set, '_', '_') : 0;
}
