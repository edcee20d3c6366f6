/*
 * The parser of koito-sh (userland, shell): see parser.h. A recursive-descent
 * parser over the lexer's tokens with one token of lookahead, following the
 * POSIX sh grammar (XCU 2.10) for the subset koito-sh runs: lists, and-or
 * lists, pipelines and simple commands. Compound commands (if, while, for,
 * case, functions, subshells) are refused with a syntax error that says so.
 */
#include "parser.h"

#include "lexer.h"
#include "memory.h"

#include <ctype.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parser {
    struct lexer lexer;
    struct token current;
    struct parse_error *error;
    jmp_buf failure; /* where a syntax error or incomplete text unwinds to */
    enum parse_status failure_status;
};

static void parser_advance(struct parser *parser)
{
    free(parser->current.text);
    lexer_next(&parser->lexer, &parser->current);
    if (parser->current.kind == TOKEN_INCOMPLETE) {
        parser->failure_status = PARSE_INCOMPLETE;
        longjmp(parser->failure, 1);
    }
}

static _Noreturn void parser_fail(struct parser *parser, const char *format, const char *detail)
{
    if (parser->current.kind == TOKEN_END) {
        /* The text ended where more was needed: a later line may complete it. */
        parser->failure_status = PARSE_INCOMPLETE;
        longjmp(parser->failure, 1);
    }
    parser->error->line = parser->current.line;
    snprintf(parser->error->message, sizeof parser->error->message, format, detail);
    parser->failure_status = PARSE_ERROR;
    longjmp(parser->failure, 1);
}

static _Noreturn void parser_unexpected(struct parser *parser)
{
    parser_fail(parser, "syntax error: unexpected \"%s\"", lexer_token_name(&parser->current));
}

/* The reserved words of POSIX sh that start compound commands koito-sh lacks. */
static bool parser_is_reserved(const char *word)
{
    static const char *const reserved[] = {"if",   "then", "else", "elif",  "fi",    "do",
                                           "done", "case", "esac", "while", "until", "for",
                                           "{",    "}",    "!",    "in"};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(word, reserved[i]) == 0)
            return true;
    return false;
}

/* NAME=... with NAME a valid variable name: an assignment word. */
static bool parser_is_assignment(const char *word)
{
    if (!isalpha((unsigned char)word[0]) && word[0] != '_')
        return false;
    for (size_t i = 1; word[i]; i++) {
        if (word[i] == '=')
            return true;
        if (!isalnum((unsigned char)word[i]) && word[i] != '_')
            return false;
    }
    return false;
}

static bool parser_is_redirection(enum token_kind kind)
{
    return kind == TOKEN_LESS || kind == TOKEN_GREAT || kind == TOKEN_DGREAT ||
           kind == TOKEN_GREATAND || kind == TOKEN_LESSAND;
}

static void parser_redirection(struct parser *parser, struct command *command)
{
    struct redirect redirect;
    enum token_kind kind = parser->current.kind;
    bool input = kind == TOKEN_LESS || kind == TOKEN_LESSAND;
    redirect.fd = parser->current.io_number >= 0 ? parser->current.io_number : (input ? 0 : 1);
    redirect.kind = kind == TOKEN_LESS       ? REDIRECT_INPUT
                    : kind == TOKEN_GREAT    ? REDIRECT_OUTPUT
                    : kind == TOKEN_DGREAT   ? REDIRECT_APPEND
                    : kind == TOKEN_GREATAND ? REDIRECT_DUP_OUTPUT
                                             : REDIRECT_DUP_INPUT;
    parser_advance(parser);
    if (parser->current.kind != TOKEN_WORD)
        parser_unexpected(parser);
    if (redirect.kind == REDIRECT_DUP_OUTPUT || redirect.kind == REDIRECT_DUP_INPUT) {
        const char *target = parser->current.text;
        bool number = target[0] != '\0' && strspn(target, "0123456789") == strlen(target);
        if (!number && strcmp(target, "-") != 0)
            parser_fail(parser, "syntax error: \"%s\" is not a descriptor number or -", target);
    }
    redirect.target = parser->current.text;
    parser->current.text = NULL;
    MEMORY_PUSH(command->redirects, command->redirect_count, command->redirect_capacity, redirect);
    parser_advance(parser);
}

/* command: (assignment | word | redirection)+ ; assignments only before the name.
 * Every part is built in place inside the tree, so a syntax error that
 * unwinds from anywhere leaves nothing that ast_free cannot reach. */
