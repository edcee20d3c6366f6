/*
 * regexec(): match a compiled regular expression against a string (libc,
 * regex; <regex.h>, POSIX). The match is the leftmost-longest one; see
 * regex_impl.h for the passes. Under REG_STARTEND the string is
 * string[0, matches[0].rm_eo), which may hold null bytes (negated sets
 * match them, '.' does not, as in glibc), the match starts at matches[0].rm_so or later, and the
 * offsets reported count from `string`, as in glibc and the BSDs. Thread-safe: the program is only
 * read.
 */
#include "regex_impl.h"
#include <stdlib.h>
#include <string.h>

int regexec(const regex_t *restrict compiled, const char *restrict string, size_t count,
            regmatch_t matches[restrict], int flags)
{
    const struct __koito_regex_program *program = compiled->__program;
    struct __koito_regex_subject subject = {(const unsigned char *)string, 0, 0, flags};
    if (flags & REG_STARTEND) {
        if (matches[0].rm_so < 0 || matches[0].rm_eo < matches[0].rm_so)
            return REG_NOMATCH; /* glibc's answer to a range that holds nothing */
        subject.begin = (size_t)matches[0].rm_so;
        subject.length = (size_t)matches[0].rm_eo;
    } else {
        subject.length = strlen(string);
    }
    if (program->flags & REG_NOSUB)
        count = 0;
    unsigned long budget = __KOITO_REGEX_BUDGET;
    size_t slot_count = 2 * (program->groups + 1);
    size_t start = 0;
    size_t end = 0;
    int result;
    if (!program->backrefs) {
        result = __koito_regex_longest(program, &subject, &start, &end);
        if (result != 0 || count == 0)
            return result;
    }
    regoff_t *slots = malloc(slot_count * sizeof *slots);
    if (slots == NULL)
        return REG_ESPACE;
    if (!program->backrefs) {
        result = __koito_regex_backtrack(program, &subject, start, &end, slots, &budget);
    } else {
        result = REG_NOMATCH;
        for (start = subject.begin; start <= subject.length && result == REG_NOMATCH;) {
            result = __koito_regex_backtrack(program, &subject, start, NULL, slots, &budget);
            unsigned code;
            start +=
                start < subject.length ? __koito_regex_char(program, &subject, start, &code) : 1;
        }
    }
    for (size_t index = 0; result == 0 && index < count; index++) {
        int set = index <= program->groups && slots[2 * index] >= 0 &&
                  slots[2 * index + 1] >= slots[2 * index];
        matches[index].rm_so = set ? slots[2 * index] : -1;
        matches[index].rm_eo = set ? slots[2 * index + 1] : -1;
    }
    free(slots);
    return result;
}
