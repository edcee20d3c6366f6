/*
 * Word expansion of koito-sh (userland, shell): see expand.h. The word is
 * first expanded into characters that remember how they came to be: quoted
 * ones are neither split nor treated as pattern characters; ones produced by
 * an unquoted expansion may be split. Splitting then globbing read those
 * marks, which is what makes "$x" and $x differ.
 */
#include "expand.h"

#include "memory.h"
#include "pattern.h"
#include "shell.h"
#include "variables.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
    MARK_QUOTED = 1, /* literal: not split, not a pattern character */
    MARK_SPLIT = 2,  /* from an unquoted expansion: IFS characters split here */
};

/* One field being built: characters with their marks. */
struct field {
    char *chars;
    unsigned char *marks;
    size_t length, capacity;
    bool exists; /* a quoted empty string still makes a field */
};

struct expansion {
    struct field current;
    struct field *done; /* fields finished by "$@" */
    size_t done_count, done_capacity;
};

static void field_add(struct field *field, char c, unsigned char mark)
{
    if (field->length + 1 >= field->capacity) {
        field->capacity = field->capacity ? field->capacity * 2 : 32;
        field->chars = memory_resize(field->chars, field->capacity);
        field->marks = memory_resize(field->marks, field->capacity);
    }
    field->chars[field->length] = c;
    field->marks[field->length++] = mark;
}

static void field_add_text(struct field *field, const char *text, unsigned char mark)
{
    for (; *text; text++)
        field_add(field, *text, mark);
}

static void expansion_finish_field(struct expansion *expansion)
{
    MEMORY_PUSH(expansion->done, expansion->done_count, expansion->done_capacity,
                expansion->current);
    expansion->current = (struct field){.exists = true};
}

/* The value of a special or positional parameter; buffer holds numbers. */
static const char *expand_special(char name, char buffer[32])
{
    switch (name) {
    case '?':
        snprintf(buffer, 32, "%d", shell.last_status);
        return buffer;
    case '$':
        snprintf(buffer, 32, "%ld", (long)getpid());
        return buffer;
    case '!':
        if (shell.last_background == 0)
            return "";
        snprintf(buffer, 32, "%ld", (long)shell.last_background);
        return buffer;
    case '#':
        snprintf(buffer, 32, "%zu", shell.positional_count);
        return buffer;
    case '-':
        snprintf(buffer, 32, "%s%s", shell.errexit ? "e" : "", shell.xtrace ? "x" : "");
        return buffer;
    case '0':
        return shell.name;
    default: {
        size_t index = (size_t)(name - '0');
        return index <= shell.positional_count ? shell.positional[index - 1] : "";
    }
    }
}

/* "$@" and "$*" and their unquoted forms. */
static void expand_positional_all(struct expansion *expansion, char name, bool quoted)
{
    for (size_t i = 0; i < shell.positional_count; i++) {
        if (i > 0) {
            if (quoted && name == '@')
                expansion_finish_field(expansion);
            else
                field_add(&expansion->current, ' ', quoted ? MARK_QUOTED : MARK_SPLIT);
        }
        field_add_text(&expansion->current, shell.positional[i], quoted ? MARK_QUOTED : MARK_SPLIT);
        if (quoted)
            expansion->current.exists = true;
    }
}

/* Expands the parameter after a '$' at raw[*at]; returns false on an
 * unsupported form. Leaves *at after it. A '$' followed by nothing that
 * names a parameter is a literal '$'. */
static bool expand_parameter(struct expansion *expansion, const char *raw, size_t *at, bool quoted)
{
    unsigned char mark = quoted ? MARK_QUOTED : MARK_SPLIT;
    const char *p = raw + *at + 1;
    char buffer[32];
    if (*p == '(') {
        fputs(p[1] == '(' ? "koito-sh: $((...)) arithmetic expansion is not supported\n"
                          : "koito-sh: $(...) command substitution is not supported\n",
              stderr);
        return false;
    }
    if (*p == '@' || *p == '*') {
        expand_positional_all(expansion, *p, quoted);
        *at += 2;
        return true;
    }
    if (*p && strchr("?$!#-0123456789", *p)) {
        field_add_text(&expansion->current, expand_special(*p, buffer), mark);
        *at += 2;
        return true;
    }
    const char *name = p;
    size_t length = 0;
    size_t consumed;
    if (*p == '{') {
        const char *close = strchr(p, '}');
        name = p + 1;
        length = close ? (size_t)(close - name) : 0;
        consumed = length + 3;
        if (!close || length == 0) {
            fputs("koito-sh: bad substitution\n", stderr);
            return false;
        }
        if (length == 1 && strchr("?$!#-0123456789@*", name[0])) {
            char shortened[3] = {'$', name[0], '\0'};
            size_t zero = 0;
            if (!expand_parameter(expansion, shortened, &zero, quoted))
                return false;
            *at += consumed;
            return true;
        }
        if (!variables_valid_name(name, length)) {
            fprintf(stderr, "koito-sh: ${%.*s}: bad substitution (only ${name} is supported)\n",
                    (int)length, name);
            return false;
        }
    } else {
        while (variables_valid_name(name, length + 1))
            length++;
        consumed = length + 1;
        if (length == 0) {
            field_add(&expansion->current, '$', MARK_QUOTED);
            *at += 1;
            return true;
        }
    }
    char *variable = memory_strndup(name, length);
    const char *value = variables_get(variable);
    free(variable);
    if (value)
        field_add_text(&expansion->current, value, mark);
    *at += consumed;
    return true;
}

