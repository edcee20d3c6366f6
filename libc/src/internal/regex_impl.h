/*
 * The compiled form of a regular expression and the matchers that run it
 * (libc, internal header of regex).
 *
 * regcomp translates the expression into a program for a small machine
 * (Thompson's construction, as code): each instruction either consumes one
 * character of a set (a byte in "C"; under UTF-8 a well-formed sequence or
 * a lone bad byte), tests an anchor or assertion, records a subexpression
 * boundary, or branches. Jump targets are relative to the instruction, so a piece of
 * code can be copied for a counted repetition ("x{2,4}") unchanged.
 *
 * regexec runs it in two passes (without back-references):
 *  1. __koito_regex_longest simulates every thread at once over the string
 *     and finds the leftmost-longest match: time string length x program
 *     length, whatever the expression ("(a*)*b" included).
 *  2. __koito_regex_backtrack then finds subexpression boundaries for that
 *     exact match by a depth-first search that prefers the greedy choice
 *     and the earlier alternative; it remembers every (instruction,
 *     position) it has tried, so it never does the same work twice.
 * Back-references make a match depend on the path taken, so with them the
 * depth-first search runs alone, tries every path and keeps the longest;
 * its work has a fixed budget (REG_ESPACE past it).
 */
#ifndef KOITO_LIBC_INTERNAL_REGEX_IMPL_H
#define KOITO_LIBC_INTERNAL_REGEX_IMPL_H

#include "libc.h"
#include "pattern_char.h"
#include <regex.h>
#include <stddef.h>

enum __koito_regex_op {
    __KOITO_RX_SET,   /* consume a character (a byte in "C") of set `arg` */
    __KOITO_RX_BOL,   /* at the start of the string (or of a line) */
    __KOITO_RX_EOL,   /* at the end of the string (or of a line) */
    __KOITO_RX_SAVE,  /* record the position in capture slot `arg` (2k: start, 2k+1: end) */
    __KOITO_RX_SPLIT, /* continue at +x, or else at +y */
    __KOITO_RX_JUMP,  /* continue at +x */
    __KOITO_RX_MARK,  /* record the position in loop slot `arg` */
    __KOITO_RX_LOOP, /* continue at +x if the position moved since loop slot `arg`'s mark, else fail
                      */
    __KOITO_RX_BACKREF, /* consume the text subexpression `arg` matched */
    __KOITO_RX_ASSERT,  /* a GNU assertion about the position: `arg`, one of below */
    __KOITO_RX_MATCH,   /* the expression has matched */
};

/* The GNU assertions; a word character is alphanumeric or '_'. */
enum __koito_regex_assertion {
    __KOITO_RX_WORD_BOUNDARY,     /* "\b": a word character on one side only */
    __KOITO_RX_NOT_WORD_BOUNDARY, /* "\B" */
    __KOITO_RX_WORD_START,        /* "\<": a word character after, none before */
    __KOITO_RX_WORD_END,          /* "\>": a word character before, none after */
    __KOITO_RX_BUFFER_START,      /* "\`": the string's start, whatever REG_NOTBOL says */
    __KOITO_RX_BUFFER_END,        /* "\'": the string's end, whatever REG_NOTEOL says */
};

struct __koito_regex_inst {
    unsigned char op;
    unsigned arg;
    int x;
    int y;
};

/* A set of characters under UTF-8: explicit members as sorted ranges of
 * code points (a lone bad byte b being __KOITO_PATTERN_BAD + b), classes,
 * and how to read them. A bad byte is only ever in a set that names it. */
struct __koito_regex_wide_set {
    struct {
        unsigned first;
        unsigned last;
    } * ranges;
    size_t count;
    size_t capacity;
    unsigned classes;      /* bit k: __koito_char_class k */
    unsigned char negate;  /* "[^...]", "\\W", "\\S", '.' */
    unsigned char icase;   /* REG_ICASE: a character's other case counts too */
    unsigned char newline; /* negated, yet never '\n' (REG_NEWLINE) */
};

struct __koito_regex_program {
    struct __koito_regex_inst *code;
    size_t length;
    unsigned char (*sets)[32]; /* "C": bitmaps of bytes, bit b of byte b/8 */
    size_t set_count;
    struct __koito_regex_wide_set *wide_sets; /* UTF-8: the sets SET names */
    size_t wide_set_count;
    int wide;          /* compiled under UTF-8: characters, not bytes */
    size_t groups;     /* subexpressions; capture slots are 2 * (groups + 1) */
    size_t loop_slots; /* MARK/LOOP slots */
    int backrefs;      /* the program has a BACKREF */
    int flags;         /* regcomp's flags */
};

