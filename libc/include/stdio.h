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

int fputc(int character, FILE *stream);
int putc(int character, FILE *stream);
int putchar(int character);
int fputs(const char *restrict string, FILE *restrict stream);
int puts(const char *string);
size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int fflush(FILE *stream);
int ferror(FILE *stream);

#endif
