/*
 * __koito_regex_backtrack(): find subexpression boundaries by a depth-first
 * search of the program (libc, regex; internal; pass 2 of regexec, or the
 * whole search when the expression has back-references; see regex_impl.h).
 *
 * The search prefers the first branch of every SPLIT: the greedy choice of
 * a repetition and the earlier alternative. Its stack holds choices still
 * to try and the old values of slots to restore on the way back, so no
 * recursion depends on the string's length.
 *  - With a known end (pass 2), the first path that reaches MATCH exactly
 *    there wins. Without back-references, whether a path from (instruction,
 *    position) can get there does not depend on how it arrived, so a bitmap
 *    of the pairs already tried cuts every repeated visit: the work is
 *    bounded by program length x match length.
 *  - Without one (back-references), every path is tried and the longest
 *    match kept (the first found among equals); the budget bounds the work.
 */
#include "regex_impl.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

enum { TRY, RESTORE_SLOT, RESTORE_MARK };

struct entry {
    int kind;
    size_t index; /* TRY: instruction; RESTORE_*: slot */
    long value;   /* TRY: position; RESTORE_*: the old value */
};

struct search {
    struct entry *entries;
    size_t depth;
    size_t capacity;
};

static int push(struct search *search, int kind, size_t index, long value)
{
    if (search->depth == search->capacity) {
        size_t capacity = search->capacity ? search->capacity * 2 : 64;
        struct entry *entries = realloc(search->entries, capacity * sizeof *entries);
        if (entries == NULL)
            return -1;
        search->entries = entries;
        search->capacity = capacity;
    }
    search->entries[search->depth++] = (struct entry){kind, index, value};
    return 0;
}

/* Under UTF-8 and REG_ICASE: 1 if the `length` bytes at `left` and at
 * `right` hold the same characters up to case, character for character. */
static int same_folded(const unsigned char *left, const unsigned char *right, size_t length)
{
    for (size_t index = 0, width; index < length; index += width) {
        unsigned one;
        unsigned other;
        width = __koito_pattern_char(left + index, length - index, 1, &one);
        if (__koito_pattern_char(right + index, length - index, 1, &other) != width)
            return 0;
        if (one != other && (one >= __KOITO_PATTERN_BAD || other >= __KOITO_PATTERN_BAD ||
                             towlower(one) != towlower(other)))
            return 0;
    }
    return 1;
}

/* 1 if the text of slots [2k, 2k+1] appears at `position`; sets *length. */
static int backref(const struct __koito_regex_program *program,
                   const struct __koito_regex_subject *subject, const regoff_t *slots,
                   unsigned number, size_t position, size_t limit, size_t *length)
{
    regoff_t from = slots[2 * number];
    regoff_t to = slots[2 * number + 1];
    if (from < 0 || to < from)
        return 0;
    *length = (size_t)(to - from);
    if (*length > limit - position)
        return 0;
    const unsigned char *text = subject->text;
    if (program->wide && (program->flags & REG_ICASE))
        return same_folded(text + from, text + position, *length);
    for (size_t index = 0; index < *length; index++) {
        int left = text[(size_t)from + index];
        int right = text[position + index];
        if ((program->flags & REG_ICASE) ? tolower(left) != tolower(right) : left != right)
            return 0;
    }
    return 1;
}

int __koito_regex_backtrack(const struct __koito_regex_program *program,
                            const struct __koito_regex_subject *subject, size_t start,
                            const size_t *end, regoff_t *slots, unsigned long *budget)
{
    size_t slot_count = 2 * (program->groups + 1);
    size_t limit = end ? *end : subject->length;
    size_t span = limit - start + 1;
    int memo_on = end != NULL && !program->backrefs;
    regoff_t *current = malloc(slot_count * sizeof *current);
    size_t *marks = calloc(program->loop_slots + 1, sizeof *marks);
    unsigned char *memo = NULL;
    if (memo_on && span <= (size_t)-1 / 8 / program->length)
        memo = calloc((program->length * span + 7) / 8, 1);
    struct search search = {0};
    int result = REG_ESPACE;
    long best = -1;
    if (current == NULL || marks == NULL || (memo_on && memo == NULL) ||
        push(&search, TRY, 0, (long)start) < 0)
        goto out;
    for (size_t index = 0; index < slot_count; index++)
        current[index] = -1;
    while (search.depth > 0) {
        struct entry entry = search.entries[--search.depth];
        if (entry.kind == RESTORE_SLOT) {
            current[entry.index] = entry.value;
            continue;
        }
        if (entry.kind == RESTORE_MARK) {
            marks[entry.index] = (size_t)entry.value;
            continue;
        }
        size_t pc = entry.index;
        size_t position = (size_t)entry.value;
        for (;;) {
            if (*budget == 0)
                goto out;
            --*budget;
            if (memo != NULL) {
                size_t bit = pc * span + (position - start);
                if (memo[bit / 8] & (1u << (bit % 8)))
                    break;
                memo[bit / 8] |= (unsigned char)(1u << (bit % 8));
            }
            const struct __koito_regex_inst *inst = &program->code[pc];
            size_t length;
            if (inst->op == __KOITO_RX_SET) {
                unsigned code;
                if (position >= limit)
                    break;
                size_t width = __koito_regex_char(program, subject, position, &code);
                if (!__koito_regex_set_has(program, inst->arg, code))
                    break;
                pc++;
                position += width;
            } else if (inst->op == __KOITO_RX_BOL || inst->op == __KOITO_RX_EOL ||
                       inst->op == __KOITO_RX_ASSERT) {
                if (!__koito_regex_anchor(program, subject, inst, position))
                    break;
                pc++;
            } else if (inst->op == __KOITO_RX_SAVE) {
                if (push(&search, RESTORE_SLOT, inst->arg, current[inst->arg]) < 0)
                    goto out;
                current[inst->arg] = (regoff_t)position;
                pc++;
            } else if (inst->op == __KOITO_RX_SPLIT) {
                if (push(&search, TRY, pc + (size_t)inst->y, (long)position) < 0)
                    goto out;
                pc += (size_t)inst->x;
            } else if (inst->op == __KOITO_RX_JUMP) {
                pc += (size_t)inst->x;
            } else if (inst->op == __KOITO_RX_MARK) {
                if (push(&search, RESTORE_MARK, inst->arg, (long)marks[inst->arg]) < 0)
                    goto out;
                marks[inst->arg] = position;
                pc++;
            } else if (inst->op == __KOITO_RX_LOOP) {
                /* An empty iteration changes no position: failing it loses no
                 * match (and keeps loops finite). */
                if (position == marks[inst->arg])
                    break;
                pc += (size_t)inst->x;
            } else if (inst->op == __KOITO_RX_BACKREF) {
                if (!backref(program, subject, current, inst->arg, position, limit, &length))
                    break;
                pc++;
                position += length;
            } else { /* MATCH */
                if (end != NULL ? position == *end : (long)position > best) {
                    best = (long)position;
                    memcpy(slots, current, slot_count * sizeof *slots);
                    if (end != NULL || position == subject->length) {
                        result = 0;
                        goto out;
                    }
                }
                break;
            }
        }
    }
    result = best >= 0 ? 0 : REG_NOMATCH;
out:
    free(current);
    free(marks);
    free(memo);
    free(search.entries);
    return result;
}