/* What a matcher looks at: text[0, length), matches starting from `begin`
 * (REG_STARTEND's rm_so, else 0); the bytes before `begin` still decide
 * what the anchors and assertions see. */
struct __koito_regex_subject {
    const unsigned char *text;
    size_t begin;
    size_t length;
    int flags; /* regexec's */
};

/* The limits that keep a compiled program and a match bounded. */
#define __KOITO_REGEX_MAX_CODE 65536
#define __KOITO_REGEX_BUDGET   50000000ul

/* Compiles `pattern`: fills `program` or returns a REG_* error. */
__KOITO_HIDDEN int __koito_regex_compile(struct __koito_regex_program *program, const char *pattern,
                                         int flags);

/* Frees what `program` holds (not the program itself) and empties it. */
__KOITO_HIDDEN void __koito_regex_release(struct __koito_regex_program *program);

/* Parses the bracket expression after the '[' at *cursor into `set`
 * (honouring REG_ICASE and REG_NEWLINE in `flags`); advances past the ']'.
 * Returns 0 or a REG_* error. */
__KOITO_HIDDEN int __koito_regex_bracket(const char **cursor, int flags, unsigned char set[32]);

/* The text between "[x" and "x]" starting at `open` (x being ':', '=' or '.', in a bracket
 * expression): sets *name and returns its length, or returns -1 if unclosed. */
static inline long __koito_regex_delimited(const char *open, const char **name)
{
    char kind = open[1];
    *name = open + 2;
    const char *end = *name;
    while (*end != '\0' && !(end[0] == kind && end[1] == ']'))
        end++;
    return *end == '\0' ? -1 : end - *name;
}

/* Adds the code points [first, last] to `set`; 0, or -1 out of memory. */
__KOITO_HIDDEN int __koito_regex_wide_add(struct __koito_regex_wide_set *set, unsigned first,
                                          unsigned last);

/* 1 if set `index` of `program` holds the character `code`. */
__KOITO_HIDDEN int __koito_regex_set_has(const struct __koito_regex_program *program,
                                         unsigned index, unsigned code);

/* Parses the bracket expression after the '[' at *cursor into a set of
 * characters under UTF-8 (see __koito_regex_bracket). */
__KOITO_HIDDEN int __koito_regex_wide_bracket(const char **cursor, int flags,
                                              struct __koito_regex_wide_set *set);

/* The length of the character at `position` of the subject (at least one
 * byte, never past its end), setting *code. */
static inline size_t __koito_regex_char(const struct __koito_regex_program *program,
                                        const struct __koito_regex_subject *subject,
                                        size_t position, unsigned *code)
{
    return __koito_pattern_char(subject->text + position, subject->length - position, program->wide,
                                code);
}

/* What __koito_regex_gnu_escape found. */
enum { __KOITO_RX_GNU_NONE, __KOITO_RX_GNU_SET, __KOITO_RX_GNU_ASSERTION };

/* Classifies the escape "\<escape>": a GNU set (fills `set`), a GNU
 * assertion (sets *assertion to an __koito_regex_assertion) or neither. */
__KOITO_HIDDEN int __koito_regex_gnu_escape(char escape, unsigned char set[32],
                                            unsigned *assertion);

/* Fills `set` (empty on entry) with the UTF-8 meaning of a GNU set escape
 * ('w', 'W', 's' or 'S'); 0, or -1 out of memory. */
__KOITO_HIDDEN int __koito_regex_gnu_wide_set(char escape, struct __koito_regex_wide_set *set);

/* 1 if the anchor or assertion `inst` (BOL, EOL or ASSERT) holds at
 * `position`. */
__KOITO_HIDDEN int __koito_regex_anchor(const struct __koito_regex_program *program,
                                        const struct __koito_regex_subject *subject,
                                        const struct __koito_regex_inst *inst, size_t position);

/* Pass 1: the leftmost-longest match of a program without back-references.
 * Returns 0 and sets *start and *end, REG_NOMATCH or REG_ESPACE. */
__KOITO_HIDDEN int __koito_regex_longest(const struct __koito_regex_program *program,
                                         const struct __koito_regex_subject *subject, size_t *start,
                                         size_t *end);

/* Pass 2, or the whole search with back-references: fills `slots` (2 *
 * (groups + 1) entries, -1 where unset) for the match [start, end) if `end`
 * is given, else for the longest match from `start`. Returns 0, REG_NOMATCH
 * or REG_ESPACE; *budget counts the work left. */
__KOITO_HIDDEN int __koito_regex_backtrack(const struct __koito_regex_program *program,
                                           const struct __koito_regex_subject *subject,
                                           size_t start, const size_t *end, regoff_t *slots,
                                           unsigned long *budget);

#endif
