/* The tokenizer of koito-sh (userland, shell): see lexer.h. */
#include "lexer.h"

#include "memory.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

void lexer_init(struct lexer *lexer, const char *text, size_t length, size_t position, int line)
{
    lexer->text = text;
    lexer->length = length;
    lexer->position = position;
    lexer->line = line;
}

static int lexer_peek(const struct lexer *lexer, size_t ahead)
{
    size_t at = lexer->position + ahead;
    return at < lexer->length ? (unsigned char)lexer->text[at] : -1;
}

static bool lexer_is_operator_start(int c)
{
    return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

/* Skips blanks, comments and backslash-newline pairs between tokens. */
static void lexer_skip_blanks(struct lexer *lexer)
{
    for (;;) {
        int c = lexer_peek(lexer, 0);
        if (c == ' ' || c == '\t') {
            lexer->position++;
        } else if (c == '\\' && lexer_peek(lexer, 1) == '\n') {
            lexer->position += 2;
            lexer->line++;
        } else if (c == '#') {
            while (lexer_peek(lexer, 0) != -1 && lexer_peek(lexer, 0) != '\n')
                lexer->position++;
        } else {
            return;
        }
    }
}

/* Scans an operator at the current position; sets the token's kind. */
static void lexer_operator(struct lexer *lexer, struct token *token)
{
    static const struct {
        const char *text;
        enum token_kind kind;
    } operators[] = {
        {"&&", TOKEN_AND_IF},      {"||", TOKEN_OR_IF},       {">>", TOKEN_DGREAT},
        {">&", TOKEN_GREATAND},    {"<&", TOKEN_LESSAND},     {";;", TOKEN_UNSUPPORTED},
        {"<<", TOKEN_UNSUPPORTED}, {"<>", TOKEN_UNSUPPORTED}, {">|", TOKEN_UNSUPPORTED},
        {";", TOKEN_SEMICOLON},    {"&", TOKEN_AMPERSAND},    {"|", TOKEN_PIPE},
        {"<", TOKEN_LESS},         {">", TOKEN_GREAT},        {"(", TOKEN_UNSUPPORTED},
        {")", TOKEN_UNSUPPORTED},
    };
    for (size_t i = 0; i < sizeof operators / sizeof operators[0]; i++) {
        size_t length = strlen(operators[i].text);
        if (lexer->position + length <= lexer->length &&
            memcmp(lexer->text + lexer->position, operators[i].text, length) == 0) {
            token->kind = operators[i].kind;
            if (token->kind == TOKEN_UNSUPPORTED)
                token->text = memory_strndup(operators[i].text, length);
            lexer->position += length;
            return;
        }
    }
}

/* Scans a word up to an unquoted blank, newline or operator. Returns false
 * when the text ends inside a quote or after a lone backslash. */
static bool lexer_word(struct lexer *lexer)
{
    for (;;) {
        int c = lexer_peek(lexer, 0);
        if (c == -1 || c == ' ' || c == '\t' || c == '\n' || lexer_is_operator_start(c))
            return true;
        if (c == '\\') {
            if (lexer_peek(lexer, 1) == -1)
                return false;
            if (lexer_peek(lexer, 1) == '\n')
                lexer->line++;
            lexer->position += 2;
        } else if (c == '\'') {
            const char *close = memchr(lexer->text + lexer->position + 1, '\'',
                                       lexer->length - lexer->position - 1);
            if (!close)
                return false;
            for (const char *p = lexer->text + lexer->position; p < close; p++)
                lexer->line += *p == '\n';
            lexer->position = (size_t)(close - lexer->text) + 1;
        } else if (c == '"') {
            lexer->position++;
            for (;;) {
                int d = lexer_peek(lexer, 0);
                if (d == -1)
                    return false;
                lexer->position++;
                if (d == '"')
                    break;
                if (d == '\n')
                    lexer->line++;
                if (d == '\\') {
                    if (lexer_peek(lexer, 0) == -1)
                        return false;
                    lexer->line += lexer_peek(lexer, 0) == '\n';
                    lexer->position++;
                }
            }
        } else if (c == '$' && lexer_peek(lexer, 1) == '(') {
            /* $(...) and $((...)) stay in the word, so expansion can say
             * they are not supported instead of a confusing syntax error. */
            int depth = 0;
            lexer->position++;
            do {
                int d = lexer_peek(lexer, 0);
                if (d == -1)
                    return false;
                depth += d == '(' ? 1 : d == ')' ? -1 : 0;
                lexer->line += d == '\n';
                lexer->position++;
            } while (depth > 0);
        } else if (c == '$' && lexer_peek(lexer, 1) == '{') {
            while (lexer_peek(lexer, 0) != -1 && lexer_peek(lexer, 0) != '}')
                lexer->position++;
            if (lexer_peek(lexer, 0) == -1)
                return false;
            lexer->position++;
        } else {
            lexer->position++;
        }
    }
}

void lexer_next(struct lexer *lexer, struct token *token)
{
    lexer_skip_blanks(lexer);
    token->text = NULL;
    token->io_number = -1;
    token->line = lexer->line;
    token->start = lexer->position;
    int c = lexer_peek(lexer, 0);
    if (c == -1) {
        token->kind = TOKEN_END;
        return;
    }
    if (c == '\\' && lexer_peek(lexer, 1) == -1) {
        token->kind = TOKEN_INCOMPLETE;
        return;
    }
    if (c == '\n') {
        lexer->position++;
        lexer->line++;
        token->kind = TOKEN_NEWLINE;
        return;
    }
    /* Digits directly before '<' or '>' name the descriptor to redirect. */
    size_t digits = 0;
    while (isdigit(lexer_peek(lexer, digits)))
        digits++;
    int after = lexer_peek(lexer, digits);
    if (digits > 0 && digits < 4 && (after == '<' || after == '>')) {
        int number = 0;
        for (size_t i = 0; i < digits; i++)
            number = number * 10 + (lexer->text[lexer->position + i] - '0');
        lexer->position += digits;
        lexer_operator(lexer, token);
        token->io_number = number;
        return;
    }
    if (lexer_is_operator_start(c)) {
        lexer_operator(lexer, token);
        return;
    }
    if (!lexer_word(lexer)) {
        token->kind = TOKEN_INCOMPLETE;
        return;
    }
    token->kind = TOKEN_WORD;
    token->text = memory_strndup(lexer->text + token->start, lexer->position - token->start);
}

const char *lexer_token_name(const struct token *token)
{
    switch (token->kind) {
    case TOKEN_WORD:
    case TOKEN_UNSUPPORTED:
        return token->text;
    case TOKEN_NEWLINE:
        return "newline";
    case TOKEN_SEMICOLON:
        return ";";
    case TOKEN_AMPERSAND:
        return "&";
    case TOKEN_AND_IF:
        return "&&";
    case TOKEN_OR_IF:
        return "||";
    case TOKEN_PIPE:
        return "|";
    case TOKEN_LESS:
        return "<";
    case TOKEN_GREAT:
        return ">";
    case TOKEN_DGREAT:
        return ">>";
    case TOKEN_GREATAND:
        return ">&";
    case TOKEN_LESSAND:
        return "<&";
    case TOKEN_END:
    case TOKEN_INCOMPLETE:
        break;
    }
    return "end of file";
}
