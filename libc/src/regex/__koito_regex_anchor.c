/*
 * __koito_regex_anchor(): test '^', '$' or a GNU assertion at a position
 * (libc, regex; internal). Positions count from the string's start, also
 * under REG_STARTEND, so the bytes before the searched range decide what
 * '^' under REG_NEWLINE and the word assertions see there, as in glibc.
 * Under UTF-8 a word character is one iswalnum accepts, or '_'; like
 * glibc, the word assertions read a bad byte b as the character U+00b
 * (0xff as 'ÿ', a letter), though no set holds it.
 */
#include "regex_impl.h"
#include <ctype.h>
#include <wctype.h>

static int word(const struct __koito_regex_program *program, unsigned code)
{
    if (!program->wide)
        return isalnum((int)code) || code == '_';
    if (code >= __KOITO_PATTERN_BAD)
        code -= __KOITO_PATTERN_BAD; /* glibc reads a bad byte as Latin-1 here */
    return code == '_' || iswalnum(code);
}

/* 1 if the character that ends just before `position` is a word
 * character: under UTF-8, the sequence of 2 to 4 bytes that ends there,
 * if there is one, else the (bad) byte. */
static int word_before(const struct __koito_regex_program *program,
                       const struct __koito_regex_subject *subject, size_t position)
{
    unsigned code = subject->text[position - 1];
    if (!program->wide || code < 0x80)
        return word(program, code);
    for (size_t back = 2; back <= 4 && back <= position; back++) {
        if (__koito_utf8_decode(subject->text + position - back, back, &code) == back)
            return word(program, code);
    }
    return word(program, subject->text[position - 1]); /* a bad byte */
}

static int assertion(const struct __koito_regex_program *program,
                     const struct __koito_regex_subject *subject, unsigned kind, size_t position)
{
    int before = position > 0 && word_before(program, subject, position);
    unsigned code = 0;
    if (position < subject->length)
        __koito_regex_char(program, subject, position, &code);
    int after = position < subject->length && word(program, code);
    switch (kind) {
    case __KOITO_RX_WORD_BOUNDARY:
        return before != after;
    case __KOITO_RX_NOT_WORD_BOUNDARY:
        return before == after;
    case __KOITO_RX_WORD_START:
        return !before && after;
    case __KOITO_RX_WORD_END:
        return before && !after;
    case __KOITO_RX_BUFFER_START:
        return position == 0;
    default: /* __KOITO_RX_BUFFER_END */
        return position == subject->length;
    }
}

int __koito_regex_anchor(const struct __koito_regex_program *program,
                         const struct __koito_regex_subject *subject,
                         const struct __koito_regex_inst *inst, size_t position)
{
    if (inst->op == __KOITO_RX_ASSERT)
        return assertion(program, subject, inst->arg, position);
    int lines = (program->flags & REG_NEWLINE) != 0;
    if (inst->op == __KOITO_RX_BOL) {
        if (position == 0)
            return !(subject->flags & REG_NOTBOL);
        return lines && subject->text[position - 1] == '\n';
    }
    if (position == subject->length)
        return !(subject->flags & REG_NOTEOL);
    return lines && subject->text[position] == '\n';
}
