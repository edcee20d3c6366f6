/*
 * POSIX basic regular expressions for grep (userland utility): see bre.h.
 *
 * Compiling builds a tree: a group holds alternative sequences; a sequence
 * holds nodes (a literal, `.`, a set, a group, a back-reference, an anchor),
 * each with a repeat count {min, max}. Matching walks the tree depth-first
 * and backtracks, carrying "what comes next" as a chain of frames on the C
 * stack (continuation passing), so a group's repetitions and everything after
 * it can be retried without building any automaton.
 */
#include "bre.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BRE_GROUPS     10 /* group 0 is the whole expression */
#define BRE_UNBOUNDED  -1
#define BRE_REPEAT_MAX 255

enum bre_kind { BRE_LITERAL, BRE_ANY, BRE_SET, BRE_GROUP, BRE_BACKREF, BRE_BOL, BRE_EOL };

struct bre_sequence;

struct bre_node {
    enum bre_kind kind;
    unsigned char literal;
    uint8_t set[32];                   /* BRE_SET: bit c is set if c matches */
    int group;                         /* BRE_GROUP: its number; BRE_BACKREF: the one it repeats */
    struct bre_sequence *alternatives; /* BRE_GROUP */
    size_t alternative_count;
    int min, max;
};

struct bre_sequence {
    struct bre_node *nodes;
    size_t count, capacity;
};

struct bre {
    struct bre_node root; /* group 0 */
    bool ignore_case;
    int group_count;
};

/* ---- compiling ---- */

struct bre_compiler {
    const char *p;
    struct bre *bre;
    const char *error;
    bool closed[BRE_GROUPS];
};

static struct bre_node *bre_append(struct bre_sequence *sequence, enum bre_kind kind)
{
    if (sequence->count == sequence->capacity) {
        size_t capacity = sequence->capacity ? sequence->capacity * 2 : 8;
        struct bre_node *nodes = realloc(sequence->nodes, capacity * sizeof *nodes);
        if (!nodes)
            return NULL;
        sequence->nodes = nodes;
        sequence->capacity = capacity;
    }
    struct bre_node *node = &sequence->nodes[sequence->count++];
    memset(node, 0, sizeof *node);
    node->kind = kind;
    node->min = node->max = 1;
    return node;
}

static void bre_set_add(struct bre_node *node, unsigned char c, bool ignore_case)
{
    node->set[c / 8] |= (uint8_t)(1u << (c % 8));
    if (ignore_case) {
        unsigned char other = (unsigned char)(islower(c) ? toupper(c) : tolower(c));
        node->set[other / 8] |= (uint8_t)(1u << (other % 8));
    }
}

static bool bre_set_has(const struct bre_node *node, unsigned char c)
{
    return (node->set[c / 8] >> (c % 8)) & 1u;
}

