/*
 * __koito_regex_compile(): translate a basic or extended regular expression
 * into a program (libc, regex; internal). See regex_impl.h for the machine.
 *
 * A recursive-descent parser that emits code as it goes:
 *   alternation := branch ('|' branch)*          (BRE: "\|", a GNU addition)
 *   branch      := piece*
 *   piece       := atom repetition*               ('*', '+', '?', "{m,n}";
 *                                                 BRE: '*', "\{m,n\}", "\+", "\?")
 *   atom        := '(' alternation ')' | '[' bracket | '.' | '^' | '$'
 *                | '\' digit | '\' gnu | '\' char | char   (BRE: "\(" and "\)")
 * where gnu is one of GNU's "w W s S" (sets) or "b B < > ` '" (assertions,
 * after which, like after '^', a BRE's '*' is ordinary), and a char is a
 * byte, or under UTF-8 (the locale regcomp runs in) a UTF-8 character.
 * Stacked repetitions are folded into one where that means the same
 * ("a**", "(a*)*{2,3}"), so they never multiply the program.
 * A repetition rewrites the code of the piece before it: "x{2,4}" becomes
 * x x (x (x)?)?, "x*" a loop whose back edge is taken only if the iteration
 * consumed something. Errors follow glibc: a repetition with nothing before
 * it is REG_BADRPT in an ERE and an ordinary '*' in a BRE (where a
 * repetition after a repetition is REG_BADRPT); an unmatched ')' is
 * ordinary in an ERE; a back-reference must name a closed subexpression.
 */
#include "locale_impl.h"
#include "regex_impl.h"
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NESTING 256 /* parentheses deep: bounds the parser's recursion */

struct compiler {
    struct __koito_regex_program *program;
    const char *p;
    int flags;
    int extended;
    size_t code_capacity;
    size_t set_capacity;
    size_t wide_set_capacity;
    unsigned closed; /* bit k: subexpression k (1..9) is closed */
    int depth;
    int error;
};

static int fail(struct compiler *c, int error)
{
    if (c->error == 0)
        c->error = error;
    return -1;
}

/* Appends an instruction; returns its index or -1. */
static long emit(struct compiler *c, int op, unsigned arg, int x, int y)
{
    struct __koito_regex_program *program = c->program;
    if (program->length == c->code_capacity) {
        if (c->code_capacity >= __KOITO_REGEX_MAX_CODE)
            return fail(c, REG_ESPACE);
        size_t capacity = c->code_capacity ? c->code_capacity * 2 : 32;
        struct __koito_regex_inst *code = realloc(program->code, capacity * sizeof *code);
        if (code == NULL)
            return fail(c, REG_ESPACE);
        program->code = code;
        c->code_capacity = capacity;
    }
    program->code[program->length] = (struct __koito_regex_inst){(unsigned char)op, arg, x, y};
    return (long)program->length++;
}

/* Inserts a SPLIT at `at`, moving the code after it along by one. */
static int insert_split(struct compiler *c, size_t at, int x, int y)
{
    if (emit(c, __KOITO_RX_JUMP, 0, 0, 0) < 0)
        return -1;
    struct __koito_regex_inst *code = c->program->code;
    memmove(&code[at + 1], &code[at], (c->program->length - 1 - at) * sizeof *code);
    code[at] = (struct __koito_regex_inst){__KOITO_RX_SPLIT, 0, x, y};
    return 0;
}

/* Appends a SET instruction for a new set; returns the set to fill or NULL. */
static unsigned char *emit_set(struct compiler *c)
{
    struct __koito_regex_program *program = c->program;
    if (program->set_count == c->set_capacity) {
        size_t capacity = c->set_capacity ? c->set_capacity * 2 : 8;
        unsigned char(*sets)[32] = realloc(program->sets, capacity * sizeof *sets);
        if (sets == NULL) {
            fail(c, REG_ESPACE);
            return NULL;
        }
        program->sets = sets;
        c->set_capacity = capacity;
    }
    if (emit(c, __KOITO_RX_SET, (unsigned)program->set_count, 0, 0) < 0)
        return NULL;
    unsigned char *set = program->sets[program->set_count++];
    memset(set, 0, 32);
    return set;
}

/* Under UTF-8: appends a SET instruction for a new, empty set of
 * characters; returns the set to fill or NULL. */
