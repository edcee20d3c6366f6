/*
 * <regex.h>: POSIX regular expressions, basic (BRE) and extended (ERE)
 * (libc, public header; POSIX).
 *
 * Flag and error values are glibc's. regoff_t holds any string offset.
 * GNU additions: "\|", "\+" and "\?" in basic expressions, back-references
 * in extended ones, "\w" "\W" "\s" "\S" "\b" "\B" "\<" "\>" "\`" "\'" in
 * both, and regexec's REG_STARTEND. RE_DUP_MAX is glibc's 32,767.
 */
#ifndef _REGEX_H
#define _REGEX_H

#define __KOITO_NEED_size_t
#include <bits/types.h>
#include <limits.h> /* RE_DUP_MAX */

typedef long regoff_t;

typedef struct {
    size_t re_nsub;                          /* the number of parenthesised subexpressions */
    struct __koito_regex_program *__program; /* the compiled expression (private) */
} regex_t;

typedef struct {
    regoff_t rm_so; /* where the match starts, -1 if this subexpression did not match */
    regoff_t rm_eo; /* where it ends (one past its last byte) */
} regmatch_t;

/* regcomp's flags */
#define REG_EXTENDED 1
#define REG_ICASE    2
#define REG_NEWLINE  4
#define REG_NOSUB    8

/* regexec's flags */
#define REG_NOTBOL 1
#define REG_NOTEOL 2
#define REG_STARTEND                                                                               \
    4 /* BSD and GNU: match within [matches[0].rm_so, matches[0].rm_eo) of the string */

/* The results, 0 for success. */
#define REG_NOMATCH  1  /* regexec found no match */
#define REG_BADPAT   2  /* invalid expression */
#define REG_ECOLLATE 3  /* invalid collating element */
#define REG_ECTYPE   4  /* invalid character class */
#define REG_EESCAPE  5  /* a trailing backslash */
#define REG_ESUBREG  6  /* a back-reference to no (closed) subexpression */
#define REG_EBRACK   7  /* unbalanced [ ] */
#define REG_EPAREN   8  /* unbalanced ( ) */
#define REG_EBRACE   9  /* unbalanced { } */
#define REG_BADBR    10 /* invalid contents of { } */
#define REG_ERANGE   11 /* invalid range end */
#define REG_ESPACE   12 /* out of memory, or the expression or match too large */
#define REG_BADRPT   13 /* a repetition with nothing to repeat */
#define REG_ESIZE    15 /* GNU: a count past RE_DUP_MAX */

int regcomp(regex_t *restrict compiled, const char *restrict pattern, int flags);
int regexec(const regex_t *restrict compiled, const char *restrict string, size_t count,
            regmatch_t matches[restrict], int flags);
size_t regerror(int error, const regex_t *restrict compiled, char *restrict buffer, size_t size);
void regfree(regex_t *compiled);

#endif