static int (*bre_class(const char *name, size_t length))(int)
{
    static const struct {
        const char *name;
        int (*test)(int);
    } classes[] = {
        {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
        {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
        {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
    };
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (strlen(classes[i].name) == length && memcmp(classes[i].name, name, length) == 0)
            return classes[i].test;
    return NULL;
}

/* A bracket expression; c->p is just after '['. */
static bool bre_bracket(struct bre_compiler *c, struct bre_node *node)
{
    bool ignore_case = c->bre->ignore_case;
    bool negate = *c->p == '^';
    if (negate)
        c->p++;
    bool first = true;
    while (first || *c->p != ']') {
        first = false;
        if (*c->p == '\0') {
            c->error = "Unmatched [, [^, [:, [., or [=";
            return false;
        }
        if (c->p[0] == '[' && c->p[1] == ':') {
            const char *close = strstr(c->p + 2, ":]");
            int (*test)(int) = close ? bre_class(c->p + 2, (size_t)(close - c->p - 2)) : NULL;
            if (!test) {
                c->error =
                    close ? "Invalid character class name" : "Unmatched [, [^, [:, [., or [=";
                return false;
            }
            for (int ch = 0; ch < 256; ch++)
                if (test(ch))
                    bre_set_add(node, (unsigned char)ch, ignore_case);
            c->p = close + 2;
            continue;
        }
        unsigned char low = (unsigned char)*c->p++;
        if (c->p[0] == '-' && c->p[1] != ']' && c->p[1] != '\0') {
            unsigned char high = (unsigned char)c->p[1];
            c->p += 2;
            if (high < low) {
                c->error = "Invalid range end";
                return false;
            }
            for (unsigned ch = low; ch <= high; ch++)
                bre_set_add(node, (unsigned char)ch, ignore_case);
            continue;
        }
        bre_set_add(node, low, ignore_case);
    }
    c->p++;
    if (negate)
        for (size_t i = 0; i < sizeof node->set; i++)
            node->set[i] = (uint8_t)~node->set[i];
    if (negate)
        node->set['\n' / 8] &= (uint8_t) ~(1u << ('\n' % 8));
    return true;
}

/* \{m\}, \{m,\}, \{m,n\}; c->p is just after "\{". */
static bool bre_interval(struct bre_compiler *c, struct bre_node *node)
{
    char *end;
    if (!isdigit((unsigned char)*c->p)) {
        c->error = "Invalid content of \\{\\}";
        return false;
    }
    long min = strtol(c->p, &end, 10), max = min;
    if (*end == ',') {
        end++;
        max = isdigit((unsigned char)*end) ? strtol(end, &end, 10) : BRE_UNBOUNDED;
    }
    if (end[0] != '\\' || end[1] != '}') {
        c->error = "Unmatched \\{";
        return false;
    }
    if (min > BRE_REPEAT_MAX || max > BRE_REPEAT_MAX || (max != BRE_UNBOUNDED && max < min)) {
        c->error = "Invalid content of \\{\\}";
        return false;
    }
    node->min = (int)min;
    node->max = (int)max;
    c->p = end + 2;
    return true;
}

static bool bre_alternatives(struct bre_compiler *c, struct bre_node *group, int depth);

/* One sequence, up to the end, "\)" or "\|". */
static bool bre_sequence(struct bre_compiler *c, struct bre_sequence *sequence, int depth)
{
    bool at_start = true;
    for (;;) {
        const char *p = c->p;
        if (*p == '\0' || (p[0] == '\\' && (p[1] == ')' || p[1] == '|')))
            return true;
        struct bre_node *last = sequence->count ? &sequence->nodes[sequence->count - 1] : NULL;
        bool repeatable = last && last->kind != BRE_BOL;
        struct bre_node *node = NULL;
        if (*p == '*' && repeatable) {
            c->p++;
            last->min = 0;
            last->max = BRE_UNBOUNDED;
            continue;
        }
        if (p[0] == '\\' && (p[1] == '{' || p[1] == '+' || p[1] == '?') && repeatable) {
            c->p += 2;
            if (p[1] == '{') {
                if (!bre_interval(c, last))
                    return false;
            } else {
                last->min = p[1] == '+' ? (last->min ? last->min : 1) : 0;
                if (p[1] == '+')
                    last->max = BRE_UNBOUNDED;
                else if (last->max == 1)
                    last->max = 1;
            }
            continue;
        }
        if (*p == '^' && at_start) {
            node = bre_append(sequence, BRE_BOL);
            c->p++;
        } else if (*p == '$' && (p[1] == '\0' || (p[1] == '\\' && (p[2] == ')' || p[2] == '|')))) {
            node = bre_append(sequence, BRE_EOL);
            c->p++;
        } else if (*p == '.') {
            node = bre_append(sequence, BRE_ANY);
            c->p++;
        } else if (*p == '[') {
            node = bre_append(sequence, BRE_SET);
            c->p++;
            if (node && !bre_bracket(c, node))
                return false;
        } else if (p[0] == '\\' && p[1] == '(') {
            if (c->bre->group_count + 1 >= BRE_GROUPS) {
                c->error = "too many \\( groups (at most 9)";
                return false;
            }
            node = bre_append(sequence, BRE_GROUP);
            if (!node)
                break;
            node->group = ++c->bre->group_count;
            c->p += 2;
            if (!bre_alternatives(c, node, depth + 1))
                return false;
            if (c->p[0] != '\\' || c->p[1] != ')') {
                c->error = "Unmatched ( or \\(";
                return false;
            }
            c->closed[node->group] = true;
            c->p += 2;
        } else if (p[0] == '\\' && p[1] >= '1' && p[1] <= '9') {
            int group = p[1] - '0';
            if (group > c->bre->group_count || !c->closed[group]) {
                c->error = "Invalid back reference";
                return false;
            }
            node = bre_append(sequence, BRE_BACKREF);
            if (node)
                node->group = group;
            c->p += 2;
        } else if (p[0] == '\\') {
            if (p[1] == '\0') {
                c->error = "Trailing backslash";
                return false;
            }
            node = bre_append(sequence, BRE_LITERAL);
            if (node)
                node->literal = (unsigned char)p[1];
            c->p += 2;
        } else {
            node = bre_append(sequence, BRE_LITERAL);
            if (node)
                node->literal = (unsigned char)*p;
            c->p++;
        }
        if (!node)
            break;
        at_start = false;
    }
    c->error = "memory exhausted";
    return false;
}

static bool bre_alternatives(struct bre_compiler *c, struct bre_node *group, int depth)
{
    for (;;) {
        struct bre_sequence *grown =
            realloc(group->alternatives, (group->alternative_count + 1) * sizeof *grown);
        if (!grown) {
            c->error = "memory exhausted";
            return false;
        }
        group->alternatives = grown;
        struct bre_sequence *sequence = &group->alternatives[group->alternative_count++];
        memset(sequence, 0, sizeof *sequence);
        if (!bre_sequence(c, sequence, depth))
            return false;
        if (c->p[0] == '\\' && c->p[1] == '|') {
            c->p += 2;
            continue;
        }
        if (c->p[0] == '\\' && c->p[1] == ')' && depth == 0) {
            c->error = "Unmatched ) or \\)";
            return false;
        }
        return true;
    }
}

static void bre_free_node(struct bre_node *node)
{
    for (size_t a = 0; a < node->alternative_count; a++) {
        for (size_t i = 0; i < node->alternatives[a].count; i++)
            bre_free_node(&node->alternatives[a].nodes[i]);
        free(node->alternatives[a].nodes);
    }
    free(node->alternatives);
}

void bre_free(struct bre *bre)
{
    if (!bre)
        return;
    bre_free_node(&bre->root);
    free(bre);
}

struct bre *bre_compile(const char *pattern, bool ignore_case, const char **error)
{
    struct bre *bre = calloc(1, sizeof *bre);
    if (!bre) {
        *error = "memory exhausted";
        return NULL;
    }
    bre->ignore_case = ignore_case;
    bre->root.kind = BRE_GROUP;
    bre->root.min = bre->root.max = 1;
    struct bre_compiler compiler = {.p = pattern, .bre = bre};
    if (!bre_alternatives(&compiler, &bre->root, 0)) {
        *error = compiler.error;
        bre_free(bre);
        return NULL;
    }
    return bre;
}

/* ---- matching ---- */

struct bre_match {
    const struct bre *bre;
    const char *start, *end;
    bool whole;
    const char *capture_start[BRE_GROUPS], *capture_end[BRE_GROUPS];
};

/* What to do after the current sequence ends: continue a sequence at an
 * index (BRE_FRAME_SEQUENCE), or finish an iteration of a group. */
enum bre_frame_kind { BRE_FRAME_SEQUENCE, BRE_FRAME_GROUP_END };

struct bre_frame {
    enum bre_frame_kind kind;
    const struct bre_sequence *sequence; /* BRE_FRAME_SEQUENCE */
    size_t index;
    const struct bre_node *group; /* BRE_FRAME_GROUP_END */
    int iteration;
    const char *iteration_start;
    const struct bre_frame *next;
};

static bool bre_sequence_match(struct bre_match *m, const struct bre_sequence *sequence, size_t i,
                               const char *at, const struct bre_frame *next);

static bool bre_same(const struct bre_match *m, unsigned char a, unsigned char b)
{
    return a == b || (m->bre->ignore_case && tolower(a) == tolower(b));
}

static bool bre_single(const struct bre_match *m, const struct bre_node *node, unsigned char c)
{
    switch (node->kind) {
    case BRE_LITERAL:
        return bre_same(m, node->literal, c);
    case BRE_ANY:
        return true;
    case BRE_SET:
        return bre_set_has(node, c);
    default:
        return false;
    }
}

static bool bre_group_match(struct bre_match *m, const struct bre_node *group, int iteration,
                            const char *at, const struct bre_frame *after);

static bool bre_continue(struct bre_match *m, const char *at, const struct bre_frame *frame)
{
    if (!frame)
        return !m->whole || at == m->end;
    if (frame->kind == BRE_FRAME_SEQUENCE)
        return bre_sequence_match(m, frame->sequence, frame->index, at, frame->next);
    const struct bre_node *group = frame->group;
    const char *old_start = m->capture_start[group->group], *old_end = m->capture_end[group->group];
    m->capture_start[group->group] = frame->iteration_start;
    m->capture_end[group->group] = at;
    bool matched;
    /* An empty iteration past the minimum changes nothing: stop repeating. */
    if (at == frame->iteration_start && frame->iteration > group->min)
        matched = bre_continue(m, at, frame->next);
    else
        matched = bre_group_match(m, group, frame->iteration, at, frame->next);
    if (!matched) {
        m->capture_start[group->group] = old_start;
        m->capture_end[group->group] = old_end;
    }
    return matched;
}

static bool bre_group_match(struct bre_match *m, const struct bre_node *group, int iteration,
                            const char *at, const struct bre_frame *after)
{
    if (group->max == BRE_UNBOUNDED || iteration < group->max) {
        struct bre_frame end = {.kind = BRE_FRAME_GROUP_END,
                                .group = group,
                                .iteration = iteration + 1,
                                .iteration_start = at,
                                .next = after};
        for (size_t a = 0; a < group->alternative_count; a++)
            if (bre_sequence_match(m, &group->alternatives[a], 0, at, &end))
                return true;
    }
    return iteration >= group->min && bre_continue(m, at, after);
}

static bool bre_sequence_match(struct bre_match *m, const struct bre_sequence *sequence, size_t i,
                               const char *at, const struct bre_frame *next)
{
    if (i == sequence->count)
        return bre_continue(m, at, next);
    const struct bre_node *node = &sequence->nodes[i];
    switch (node->kind) {
    case BRE_BOL:
        return at == m->start && bre_sequence_match(m, sequence, i + 1, at, next);
    case BRE_EOL:
        return at == m->end && bre_sequence_match(m, sequence, i + 1, at, next);
    case BRE_GROUP: {
        struct bre_frame after = {
            .kind = BRE_FRAME_SEQUENCE, .sequence = sequence, .index = i + 1, .next = next};
        return bre_group_match(m, node, 0, at, &after);
    }
    case BRE_BACKREF: {
        const char *from = m->capture_start[node->group];
        if (!from)
            return false;
        size_t length = (size_t)(m->capture_end[node->group] - from);
        int count = 0;
        const char *positions[BRE_REPEAT_MAX + 2];
        positions[0] = at;
        while ((node->max == BRE_UNBOUNDED || count < node->max) && count <= BRE_REPEAT_MAX) {
            const char *here = positions[count];
            if ((size_t)(m->end - here) < length)
                break;
            size_t k = 0;
            while (k < length && bre_same(m, (unsigned char)here[k], (unsigned char)from[k]))
                k++;
            if (k < length)
                break;
            positions[++count] = here + length;
            if (length == 0)
                break;
        }
        for (; count >= node->min; count--)
            if (bre_sequence_match(m, sequence, i + 1, positions[count], next))
                return true;
        return false;
    }
    default: {
        size_t available = (size_t)(m->end - at);
        size_t limit = node->max == BRE_UNBOUNDED
                           ? available
                           : ((size_t)node->max < available ? (size_t)node->max : available);
        size_t count = 0;
        while (count < limit && bre_single(m, node, (unsigned char)at[count]))
            count++;
        for (size_t tries = count + 1; tries-- > (size_t)node->min;)
            if (bre_sequence_match(m, sequence, i + 1, at + tries, next))
                return true;
        return false;
    }
    }
}

static bool bre_run(const struct bre *bre, const char *text, size_t length, bool whole)
{
    struct bre_match m = {.bre = bre, .start = text, .end = text + length, .whole = whole};
    for (size_t from = 0; from <= length; from++) {
        memset(m.capture_start, 0, sizeof m.capture_start);
        memset(m.capture_end, 0, sizeof m.capture_end);
        if (bre_group_match(&m, &bre->root, 0, text + from, NULL))
            return true;
        if (whole)
            break;
    }
    return false;
}

bool bre_search(const struct bre *bre, const char *text, size_t length)
{
    return bre_run(bre, text, length, false);
}

bool bre_match_whole(const struct bre *bre, const char *text, size_t length)
{
    return bre_run(bre, text, length, true);
}