static struct __koito_regex_wide_set *emit_wide_set(struct compiler *c)
{
    struct __koito_regex_program *program = c->program;
    if (program->wide_set_count == c->wide_set_capacity) {
        size_t capacity = c->wide_set_capacity ? c->wide_set_capacity * 2 : 8;
        struct __koito_regex_wide_set *sets = realloc(program->wide_sets, capacity * sizeof *sets);
        if (sets == NULL) {
            fail(c, REG_ESPACE);
            return NULL;
        }
        program->wide_sets = sets;
        c->wide_set_capacity = capacity;
    }
    if (emit(c, __KOITO_RX_SET, (unsigned)program->wide_set_count, 0, 0) < 0)
        return NULL;
    struct __koito_regex_wide_set *set = &program->wide_sets[program->wide_set_count++];
    memset(set, 0, sizeof *set);
    return set;
}

/* Under UTF-8: a set of the one character `code`, or '.' (all but the null
 * byte and, under REG_NEWLINE, '\n'). */
static int emit_wide_char(struct compiler *c, unsigned code, int any)
{
    struct __koito_regex_wide_set *set = emit_wide_set(c);
    if (set == NULL)
        return -1;
    set->icase = !any && (c->flags & REG_ICASE) != 0;
    set->negate = (unsigned char)any;
    set->newline = any && (c->flags & REG_NEWLINE);
    if (__koito_regex_wide_add(set, any ? 0 : code, any ? 0 : code) < 0)
        return fail(c, REG_ESPACE);
    return 0;
}

static void set_add(unsigned char *set, int byte)
{
    set[byte >> 3] |= (unsigned char)(1u << (byte & 7));
}

/* A set of one character: a byte in "C", a code point (or a bad byte)
 * under UTF-8. */
static int emit_byte(struct compiler *c, unsigned byte)
{
    if (c->program->wide)
        return emit_wide_char(c, byte, 0);
    unsigned char *set = emit_set(c);
    if (set == NULL)
        return -1;
    set_add(set, (int)byte);
    if (c->flags & REG_ICASE) {
        set_add(set, tolower((int)byte));
        set_add(set, toupper((int)byte));
    }
    return 0;
}

static int emit_any(struct compiler *c)
{
    if (c->program->wide)
        return emit_wide_char(c, 0, 1);
    unsigned char *set = emit_set(c);
    if (set == NULL)
        return -1;
    for (int byte = 1; byte < 256; byte++) {
        if (byte != '\n' || !(c->flags & REG_NEWLINE))
            set_add(set, byte);
    }
    return 0;
}

/* Appends a copy of `length` instructions (relative jumps copy unchanged). */
static int emit_copy(struct compiler *c, const struct __koito_regex_inst *code, size_t length)
{
    for (size_t index = 0; index < length; index++) {
        if (emit(c, code[index].op, code[index].arg, code[index].x, code[index].y) < 0)
            return -1;
    }
    return 0;
}

/* Rewrites the code from `start` (one piece) as `minimum` to `maximum`
 * repetitions of it (maximum -1: unbounded). The required copies come
 * first; of the optional ones, only the first, when nothing is required,
 * may match the empty string: a later empty iteration would change no
 * position, only make subexpressions report an empty last iteration, so
 * each is fenced by MARK and LOOP, which fails it (glibc reports "(b*)*" on
 * "bb" as [0,2), and on "" as [0,0)).
 *   unbounded: [SPLIT end; piece] L: SPLIT end; MARK; piece; LOOP L
 *   bounded:   [SPLIT end; piece] (SPLIT end; MARK; piece; LOOP next)... */
