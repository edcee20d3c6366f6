/*
 * The KOITO-libc functions under test, under the names the host tests give
 * them (host tests; see CMakeLists.txt and library/ for the renaming).
 *
 * The tests include the host's headers, so KOITO-libc's types appear here
 * in host terms: the same layout where KOITO-libc matches glibc (struct tm,
 * struct lconv, wchar_t, wint_t), an opaque or mirrored type where it does
 * not (FILE, mbstate_t, jmp_buf).
 */
#ifndef KOITO_TEST_HOST_LIBC_UNDER_TEST_H
#define KOITO_TEST_HOST_LIBC_UNDER_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>
#include <wchar.h>

typedef struct __koito_file KFILE;
typedef struct {
    unsigned bits;
    unsigned missing;
} koito_mbstate_t;
typedef unsigned long koito_jmp_buf[8];
typedef struct {
    long long position;
} koito_fpos_t;

int *koito_test___errno_location(void);
#define KERRNO (*koito_test___errno_location())

int koito_test_vsnprintf(char *buffer, size_t size, const char *format, va_list arguments);
int koito_test_snprintf(char *buffer, size_t size, const char *format, ...);

/* string.h, strings.h */
void *koito_test_memcpy(void *destination, const void *source, size_t length);
void *koito_test_memmove(void *destination, const void *source, size_t length);
void *koito_test_memset(void *destination, int byte, size_t length);
int koito_test_memcmp(const void *left, const void *right, size_t length);
void *koito_test_memchr(const void *memory, int byte, size_t length);
void *koito_test_memccpy(void *destination, const void *source, int byte, size_t length);
size_t koito_test_strlen(const char *string);
size_t koito_test_strnlen(const char *string, size_t limit);
int koito_test_strcmp(const char *left, const char *right);
int koito_test_strncmp(const char *left, const char *right, size_t limit);
int koito_test_strcoll(const char *left, const char *right);
size_t koito_test_strxfrm(char *destination, const char *source, size_t length);
char *koito_test_strchr(const char *string, int character);
char *koito_test_strrchr(const char *string, int character);
char *koito_test_strcpy(char *destination, const char *source);
char *koito_test_strncpy(char *destination, const char *source, size_t length);
char *koito_test_stpcpy(char *destination, const char *source);
char *koito_test_stpncpy(char *destination, const char *source, size_t length);
char *koito_test_strcat(char *destination, const char *source);
char *koito_test_strncat(char *destination, const char *source, size_t length);
size_t koito_test_strspn(const char *string, const char *accept);
size_t koito_test_strcspn(const char *string, const char *reject);
char *koito_test_strpbrk(const char *string, const char *accept);
char *koito_test_strstr(const char *haystack, const char *needle);
char *koito_test_strtok(char *string, const char *separators);
char *koito_test_strtok_r(char *string, const char *separators, char **state);
char *koito_test_strdup(const char *string);
char *koito_test_strndup(const char *string, size_t limit);
char *koito_test_strerror(int error);
int koito_test_strerror_r(int error, char *buffer, size_t length);
char *koito_test_strsignal(int signal);
int koito_test_strcasecmp(const char *left, const char *right);
int koito_test_strncasecmp(const char *left, const char *right, size_t limit);
int koito_test_ffs(int value);

/* ctype.h */
int koito_test_isalnum(int c);
int koito_test_isalpha(int c);
int koito_test_isblank(int c);
int koito_test_iscntrl(int c);
int koito_test_isdigit(int c);
int koito_test_isgraph(int c);
int koito_test_islower(int c);
int koito_test_isprint(int c);
int koito_test_ispunct(int c);
int koito_test_isspace(int c);
int koito_test_isupper(int c);
int koito_test_isxdigit(int c);
int koito_test_tolower(int c);
int koito_test_toupper(int c);

/* stdlib.h, inttypes.h */
long koito_test_strtol(const char *string, char **end, int base);
long long koito_test_strtoll(const char *string, char **end, int base);
unsigned long koito_test_strtoul(const char *string, char **end, int base);
unsigned long long koito_test_strtoull(const char *string, char **end, int base);
intmax_t koito_test_strtoimax(const char *string, char **end, int base);
uintmax_t koito_test_strtoumax(const char *string, char **end, int base);
int koito_test_atoi(const char *string);
long koito_test_atol(const char *string);
long long koito_test_atoll(const char *string);
void koito_test_qsort(void *base, size_t count, size_t size,
                      int (*compare)(const void *, const void *));
void *koito_test_bsearch(const void *key, const void *base, size_t count, size_t size,
                         int (*compare)(const void *, const void *));
