/*
 * <stdlib.h>: general utilities of KOITO-libc (libc, public header).
 *
 * A KOITO program's exit status travels to the host as one byte (see
 * src/koito/_Exit.c): statuses 0..125 arrive unchanged, any other value
 * arrives as 125.
 */
#ifndef _STDLIB_H
#define _STDLIB_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_wchar_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX     0x7fffffff
/* Every locale's multibyte encoding is at most UTF-8. */
#define MB_CUR_MAX   ((size_t)__koito_mb_cur_max())
size_t __koito_mb_cur_max(void);

typedef struct {
    int quot;
    int rem;
} div_t;
typedef struct {
    long quot;
    long rem;
} ldiv_t;
typedef struct {
    long long quot;
    long long rem;
} lldiv_t;

/* Termination. */
_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
_Noreturn void quick_exit(int status);
int atexit(void (*handler)(void));
int at_quick_exit(void (*handler)(void));

/* Memory. */
void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t size);
void free(void *pointer);
void *aligned_alloc(size_t alignment, size_t size);
int posix_memalign(void **result, size_t alignment, size_t size);

/* Integer conversions. */
int atoi(const char *string);
long atol(const char *string);
long long atoll(const char *string);
long strtol(const char *restrict string, char **restrict end, int base);
long long strtoll(const char *restrict string, char **restrict end, int base);
unsigned long strtoul(const char *restrict string, char **restrict end, int base);
unsigned long long strtoull(const char *restrict string, char **restrict end, int base);

/* Floating-point conversions (correctly rounded; see the manual's numerics chapter). */
double atof(const char *s);
double strtod(const char *restrict s, char **restrict end);
float strtof(const char *restrict s, char **restrict end);
long double strtold(const char *restrict s, char **restrict end);

/* Searching, sorting, arithmetic, random numbers. */
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));
void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));
int abs(int value);
long labs(long value);
long long llabs(long long value);
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
lldiv_t lldiv(long long numerator, long long denominator);
int rand(void);
void srand(unsigned seed);
int rand_r(unsigned *state);

/* Environment. */
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
int system(const char *command);
/* Unique temporary files and directories (POSIX): the last six characters of
 * `template`, which must be "XXXXXX", are replaced until the name is new. */
int mkstemp(char *template);
char *mkdtemp(char *template);

/* Multibyte characters (UTF-8 in "C.UTF-8", single bytes in "C"). */
int mblen(const char *string, size_t length);
int mbtowc(wchar_t *restrict character, const char *restrict string, size_t length);
int wctomb(char *string, wchar_t character);
size_t mbstowcs(wchar_t *restrict destination, const char *restrict source, size_t length);
size_t wcstombs(char *restrict destination, const wchar_t *restrict source, size_t length);

#endif