static int repeat(struct compiler *c, size_t start, int minimum, int maximum)
{
    struct __koito_regex_program *program = c->program;
    size_t length = program->length - start;
    struct __koito_regex_inst *piece = malloc((length ? length : 1) * sizeof *piece);
    if (piece == NULL)
        return fail(c, REG_ESPACE);
    memcpy(piece, &program->code[start], length * sizeof *piece);
    program->length = start;
    int result = 0;
    for (int count = 0; count < minimum && result == 0; count++)
        result = emit_copy(c, piece, length);
    int span = (int)length;
    int fenced_units = maximum < 0 ? 1 : maximum - minimum - (minimum == 0);
    int remaining = (minimum == 0 && maximum != 0 ? span + 1 : 0) + fenced_units * (span + 3);
    unsigned slot = (unsigned)program->loop_slots;
    if (fenced_units > 0)
        program->loop_slots++;
    if (result == 0 && minimum == 0 && maximum != 0) {
        result = emit(c, __KOITO_RX_SPLIT, 0, 1, remaining) < 0 || emit_copy(c, piece, length) < 0;
        remaining -= span + 1;
    }
    for (int unit = 0; result == 0 && unit < fenced_units; unit++) {
        if (emit(c, __KOITO_RX_SPLIT, 0, 1, remaining) < 0 ||
            emit(c, __KOITO_RX_MARK, slot, 0, 0) < 0 || emit_copy(c, piece, length) < 0 ||
            emit(c, __KOITO_RX_LOOP, slot, maximum < 0 ? -(span + 2) : 1, 0) < 0)
            result = -1;
        remaining -= span + 3;
    }
    free(piece);
    return result ? -1 : 0;
}

/* 1 if the parser stands at `text` escaped by '\' (BRE) or not (ERE):
 * the operators that are written "\x" in a BRE and "x" in an ERE. */
static int at_operator(const struct compiler *c, char operator)
{
    if (c->extended)
        return c->p[0] == operator;
    return c->p[0] == '\\' && c->p[1] == operator;
}

static void skip_operator(struct compiler *c)
{
    c->p += c->extended ? 1 : 2;
}

/* Parses "{m}", "{m,}", "{m,n}", "{,n}" after the opening brace: counts up
 * to RE_DUP_MAX, glibc's 32,767 (REG_ESIZE past it, REG_BADBR for n < m). */
static int interval(struct compiler *c, int *minimum, int *maximum)
{
    int values[2] = {-1, -1};
    int comma = 0;
    for (;;) {
        if (*c->p == '\0' || (!c->extended && c->p[0] == '\\' && c->p[1] == '\0'))
            return fail(c, REG_EBRACE);
        if (at_operator(c, '}'))
            break;
        if (*c->p == ',' && !comma) {
            comma = 1;
            c->p++;
            continue;
        }
        if (!isdigit((unsigned char)*c->p))
            return fail(c, REG_BADBR);
        int value = values[comma] < 0 ? 0 : values[comma];
        int digit = *c->p++ - '0';
        values[comma] = value > RE_DUP_MAX ? value : value * 10 + digit; /* past it: too big */
    }
    skip_operator(c);
    if (values[0] < 0 && !comma)
        return fail(c, REG_BADBR);
    *minimum = values[0] < 0 ? 0 : values[0];
    *maximum = comma ? values[1] : *minimum;
    if (*maximum >= 0 && *maximum < *minimum)
        return fail(c, REG_BADBR);
    if (*minimum > RE_DUP_MAX || *maximum > RE_DUP_MAX)
        return fail(c, REG_ESIZE);
    return 0;
}

/* Folds the repetition {m,n} of a piece already repeated {*low,*high} into
 * one, so that stacked repetitions ("a*****", "(a*)*{2,3}", "x?{1,200}")
 * compile to one copy of the piece, not to a product of copies:
 * (x{a,b}){m,n} is x{a*m,b*n} when a <= 1, since every count in between is
 * then a sum of m to n counts from a to b. Returns 0 if the two do not
 * fold (a > 1: "x{2}{3}" is x{6}, but "x{2,2}{1,2}" is not x{2,4}), or if
 * b*n is finite and past RE_DUP_MAX. */
static int fold(int *low, int *high, int minimum, int maximum)
{
    int top;
    if (*low > 1)
        return 0;
    if (*high == 0 || maximum == 0)
        top = 0;
    else if (*high < 0 || maximum < 0)
        top = -1;
    else if (*high * maximum <= RE_DUP_MAX)
        top = *high * maximum;
    else
        return 0;
    *low *= minimum;
    *high = top;
    return 1;
}

/* Parses the repetitions after the piece that starts at `start`. In a
 * BRE, '*' and "\{" may not follow another repetition (glibc: REG_BADRPT),
 * "\+" and "\?" may. */
