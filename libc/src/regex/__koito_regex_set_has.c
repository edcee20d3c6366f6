/*
 * __koito_regex_set_has() and __koito_regex_wide_add(): a compiled set's
 * members (libc, regex; internal). In "C" a set is a bitmap of bytes, with
 * case and negation already applied; under UTF-8 it is a set of code points
 * read at match time (struct __koito_regex_wide_set), so that classes need
 * no table of every character they hold.
 */
#include "char_class.h"
#include "regex_impl.h"
#include <stdlib.h>
#include <wctype.h>

int __koito_regex_wide_add(struct __koito_regex_wide_set *set, unsigned first, unsigned last)
{
    if (set->count == set->capacity) {
        size_t capacity = set->capacity ? set->capacity * 2 : 4;
        void *ranges = realloc(set->ranges, capacity * sizeof *set->ranges);
        if (ranges == NULL)
            return -1;
        set->ranges = ranges;
        set->capacity = capacity;
    }
    set->ranges[set->count].first = first;
    set->ranges[set->count].last = last;
    set->count++;
    return 0;
}

/* 1 if `code` is an explicit member or in one of the classes. */
static int member(const struct __koito_regex_wide_set *set, unsigned code)
{
    for (size_t index = 0; index < set->count; index++) {
        if (set->ranges[index].first <= code && code <= set->ranges[index].last)
            return 1;
    }
    for (unsigned classes = set->classes; classes != 0; classes &= classes - 1) {
        if (__koito_char_class_has_wide(__builtin_ctz(classes), code))
            return 1;
    }
    return 0;
}

static int wide_has(const struct __koito_regex_wide_set *set, unsigned code)
{
    if (code >= __KOITO_PATTERN_BAD)
        return member(set, code) && !set->negate;
    int found = member(set, code);
    if (!found && set->icase)
        found = member(set, (unsigned)towlower(code)) || member(set, (unsigned)towupper(code));
    if (set->negate)
        return !found && !(set->newline && code == '\n');
    return found;
}

int __koito_regex_set_has(const struct __koito_regex_program *program, unsigned index,
                          unsigned code)
{
    if (program->wide)
        return wide_has(&program->wide_sets[index], code);
    return (program->sets[index][code >> 3] >> (code & 7)) & 1;
}