static void parser_command(struct parser *parser, struct command *command)
{
    for (;;) {
        if (parser_is_redirection(parser->current.kind)) {
            parser_redirection(parser, command);
        } else if (parser->current.kind == TOKEN_WORD) {
            char *word = parser->current.text;
            if (command->word_count == 0 && parser_is_assignment(word)) {
                MEMORY_PUSH(command->assignments, command->assignment_count,
                            command->assignment_capacity, word);
            } else {
                if (command->word_count == 0 && parser_is_reserved(word))
                    parser_fail(parser,
                                "syntax error: \"%s\": compound commands are not supported by "
                                "koito-sh",
                                word);
                MEMORY_PUSH(command->words, command->word_count, command->word_capacity, word);
            }
            parser->current.text = NULL;
            parser_advance(parser);
        } else {
            break;
        }
    }
    if (command->word_count == 0 && command->assignment_count == 0 && command->redirect_count == 0)
        parser_unexpected(parser);
}

/* After `|`, `&&` or `||` newlines may come before the next command. */
static void parser_linebreak(struct parser *parser)
{
    while (parser->current.kind == TOKEN_NEWLINE)
        parser_advance(parser);
}

static void parser_pipeline(struct parser *parser, struct pipeline *pipeline)
{
    for (;;) {
        struct command empty = {0};
        MEMORY_PUSH(pipeline->commands, pipeline->count, pipeline->capacity, empty);
        parser_command(parser, &pipeline->commands[pipeline->count - 1]);
        if (parser->current.kind != TOKEN_PIPE)
            return;
        parser_advance(parser);
        parser_linebreak(parser);
    }
}

static void parser_and_or(struct parser *parser, struct command_list *list)
{
    struct and_or item = {0};
    size_t start = parser->current.start;
    /* Pushed first, so a syntax error below still frees what was built. */
    MEMORY_PUSH(list->items, list->count, list->capacity, item);
    struct and_or *built = &list->items[list->count - 1];
    for (;;) {
        struct pipeline empty = {0};
        MEMORY_PUSH(built->pipelines, built->count, built->capacity, empty);
        parser_pipeline(parser, &built->pipelines[built->count - 1]);
        enum token_kind kind = parser->current.kind;
        if (kind != TOKEN_AND_IF && kind != TOKEN_OR_IF)
            break;
        enum and_or_operator operator= kind == TOKEN_AND_IF ? AND_OR_AND : AND_OR_OR;
        size_t operators = built->count - 1;
        MEMORY_PUSH(built->operators, operators, built->operator_capacity, operator);
        parser_advance(parser);
        parser_linebreak(parser);
    }
    size_t end = parser->current.start;
    while (end > start && isspace((unsigned char)parser->lexer.text[end - 1]))
        end--;
    built->text = memory_strndup(parser->lexer.text + start, end - start);
}

/* Parses with the parser state on the heap: a syntax error longjmps back
 * here, and only memory (not locals changed after setjmp) survives that. */
static enum parse_status parser_run(struct parser *parser, struct parse_input *input,
                                    struct command_list *list)
{
    if (setjmp(parser->failure)) {
        free(parser->current.text);
        ast_free(list);
        return parser->failure_status;
    }
    parser_advance(parser);
    parser_linebreak(parser);
    if (parser->current.kind == TOKEN_END) {
        input->position = parser->lexer.position;
        input->line = parser->lexer.line;
        return PARSE_END;
    }
    for (;;) {
        parser_and_or(parser, list);
        enum token_kind kind = parser->current.kind;
        if (kind == TOKEN_AMPERSAND)
            list->items[list->count - 1].background = true;
        if (kind == TOKEN_SEMICOLON || kind == TOKEN_AMPERSAND) {
            /* The list may end after the separator: read no further than needed. */
            parser_advance(parser);
            kind = parser->current.kind;
            if (kind == TOKEN_NEWLINE || kind == TOKEN_END)
                break;
            continue;
        }
        if (kind == TOKEN_NEWLINE || kind == TOKEN_END)
            break;
        parser_unexpected(parser);
    }
    free(parser->current.text);
    input->position = parser->lexer.position;
    input->line = parser->lexer.line;
    return PARSE_OK;
}

enum parse_status parser_parse(struct parse_input *input, struct command_list *list,
                               struct parse_error *error)
{
    struct parser *parser = memory_alloc(sizeof *parser);
    parser->error = error;
    parser->current.text = NULL;
    *list = (struct command_list){0};
    lexer_init(&parser->lexer, input->text, input->length, input->position, input->line);
    enum parse_status status = parser_run(parser, input, list);
    free(parser);
    return status;
}
