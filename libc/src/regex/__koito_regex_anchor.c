/*
 * __koito_regex_anchor(): test '^', '$' or a GNU assertion at a position
 * (libc, regex; internal). Positions count from the string's start, also
 * under REG_STARTEND, so the bytes before the searched range decide what
 * '^' under REG_NEWLINE and the word assertions see there, as in glibc.
 */
#include "regex_impl.h"
#include <ctype.h>

static int word_byte(const struct __koito_regex_subject *subject, size_t position)
{
    if (position >= subject->length)
        return 0;
    int byte = subject->text[position];
    return isalnum(byte) || byte == '_';
}

static int assertion(const struct __koito_regex_subject *subject, unsigned kind, size_t position)
{
    int before = position > 0 && word_byte(subject, position - 1);
    int after = word_byte(subject, position);
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
        return assertion(subject, inst->arg, position);
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