static int repetitions(struct compiler *c, size_t start)
{
    int pending = 0;
    int low = 0;
    int high = 0;
    for (int count = 0;; count++) {
        int strict = *c->p == '*' || at_operator(c, '{');
        int minimum;
        int maximum;
        if (*c->p == '*') {
            c->p++;
            minimum = 0;
            maximum = -1;
        } else if (at_operator(c, '+') || at_operator(c, '?')) {
            int plus = c->p[c->extended ? 0 : 1] == '+';
            skip_operator(c);
            minimum = plus;
            maximum = plus ? -1 : 1;
        } else if (at_operator(c, '{')) {
            skip_operator(c);
            if (interval(c, &minimum, &maximum) < 0)
                return -1;
        } else {
            break;
        }
        if (!c->extended && count > 0 && strict)
            return fail(c, REG_BADRPT);
        if (pending && fold(&low, &high, minimum, maximum))
            continue;
        if (pending && repeat(c, start, low, high) < 0)
            return -1;
        pending = 1;
        low = minimum;
        high = maximum;
    }
    return pending ? repeat(c, start, low, high) : 0;
}

static int alternation(struct compiler *c);

/* 1 if the branch ends here: at the pattern's end, '|', or a closing
 * parenthesis inside a group. */
static int branch_ends(const struct compiler *c)
{
    return *c->p == '\0' || at_operator(c, '|') || (c->depth > 0 && at_operator(c, ')'));
}

static int group(struct compiler *c)
{
    if (c->depth >= MAX_NESTING)
        return fail(c, REG_ESPACE);
    unsigned number = (unsigned)++c->program->groups;
    if (emit(c, __KOITO_RX_SAVE, 2 * number, 0, 0) < 0)
        return -1;
    c->depth++;
    if (alternation(c) < 0)
        return -1;
    c->depth--;
    if (!at_operator(c, ')'))
        return fail(c, REG_EPAREN);
    skip_operator(c);
    if (number <= 9)
        c->closed |= 1u << number;
    return emit(c, __KOITO_RX_SAVE, 2 * number + 1, 0, 0) < 0 ? -1 : 0;
}

/* The ordinary character at `at`: a byte, or under UTF-8 all of its
 * sequence; the parser continues after it. */
static int ordinary(struct compiler *c, const char *at)
{
    unsigned code;
    c->p =
        at + __koito_pattern_char((const unsigned char *)at, strlen(at), c->program->wide, &code);
    return emit_byte(c, code);
}

/* The atom "\<next>": a GNU set or assertion, else the byte itself. */
static int gnu_escape_or_byte(struct compiler *c, char next, int *repeatable)
{
    unsigned char set[32];
    unsigned assertion;
    int kind = __koito_regex_gnu_escape(next, set, &assertion);
    if (kind == __KOITO_RX_GNU_ASSERTION) {
        *repeatable = 0;
        return emit(c, __KOITO_RX_ASSERT, assertion, 0, 0) < 0 ? -1 : 0;
    }
    if (kind == __KOITO_RX_GNU_NONE)
        return emit_byte(c, (unsigned char)next);
    if (c->program->wide) {
        struct __koito_regex_wide_set *wide = emit_wide_set(c);
        if (wide == NULL)
            return -1;
        return __koito_regex_gnu_wide_set(next, wide) < 0 ? fail(c, REG_ESPACE) : 0;
    }
    unsigned char *target = emit_set(c);
    if (target == NULL)
        return -1;
    memcpy(target, set, sizeof set);
    return 0;
}

