/*
 * <stdio.h>: formatted and stream output of KOITO-libc (libc, public header).
 *
 * A FILE is opaque here. Every stream writes through its own write function
 * (see src/internal/stdio_impl.h), so stdout and stderr can move from the
 * kernel's debug console to a console server without touching callers. Both
 * are line buffered. There is no input yet.
 */
#ifndef _STDIO_H
#define _STDIO_H

#include <stdarg.h>
#include <stddef.h>

#define EOF    (-1)
#define BUFSIZ 1024

/* Buffering modes, as used by setvbuf(). */
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

typedef struct __koito_file FILE;

extern FILE *const stdout;
extern FILE *const stderr;
#define stdout stdout
#define stderr stderr

int printf(const char *restrict format, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *restrict stream, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *restrict buffer, size_t size, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 1, 0)));
int vfprintf(FILE *restrict stream, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int vsnprintf(char *restrict buffer, size_t size, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 3, 0)));

/* ---- formatted input (libc-num: the scanf family in src/stdio/ over the engine
 * src/stdio/__koito_scan.c). fgetc, ungetc and stdin are libc-core's; they
 * are declared here too (identically) so this block compiles on its own:
 * drop the duplicates when both blocks meet. ---- */
extern FILE *const stdin;
#define stdin stdin
int fgetc(FILE *stream);
int ungetc(int character, FILE *stream);
int scanf(const char *restrict format, ...) __attribute__((__format__(__scanf__, 1, 2)));
int fscanf(FILE *restrict stream, const char *restrict format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
int sscanf(const char *restrict s, const char *restrict format, ...)
    __attribute__((__format__(__scanf__, 2, 3)));
int vscanf(const char *restrict format, va_list arguments)
    __attribute__((__format__(__scanf__, 1, 0)));
int vfscanf(FILE *restrict stream, const char *restrict format, va_list arguments)
    __attribute__((__format__(__scanf__, 2, 0)));
int vsscanf(const char *restrict s, const char *restrict format, va_list arguments)
    __attribute__((__format__(__scanf__, 2, 0)));
/* ---- end of libc-num's block ---- */

int fputc(int character, FILE *stream);
int putc(int character, FILE *stream);
int putchar(int character);
int fputs(const char *restrict string, FILE *restrict stream);
int puts(const char *string);
size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int fflush(FILE *stream);
int ferror(FILE *stream);

#endif
