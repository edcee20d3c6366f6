/*
 * Word expansion of koito-sh (userland, shell; XCU 2.6): tilde, parameters
 * ($name, ${name}, $?, $$, $!, $#, $0-$9, $@, $*), field splitting on IFS,
 * pathname expansion and quote removal, in that order. Command substitution
 * and arithmetic are not implemented: they give an error, never a guess.
 */
#ifndef KOITO_SH_EXPAND_H
#define KOITO_SH_EXPAND_H

#include <stdbool.h>
#include <stddef.h>

struct fields {
    char **items;
    size_t count, capacity;
};

/* Expands raw into fields (with splitting and globbing), appended to out.
 * Returns false after printing an error. */
bool expand_fields(const char *raw, struct fields *out);

/* Expands raw into one string, without field splitting or globbing: for
 * assignments and redirection targets. NULL after printing an error. */
char *expand_string(const char *raw);

void expand_free_fields(struct fields *fields);

#endif