int koito_test_rand(void);
void koito_test_srand(unsigned seed);
int koito_test_abs(int value);
long long koito_test_llabs(long long value);
intmax_t koito_test_imaxabs(intmax_t value);
char *koito_test_getenv(const char *name);
int koito_test_setenv(const char *name, const char *value, int overwrite);
int koito_test_unsetenv(const char *name);
int koito_test_putenv(char *string);
extern char **koito_test_environ;
int koito_test_system(const char *command);
int koito_test_atexit(void (*handler)(void));
int koito_test_at_quick_exit(void (*handler)(void));
_Noreturn void koito_test_exit(int status);
_Noreturn void koito_test_quick_exit(int status);
void *koito_test_malloc(size_t size);
void *koito_test_calloc(size_t count, size_t size);
void *koito_test_realloc(void *pointer, size_t size);
void koito_test_free(void *pointer);
void *koito_test_aligned_alloc(size_t alignment, size_t size);
int koito_test_posix_memalign(void **result, size_t alignment, size_t size);
size_t koito_test_malloc_usable_size(void *pointer);
/* KOITO-libc's struct mallinfo2 has glibc's layout: the host's <malloc.h> describes it. */
struct mallinfo2 koito_test_mallinfo2(void);

/* multibyte, wide characters, locale */
char *koito_test_setlocale(int category, const char *locale);
struct lconv *koito_test_localeconv(void);
size_t koito_test_mbrtowc(wchar_t *character, const char *string, size_t length,
                          koito_mbstate_t *state);
size_t koito_test_wcrtomb(char *string, wchar_t character, koito_mbstate_t *state);
size_t koito_test_mbrlen(const char *string, size_t length, koito_mbstate_t *state);
int koito_test_mbsinit(const koito_mbstate_t *state);
size_t koito_test_mbsrtowcs(wchar_t *destination, const char **source, size_t length,
                            koito_mbstate_t *state);
size_t koito_test_wcsrtombs(char *destination, const wchar_t **source, size_t length,
                            koito_mbstate_t *state);
size_t koito_test_mbstowcs(wchar_t *destination, const char *source, size_t length);
size_t koito_test_wcstombs(char *destination, const wchar_t *source, size_t length);
int koito_test_mblen(const char *string, size_t length);
int koito_test_mbtowc(wchar_t *character, const char *string, size_t length);
int koito_test_wctomb(char *string, wchar_t character);
wint_t koito_test_btowc(int byte);
int koito_test_wctob(wint_t character);
size_t koito_test_mbrtoc16(uint16_t *character, const char *string, size_t length,
                           koito_mbstate_t *state);
size_t koito_test_c16rtomb(char *string, uint16_t character, koito_mbstate_t *state);
size_t koito_test_mbrtoc32(uint32_t *character, const char *string, size_t length,
                           koito_mbstate_t *state);
size_t koito_test_c32rtomb(char *string, uint32_t character, koito_mbstate_t *state);
size_t __koito_mb_cur_max(void); /* public (MB_CUR_MAX calls it), so not renamed */
size_t koito_test_wcslen(const wchar_t *string);
int koito_test_wcscmp(const wchar_t *left, const wchar_t *right);
int koito_test_wcsncmp(const wchar_t *left, const wchar_t *right, size_t limit);
wchar_t *koito_test_wcschr(const wchar_t *string, wchar_t character);
wchar_t *koito_test_wcsrchr(const wchar_t *string, wchar_t character);
wchar_t *koito_test_wcsstr(const wchar_t *haystack, const wchar_t *needle);
size_t koito_test_wcsspn(const wchar_t *string, const wchar_t *accept);
size_t koito_test_wcscspn(const wchar_t *string, const wchar_t *reject);
wchar_t *koito_test_wcscpy(wchar_t *destination, const wchar_t *source);
wchar_t *koito_test_wcsncat(wchar_t *destination, const wchar_t *source, size_t length);
wchar_t *koito_test_wcstok(wchar_t *string, const wchar_t *separators, wchar_t **state);
long koito_test_wcstol(const wchar_t *string, wchar_t **end, int base);
unsigned long long koito_test_wcstoull(const wchar_t *string, wchar_t **end, int base);
int koito_test_iswalpha(wint_t c);
int koito_test_iswdigit(wint_t c);
int koito_test_iswspace(wint_t c);
int koito_test_iswupper(wint_t c);
int koito_test_iswlower(wint_t c);
int koito_test_iswpunct(wint_t c);
int koito_test_iswprint(wint_t c);
int koito_test_iswcntrl(wint_t c);
int koito_test_iswxdigit(wint_t c);
int koito_test_iswalnum(wint_t c);
int koito_test_iswgraph(wint_t c);
int koito_test_iswblank(wint_t c);
wint_t koito_test_towupper(wint_t c);
wint_t koito_test_towlower(wint_t c);
unsigned long koito_test_wctype(const char *name);
int koito_test_iswctype(wint_t c, unsigned long type);
int koito_test_wcwidth(wchar_t c);

