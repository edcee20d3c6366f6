/*
 * <stdlib.h>: program termination of KOITO-libc (libc, public header).
 *
 * A KOITO program's exit status travels to the host as one byte (see
 * src/koito/_Exit.c): statuses 0..125 arrive unchanged, any other value
 * arrives as 125.
 */
#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*handler)(void));

/* ---- numeric conversions to floating point (libc-num: src/stdlib/strto[dfl].c,
 * atof.c; correctly rounded, see the manual's numerics chapter) ---- */
double atof(const char *s);
double strtod(const char *restrict s, char **restrict end);
float strtof(const char *restrict s, char **restrict end);
long double strtold(const char *restrict s, char **restrict end);
/* ---- end of libc-num's block ---- */

#endif
