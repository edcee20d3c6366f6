/*
 * The parser of koito-sh (userland, shell): turns the text of one complete
 * command into a command_list (ast.h). It reads from a position in a larger
 * text (a script, or the lines typed so far) and stops after the newline
 * that ends the command, so a script runs command by command, as in POSIX sh.
 */
#ifndef KOITO_SH_PARSER_H
#define KOITO_SH_PARSER_H

#include "ast.h"

#include <stddef.h>

enum parse_status {
    PARSE_OK,         /* *list holds one complete command (it may be empty) */
    PARSE_END,        /* only blanks, comments and newlines were left */
    PARSE_INCOMPLETE, /* the text ends where more must follow: a quote, `&&`, `|` */
    PARSE_ERROR,      /* a syntax error: message says what and where */
};

struct parse_input {
    const char *text;
    size_t length;
    size_t position; /* in: where to start; out (PARSE_OK): after the command */
    int line;        /* in and out, like position */
};

struct parse_error {
    int line;
    char message[160];
};

enum parse_status parser_parse(struct parse_input *input, struct command_list *list,
                               struct parse_error *error);

#endif
