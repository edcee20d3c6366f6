/*
 * <stdio.h>: buffered streams of KOITO-libc (libc, public header).
 *
 * A FILE is opaque here. Every stream reads, writes, seeks and closes
 * through its own function pointers (see src/internal/stdio_impl.h), so a
 * file, the console and a memory buffer are the same kind of stream, and the
 * transport can change without touching callers. Every stream has a lock;
 * each call takes it, flockfile() holds it across calls, and the *_unlocked
 * functions skip it for a caller that already holds it.
 */
#ifndef _STDIO_H
#define _STDIO_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_ssize_t
#define __KOITO_NEED_off_t
#define __KOITO_NEED_va_list /* POSIX: <stdio.h> defines va_list */
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define EOF          (-1)
#define BUFSIZ       1024
#define FOPEN_MAX    1000
#define FILENAME_MAX 4096
#define L_tmpnam     32
#define TMP_MAX      1000000
#define P_tmpdir     "/tmp"

/* Buffering modes, as used by setvbuf(). */
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

typedef struct __koito_file FILE;
typedef struct {
    long long __position;
} fpos_t;

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin  stdin
#define stdout stdout
#define stderr stderr

/* Opening and closing. */
FILE *fopen(const char *restrict path, const char *restrict mode);
FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict stream);
FILE *fdopen(int descriptor, const char *mode);
FILE *fmemopen(void *restrict buffer, size_t size, const char *restrict mode);
FILE *open_memstream(char **buffer, size_t *size);
int fclose(FILE *stream);
FILE *tmpfile(void);
char *tmpnam(char *name);
int remove(const char *path);
int rename(const char *from, const char *to);
/* rename() with each relative path starting from its directory descriptor (AT_FDCWD: the
 * working directory). */
int renameat(int from_directory, const char *from, int to_directory, const char *to);

/* Buffering and state. */
int fflush(FILE *stream);
int setvbuf(FILE *restrict stream, char *restrict buffer, int mode, size_t size);
void setbuf(FILE *restrict stream, char *restrict buffer);
int feof(FILE *stream);
int ferror(FILE *stream);
void clearerr(FILE *stream);
int fileno(FILE *stream);
/* Pipes to a command: need posix_spawn and the POSIX server (ENOSYS until
 * they exist). */
FILE *popen(const char *command, const char *mode);
int pclose(FILE *stream);
void perror(const char *prefix);

/* Positioning. */
int fseek(FILE *stream, long offset, int whence);
int fseeko(FILE *stream, off_t offset, int whence);
long ftell(FILE *stream);
off_t ftello(FILE *stream);
void rewind(FILE *stream);
int fgetpos(FILE *restrict stream, fpos_t *restrict position);
int fsetpos(FILE *stream, const fpos_t *position);

/* Unformatted input and output. */
size_t fread(void *restrict data, size_t size, size_t count, FILE *restrict stream);
size_t fwrite(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int fgetc(FILE *stream);
int getc(FILE *stream);
int getchar(void);
int ungetc(int character, FILE *stream);
char *fgets(char *restrict line, int size, FILE *restrict stream);
ssize_t getline(char **restrict line, size_t *restrict capacity, FILE *restrict stream);
ssize_t getdelim(char **restrict line, size_t *restrict capacity, int delimiter,
                 FILE *restrict stream);
int fputc(int character, FILE *stream);
int putc(int character, FILE *stream);
int putchar(int character);
int fputs(const char *restrict string, FILE *restrict stream);
int puts(const char *string);

/* Locking. */
void flockfile(FILE *stream);
int ftrylockfile(FILE *stream);
void funlockfile(FILE *stream);
int getc_unlocked(FILE *stream);
int getchar_unlocked(void);
int putc_unlocked(int character, FILE *stream);
int putchar_unlocked(int character);
int fgetc_unlocked(FILE *stream);
int fputc_unlocked(int character, FILE *stream);
size_t fread_unlocked(void *restrict data, size_t size, size_t count, FILE *restrict stream);
size_t fwrite_unlocked(const void *restrict data, size_t size, size_t count, FILE *restrict stream);
int fflush_unlocked(FILE *stream);
int feof_unlocked(FILE *stream);
int ferror_unlocked(FILE *stream);
void clearerr_unlocked(FILE *stream);

/* Formatted output. */
int printf(const char *restrict format, ...) __attribute__((__format__(__printf__, 1, 2)));
int fprintf(FILE *restrict stream, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int dprintf(int descriptor, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int sprintf(char *restrict buffer, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 2, 3)));
int snprintf(char *restrict buffer, size_t size, const char *restrict format, ...)
    __attribute__((__format__(__printf__, 3, 4)));
int vprintf(const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 1, 0)));
int vfprintf(FILE *restrict stream, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int vdprintf(int descriptor, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int vsprintf(char *restrict buffer, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 2, 0)));
int vsnprintf(char *restrict buffer, size_t size, const char *restrict format, va_list arguments)
    __attribute__((__format__(__printf__, 3, 0)));

/* Formatted input (the scanf family in src/stdio/ over the engine
 * src/stdio/__koito_scan.c). */
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

#endif
