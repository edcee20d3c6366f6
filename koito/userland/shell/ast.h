/*
 * The syntax tree of koito-sh (userland, shell): what the parser builds from
 * one complete command (one line, or several joined by an operator or a
 * quote left open) and the executor walks. Words keep their quotes and `$`
 * exactly as typed; expand.c gives them meaning when the command runs, so
 * `$x` sees the value x has at that moment.
 *
 *   command_list  and_or (';' | '&' | newline) ...
 *   and_or        pipeline ('&&' | '||') pipeline ...   [background with '&']
 *   pipeline      command '|' command ...
 *   command       NAME=value ... word ... with redirections anywhere
 */
#ifndef KOITO_SH_AST_H
#define KOITO_SH_AST_H

#include <stdbool.h>
#include <stddef.h>

enum redirect_kind {
    REDIRECT_INPUT,      /* [n]<file   */
    REDIRECT_OUTPUT,     /* [n]>file   */
    REDIRECT_APPEND,     /* [n]>>file  */
    REDIRECT_DUP_OUTPUT, /* [n]>&m, [n]>&- */
    REDIRECT_DUP_INPUT,  /* [n]<&m, [n]<&- */
};

struct redirect {
    int fd;
    enum redirect_kind kind;
    char *target; /* a raw word: a file name, or a descriptor number or "-" */
};

struct command {
    char **assignments; /* raw "NAME=value" words before the command name */
    size_t assignment_count, assignment_capacity;
    char **words; /* raw words: the name and its arguments */
    size_t word_count, word_capacity;
    struct redirect *redirects; /* in source order, which is the order they apply */
    size_t redirect_count, redirect_capacity;
};

struct pipeline {
    struct command *commands;
    size_t count, capacity;
};

enum and_or_operator { AND_OR_AND, AND_OR_OR };

struct and_or {
    struct pipeline *pipelines;
    enum and_or_operator *operators; /* operators[i] joins pipelines[i] and [i + 1] */
    size_t count, capacity, operator_capacity;
    bool background;
    char *text; /* the source text, for `jobs` */
};

struct command_list {
    struct and_or *items;
    size_t count, capacity;
};

void ast_free(struct command_list *list);

#endif
