/*
 * __koito_regex_longest(): find the leftmost-longest match by running every
 * thread of the program in lock step over the string (libc, regex;
 * internal; pass 1 of regexec, see regex_impl.h).
 *
 * A thread is an instruction waiting to consume the next character (a
 * byte in "C", a UTF-8 sequence or a lone bad byte under UTF-8), with the
 * position its match started at. At each position a new thread starts
 * (until a match is found) after all the older ones, so the list stays
 * ordered by start; two threads at one instruction have the same future,
 * so only the first, the one with the earlier start, is kept. Once a match
 * is found, threads that started later are dropped, and the search ends
 * when none is left: the last match recorded for the earliest start is the
 * longest. Work: string length x program length.
 */
#include "regex_impl.h"
#include <stdlib.h>

struct thread {
    size_t pc;
    size_t start;
};

struct lists {
    struct thread *threads[2];
    size_t counts[2];
    size_t *marks; /* per instruction: the stamp of the list it was last added to */
    size_t *stack; /* instructions waiting in an epsilon closure */
};

/* Adds the thread at `pc` to list `which` (stamped `stamp`), following
 * every branch, anchor and bookkeeping instruction at `position`. */
static void add(const struct __koito_regex_program *program,
                const struct __koito_regex_subject *subject, struct lists *lists, int which,
                size_t stamp, size_t pc, size_t start, size_t position)
{
    size_t depth = 0;
    lists->stack[depth++] = pc;
    while (depth > 0) {
        pc = lists->stack[--depth];
        if (lists->marks[pc] == stamp)
            continue;
        lists->marks[pc] = stamp;
        const struct __koito_regex_inst *inst = &program->code[pc];
        switch (inst->op) {
        case __KOITO_RX_JUMP:
        case __KOITO_RX_LOOP: /* an empty iteration comes back to a marked instruction */
            lists->stack[depth++] = pc + (size_t)inst->x;
            break;
        case __KOITO_RX_SPLIT:
            lists->stack[depth++] = pc + (size_t)inst->y;
            lists->stack[depth++] = pc + (size_t)inst->x;
            break;
        case __KOITO_RX_SAVE:
        case __KOITO_RX_MARK:
            lists->stack[depth++] = pc + 1;
            break;
        case __KOITO_RX_BOL:
        case __KOITO_RX_EOL:
        case __KOITO_RX_ASSERT:
            if (__koito_regex_anchor(program, subject, inst, position))
                lists->stack[depth++] = pc + 1;
            break;
        default: /* SET and MATCH wait in the list */
            lists->threads[which][lists->counts[which]++] = (struct thread){pc, start};
            break;
        }
    }
}

int __koito_regex_longest(const struct __koito_regex_program *program,
                          const struct __koito_regex_subject *subject, size_t *start, size_t *end)
{
    size_t length = program->length;
    struct lists lists = {
        .threads = {malloc(length * sizeof(struct thread)), malloc(length * sizeof(struct thread))},
        .marks = calloc(length, sizeof(size_t)),
        .stack = malloc((2 * length + 2) * sizeof(size_t)),
    };
    int result = REG_ESPACE;
    if (lists.threads[0] == NULL || lists.threads[1] == NULL || lists.marks == NULL ||
        lists.stack == NULL)
        goto out;
    int found = 0;
    int current = 0;
    size_t width = 1;
    for (size_t position = subject->begin;; position += width) {
        /* Stamps: position + 1 for the list at `position`. Every thread
         * consumes the same character, `width` bytes, so the next list is
         * at position + width (a UTF-8 character's start). */
        if (!found)
            add(program, subject, &lists, current, position + 1, 0, position, position);
        unsigned code = 0;
        width = 1;
        if (position < subject->length)
            width = __koito_regex_char(program, subject, position, &code);
        int next = !current;
        lists.counts[next] = 0;
        for (size_t index = 0; index < lists.counts[current]; index++) {
            struct thread thread = lists.threads[current][index];
            if (found && thread.start > *start)
                continue;
            const struct __koito_regex_inst *inst = &program->code[thread.pc];
            if (inst->op == __KOITO_RX_MATCH) {
                if (!found || thread.start < *start || position > *end) {
                    found = 1;
                    *start = thread.start;
                    *end = position;
                }
            } else if (position < subject->length &&
                       __koito_regex_set_has(program, inst->arg, code)) {
                add(program, subject, &lists, next, position + width + 1, thread.pc + 1,
                    thread.start, position + width);
            }
        }
        current = next;
        if (position == subject->length || (found && lists.counts[current] == 0))
            break;
    }
    result = found ? 0 : REG_NOMATCH;
out:
    free(lists.threads[0]);
    free(lists.threads[1]);
    free(lists.marks);
    free(lists.stack);
    return result;
}