/* Builds the marked characters of raw into expansion. */
static bool expand_characters(struct expansion *expansion, const char *raw)
{
    bool double_quoted = false;
    size_t i = 0;
    if (raw[0] == '~' && (raw[1] == '\0' || raw[1] == '/')) {
        const char *home = variables_get("HOME");
        field_add_text(&expansion->current, home ? home : "~", MARK_QUOTED);
        expansion->current.exists = true;
        i = 1;
    }
    while (raw[i]) {
        char c = raw[i];
        if (c == '`') {
            fputs("koito-sh: `...` command substitution is not supported\n", stderr);
            return false;
        }
        if (c == '$') {
            if (!expand_parameter(expansion, raw, &i, double_quoted))
                return false;
            continue;
        }
        if (c == '"') {
            double_quoted = !double_quoted;
            /* Opening quotes make a field even if empty, except around a
             * lone "$@", which makes none when there are no parameters. */
            if (double_quoted && !(raw[i + 1] == '$' && raw[i + 2] == '@' && raw[i + 3] == '"'))
                expansion->current.exists = true;
            i++;
            continue;
        }
        if (c == '\'' && !double_quoted) {
            const char *close = strchr(raw + i + 1, '\'');
            size_t end = close ? (size_t)(close - raw) : strlen(raw);
            for (size_t j = i + 1; j < end; j++)
                field_add(&expansion->current, raw[j], MARK_QUOTED);
            expansion->current.exists = true;
            i = close ? end + 1 : end;
            continue;
        }
        if (c == '\\' && raw[i + 1]) {
            char next = raw[i + 1];
            i += 2;
            if (next == '\n')
                continue; /* a line continuation */
            if (double_quoted && !strchr("$`\"\\", next))
                field_add(&expansion->current, '\\', MARK_QUOTED);
            field_add(&expansion->current, next, MARK_QUOTED);
            expansion->current.exists = true;
            continue;
        }
        field_add(&expansion->current, c, double_quoted ? MARK_QUOTED : 0);
        expansion->current.exists = true;
        i++;
    }
    return true;
}

static void field_free(struct field *field)
{
    free(field->chars);
    free(field->marks);
}

/* Field splitting (XCU 2.6.5) of one built field on IFS, then globbing. */
static void expand_split_field(const struct field *field, struct fields *out)
{
    const char *ifs = variables_get("IFS");
    if (!ifs)
        ifs = " \t\n";
    struct field piece = {0};
    bool pending_delimiter = false; /* a non-blank IFS character ended the last piece */
    for (size_t i = 0; i <= field->length; i++) {
        bool end = i == field->length;
        char c = end ? '\0' : field->chars[i];
        bool separator = !end && (field->marks[i] & MARK_SPLIT) && c != '\0' && strchr(ifs, c);
        if (!end && !separator) {
            field_add(&piece, c, field->marks[i]);
            piece.exists = true;
            pending_delimiter = false;
            continue;
        }
        bool blank = separator && (c == ' ' || c == '\t' || c == '\n');
        if (end && field->length == 0 && !field->exists)
            break;
        if (piece.exists || (separator && !blank && pending_delimiter) ||
            (end && field->exists && field->length == 0)) {
            field_add(&piece, '\0', 0);
            piece.length--;
            /* Globbing: pattern characters count only where not quoted. */
            struct field pattern = {0};
            bool magic = false;
            for (size_t j = 0; j < piece.length; j++) {
                bool literal = piece.marks[j] & MARK_QUOTED;
                char pc = piece.chars[j];
                if (literal && strchr("*?[\\", pc))
                    field_add(&pattern, '\\', 0);
                if (!literal && strchr("*?[", pc))
                    magic = true;
                field_add(&pattern, pc, 0);
            }
            field_add(&pattern, '\0', 0);
            if (!magic ||
                pattern_expand(pattern.chars, &out->items, &out->count, &out->capacity) == 0) {
                MEMORY_PUSH(out->items, out->count, out->capacity,
                            memory_strndup(piece.chars, piece.length));
            }
            field_free(&pattern);
            field_free(&piece);
            piece = (struct field){0};
        }
        pending_delimiter = separator && !blank;
    }
    field_free(&piece);
}

bool expand_fields(const char *raw, struct fields *out)
{
    struct expansion expansion = {0};
    bool ok = expand_characters(&expansion, raw);
    if (ok)
        expansion_finish_field(&expansion);
    for (size_t i = 0; i < expansion.done_count; i++) {
        if (ok)
            expand_split_field(&expansion.done[i], out);
        field_free(&expansion.done[i]);
    }
    free(expansion.done);
    field_free(&expansion.current);
    return ok;
}

char *expand_string(const char *raw)
{
    struct expansion expansion = {0};
    bool ok = expand_characters(&expansion, raw);
    expansion_finish_field(&expansion);
    struct field all = {0};
    for (size_t i = 0; i < expansion.done_count; i++) {
        if (i > 0)
            field_add(&all, ' ', 0);
        for (size_t j = 0; j < expansion.done[i].length; j++)
            field_add(&all, expansion.done[i].chars[j], 0);
        field_free(&expansion.done[i]);
    }
    free(expansion.done);
    field_free(&expansion.current);
    char *result = ok ? memory_strndup(all.chars ? all.chars : "", all.length) : NULL;
    field_free(&all);
    return result;
}

void expand_free_fields(struct fields *fields)
{
    for (size_t i = 0; i < fields->count; i++)
        free(fields->items[i]);
    free(fields->items);
    *fields = (struct fields){0};
}
