/* __koito_regex_anchor(): test '^' or '$' at a position (libc, regex; internal). */
#include "regex_impl.h"

int __koito_regex_anchor(const struct __koito_regex_program *program,
                         const struct __koito_regex_subject *subject, int op, size_t position)
{
    int lines = (program->flags & REG_NEWLINE) != 0;
    if (op == __KOITO_RX_BOL) {
        if (position == 0)
            return !(subject->flags & REG_NOTBOL);
        return lines && subject->text[position - 1] == '\n';
    }
    if (position == subject->length)
        return !(subject->flags & REG_NOTEOL);
    return lines && subject->text[position] == '\n';
}