/* time.h */
time_t koito_test_time(time_t *result);
int koito_test_timespec_get(struct timespec *result, int base);
long koito_test_clock(void);
double koito_test_difftime(time_t end, time_t start);
struct tm *koito_test_gmtime_r(const time_t *time, struct tm *result);
struct tm *koito_test_gmtime(const time_t *time);
struct tm *koito_test_localtime_r(const time_t *time, struct tm *result);
time_t koito_test_timegm(struct tm *time);
time_t koito_test_mktime(struct tm *time);
size_t koito_test_strftime(char *buffer, size_t size, const char *format, const struct tm *time);
char *koito_test_asctime_r(const struct tm *time, char *buffer);
char *koito_test_ctime_r(const time_t *time, char *buffer);

/* stdio.h */
extern KFILE *const koito_test_stdout;
KFILE *koito_test_fopen(const char *path, const char *mode);
KFILE *koito_test_fdopen(int descriptor, const char *mode);
KFILE *koito_test_freopen(const char *path, const char *mode, KFILE *stream);
KFILE *koito_test_fmemopen(void *buffer, size_t size, const char *mode);
KFILE *koito_test_open_memstream(char **buffer, size_t *size);
KFILE *koito_test_tmpfile(void);
char *koito_test_tmpnam(char *name);
int koito_test_remove(const char *path);
int koito_test_rename(const char *from, const char *to);
int koito_test_fclose(KFILE *stream);
int koito_test_fflush(KFILE *stream);
int koito_test_setvbuf(KFILE *stream, char *buffer, int mode, size_t size);
int koito_test_feof(KFILE *stream);
int koito_test_ferror(KFILE *stream);
void koito_test_clearerr(KFILE *stream);
int koito_test_fileno(KFILE *stream);
int koito_test_fseek(KFILE *stream, long offset, int whence);
long koito_test_ftell(KFILE *stream);
void koito_test_rewind(KFILE *stream);
int koito_test_fgetpos(KFILE *stream, koito_fpos_t *position);
int koito_test_fsetpos(KFILE *stream, const koito_fpos_t *position);
size_t koito_test_fread(void *data, size_t size, size_t count, KFILE *stream);
size_t koito_test_fwrite(const void *data, size_t size, size_t count, KFILE *stream);
int koito_test_fgetc(KFILE *stream);
int koito_test_ungetc(int character, KFILE *stream);
char *koito_test_fgets(char *line, int size, KFILE *stream);
ssize_t koito_test_getline(char **line, size_t *capacity, KFILE *stream);
ssize_t koito_test_getdelim(char **line, size_t *capacity, int delimiter, KFILE *stream);
int koito_test_fputc(int character, KFILE *stream);
int koito_test_fputs(const char *string, KFILE *stream);
int koito_test_fprintf(KFILE *stream, const char *format, ...);
int koito_test_dprintf(int descriptor, const char *format, ...);
int koito_test_sprintf(char *buffer, const char *format, ...);
void koito_test_flockfile(KFILE *stream);
void koito_test_funlockfile(KFILE *stream);
int koito_test_ftrylockfile(KFILE *stream);
int koito_test_putc_unlocked(int character, KFILE *stream);
int koito_test_getc_unlocked(KFILE *stream);

/* setjmp.h, signal.h, unistd.h */
int koito_test_setjmp(koito_jmp_buf environment) __attribute__((returns_twice));
_Noreturn void koito_test_longjmp(koito_jmp_buf environment, int value);
void (*koito_test_signal(int number, void (*handler)(int)))(int);
int koito_test_raise(int number);
int koito_test_sigemptyset(unsigned long long *set);
int koito_test_sigfillset(unsigned long long *set);
int koito_test_sigaddset(unsigned long long *set, int number);
int koito_test_sigdelset(unsigned long long *set, int number);
int koito_test_sigismember(const unsigned long long *set, int number);
int koito_test_getopt(int argc, char *const argv[], const char *options);
extern char *koito_test_optarg;
extern int koito_test_optind, koito_test_opterr, koito_test_optopt;

/* wchar.h: wide formatted and stream I/O, wide conversions */
int koito_test_swprintf(wchar_t *buffer, size_t size, const wchar_t *format, ...);
int koito_test_swscanf(const wchar_t *string, const wchar_t *format, ...);
int koito_test_sscanf(const char *string, const char *format, ...);
int koito_test_fwprintf(KFILE *stream, const wchar_t *format, ...);
int koito_test_fwscanf(KFILE *stream, const wchar_t *format, ...);
wint_t koito_test_fgetwc(KFILE *stream);
wchar_t *koito_test_fgetws(wchar_t *string, int size, KFILE *stream);
wint_t koito_test_fputwc(wchar_t character, KFILE *stream);
int koito_test_fputws(const wchar_t *string, KFILE *stream);
wint_t koito_test_ungetwc(wint_t character, KFILE *stream);
int koito_test_fwide(KFILE *stream, int mode);
double koito_test_wcstod(const wchar_t *string, wchar_t **end);
float koito_test_wcstof(const wchar_t *string, wchar_t **end);
long double koito_test_wcstold(const wchar_t *string, wchar_t **end);
size_t koito_test_wcsftime(wchar_t *result, size_t size, const wchar_t *format,
                           const struct tm *time);

#endif