/* Parses one atom; *repeatable says whether a repetition may follow it. */
static int atom(struct compiler *c, int branch_start, int *repeatable)
{
    *repeatable = 1;
    char byte = *c->p;
    if (at_operator(c, '(')) {
        skip_operator(c);
        return group(c);
    }
    if (!c->extended && c->p[0] == '\\' && c->p[1] == ')')
        return fail(c, REG_EPAREN);
    if (c->extended && (byte == '*' || byte == '+' || byte == '?' || byte == '{'))
        return fail(c, REG_BADRPT);
    if (!c->extended && c->p[0] == '\\' && c->p[1] == '{')
        return fail(c, REG_BADRPT);
    if (byte == '^' && (c->extended || branch_start)) {
        c->p++;
        *repeatable = 0;
        return emit(c, __KOITO_RX_BOL, 0, 0, 0) < 0 ? -1 : 0;
    }
    if (byte == '$' && (c->extended || c->p[1] == '\0' ||
                        (c->p[1] == '\\' && (c->p[2] == ')' || c->p[2] == '|')))) {
        c->p++;
        *repeatable = 0;
        return emit(c, __KOITO_RX_EOL, 0, 0, 0) < 0 ? -1 : 0;
    }
    if (byte == '.') {
        c->p++;
        return emit_any(c);
    }
    if (byte == '[') {
        c->p++;
        if (c->program->wide) {
            struct __koito_regex_wide_set *wide = emit_wide_set(c);
            if (wide == NULL)
                return -1;
            int error = __koito_regex_wide_bracket(&c->p, c->flags, wide);
            return error ? fail(c, error) : 0;
        }
        unsigned char *set = emit_set(c);
        if (set == NULL)
            return -1;
        int error = __koito_regex_bracket(&c->p, c->flags, set);
        return error ? fail(c, error) : 0;
    }
    if (byte == '\\') {
        char next = c->p[1];
        if (next == '\0')
            return fail(c, REG_EESCAPE);
        c->p += 2;
        if (next >= '1' && next <= '9') {
            unsigned number = (unsigned)(next - '0');
            if (!(c->closed & (1u << number)))
                return fail(c, REG_ESUBREG);
            c->program->backrefs = 1;
            return emit(c, __KOITO_RX_BACKREF, number, 0, 0) < 0 ? -1 : 0;
        }
        if ((unsigned char)next >= 0x80)
            return ordinary(c, c->p - 1);
        return gnu_escape_or_byte(c, next, repeatable);
    }
    return ordinary(c, c->p);
}

static int branch(struct compiler *c)
{
    size_t branch_start = c->program->length;
    int after_anchor = 0; /* a BRE '*' right after a leading '^' or an assertion is ordinary */
    while (!branch_ends(c)) {
        size_t start = c->program->length;
        int repeatable;
        if (!c->extended && *c->p == '*' && (start == branch_start || after_anchor)) {
            c->p++;
            if (emit_byte(c, '*') < 0)
                return -1;
            repeatable = 1;
        } else if (atom(c, start == branch_start, &repeatable) < 0) {
            return -1;
        }
        after_anchor = !repeatable;
        if (!repeatable) {
            if (c->extended && (*c->p == '*' || *c->p == '+' || *c->p == '?' || *c->p == '{'))
                return fail(c, REG_BADRPT);
            continue;
        }
        if (repetitions(c, start) < 0)
            return -1;
    }
    return 0;
}

/* branch ('|' branch)*, as SPLIT b1, JUMP-to-end, SPLIT b2, ...: the jumps
 * to the end are chained through their x fields until the end is known.
 * A back-reference may only name a subexpression closed before it in its
 * own branch (glibc's rule: "(a)|\\1" is REG_ESUBREG). */
static int alternation(struct compiler *c)
{
    long chain = -1;
    unsigned initial = c->closed;
    unsigned closed = initial;
    for (;;) {
        size_t start = c->program->length;
        c->closed = initial;
        if (branch(c) < 0)
            return -1;
        closed |= c->closed;
        if (!at_operator(c, '|'))
            break;
        skip_operator(c);
        if (insert_split(c, start, 1, (int)(c->program->length - start) + 2) < 0)
            return -1;
        long jump = emit(c, __KOITO_RX_JUMP, 0, (int)chain, 0);
        if (jump < 0)
            return -1;
        chain = jump;
    }
    while (chain >= 0) {
        struct __koito_regex_inst *jump = &c->program->code[chain];
        long previous = jump->x;
        jump->x = (int)((long)c->program->length - chain);
        chain = previous;
    }
    c->closed = closed;
    return 0;
}

int __koito_regex_compile(struct __koito_regex_program *program, const char *pattern, int flags)
{
    struct compiler c = {
        .program = program, .p = pattern, .flags = flags, .extended = (flags & REG_EXTENDED) != 0};
    memset(program, 0, sizeof *program);
    program->flags = flags;
    program->wide = __koito_ctype_is_utf8();
    if (emit(&c, __KOITO_RX_SAVE, 0, 0, 0) >= 0 && alternation(&c) == 0) {
        if (*c.p != '\0') /* only a BRE's "\)" stops the top level early */
            fail(&c, REG_EPAREN);
        else if (emit(&c, __KOITO_RX_SAVE, 1, 0, 0) >= 0)
            emit(&c, __KOITO_RX_MATCH, 0, 0, 0);
    }
    if (c.error != 0)
        __koito_regex_release(program);
    return c.error;
}
