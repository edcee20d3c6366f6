/*
 * The tokenizer of koito-sh (userland, shell). It splits shell text into
 * words and operators the way POSIX sh does (XCU 2.3): quotes and backslashes
 * keep metacharacters inside a word, `#` starts a comment at the start of a
 * word, a backslash-newline joins lines. Words are returned raw, quotes
 * included. Text that ends inside a quote or after a trailing backslash gives
 * TOKEN_INCOMPLETE, so an interactive shell can ask for the next line.
 */
#ifndef KOITO_SH_LEXER_H
#define KOITO_SH_LEXER_H

#include <stddef.h>

enum token_kind {
    TOKEN_WORD,
    TOKEN_NEWLINE,
    TOKEN_SEMICOLON,   /* ;  */
    TOKEN_AMPERSAND,   /* &  */
    TOKEN_AND_IF,      /* && */
    TOKEN_OR_IF,       /* || */
    TOKEN_PIPE,        /* |  */
    TOKEN_LESS,        /* <  */
    TOKEN_GREAT,       /* >  */
    TOKEN_DGREAT,      /* >> */
    TOKEN_GREATAND,    /* >& */
    TOKEN_LESSAND,     /* <& */
    TOKEN_UNSUPPORTED, /* ( ) ;; and other operators koito-sh does not implement */
    TOKEN_END,
    TOKEN_INCOMPLETE,
};

struct token {
    enum token_kind kind;
    char *text;    /* TOKEN_WORD and TOKEN_UNSUPPORTED: owned by the caller */
    int io_number; /* redirection operators: the descriptor written before them, or -1 */
    int line;      /* where the token starts */
    size_t start;  /* offset of the token in the text */
};

struct lexer {
    const char *text;
    size_t length;
    size_t position;
    int line;
};

void lexer_init(struct lexer *lexer, const char *text, size_t length, size_t position, int line);
void lexer_next(struct lexer *lexer, struct token *token);
const char *lexer_token_name(const struct token *token);

#endif
