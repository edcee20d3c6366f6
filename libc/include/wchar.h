/*
 * <wchar.h>: wide characters and multibyte conversions (libc, public header).
 *
 * wchar_t holds one Unicode code point (32 bits). The multibyte encoding is
 * the current locale's: UTF-8 in "C.UTF-8"; in "C" every byte is one
 * character (bytes 0x80-0xff become the code points 0xdf80-0xdfff, so every
 * byte string converts and converts back unchanged). Wide-stream I/O writes
 * and reads the multibyte encoding of the characters; a wide scanf's field
 * width counts bytes of that encoding (the same as characters for ASCII).
 */
#ifndef _WCHAR_H
#define _WCHAR_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_wchar_t
#define __KOITO_NEED_wint_t
#define __KOITO_NEED_mbstate_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif
#ifndef WEOF
#define WEOF 0xffffffffu
#endif
/* Guarded: the compiler's <stdint.h> defines the same two. */
#ifndef WCHAR_MAX
#define WCHAR_MAX __WCHAR_MAX__
#endif
#ifndef WCHAR_MIN
#define WCHAR_MIN (-__WCHAR_MAX__ - 1)
#endif

struct tm;
struct __koito_file;

/* Conversions between multibyte and wide characters. */
wint_t btowc(int byte);
int wctob(wint_t character);
int mbsinit(const mbstate_t *state);
size_t mbrlen(const char *restrict string, size_t length, mbstate_t *restrict state);
size_t mbrtowc(wchar_t *restrict character, const char *restrict string, size_t length,
               mbstate_t *restrict state);
size_t wcrtomb(char *restrict string, wchar_t character, mbstate_t *restrict state);
size_t mbsrtowcs(wchar_t *restrict destination, const char **restrict source, size_t length,
                 mbstate_t *restrict state);
size_t wcsrtombs(char *restrict destination, const wchar_t **restrict source, size_t length,
                 mbstate_t *restrict state);

/* Wide strings. */
size_t wcslen(const wchar_t *string);
size_t wcsnlen(const wchar_t *string, size_t limit);
wchar_t *wcscpy(wchar_t *restrict destination, const wchar_t *restrict source);
wchar_t *wcsncpy(wchar_t *restrict destination, const wchar_t *restrict source, size_t length);
wchar_t *wcscat(wchar_t *restrict destination, const wchar_t *restrict source);
wchar_t *wcsncat(wchar_t *restrict destination, const wchar_t *restrict source, size_t length);
int wcscmp(const wchar_t *left, const wchar_t *right);
int wcsncmp(const wchar_t *left, const wchar_t *right, size_t limit);
int wcscoll(const wchar_t *left, const wchar_t *right);
size_t wcsxfrm(wchar_t *restrict destination, const wchar_t *restrict source, size_t length);
wchar_t *wcschr(const wchar_t *string, wchar_t character);
wchar_t *wcsrchr(const wchar_t *string, wchar_t character);
size_t wcsspn(const wchar_t *string, const wchar_t *accept);
size_t wcscspn(const wchar_t *string, const wchar_t *reject);
wchar_t *wcspbrk(const wchar_t *string, const wchar_t *accept);
wchar_t *wcsstr(const wchar_t *haystack, const wchar_t *needle);
wchar_t *wcstok(wchar_t *restrict string, const wchar_t *restrict separators,
                wchar_t **restrict state);
wchar_t *wcsdup(const wchar_t *string);
wchar_t *wmemcpy(wchar_t *restrict destination, const wchar_t *restrict source, size_t length);
wchar_t *wmemmove(wchar_t *destination, const wchar_t *source, size_t length);
wchar_t *wmemset(wchar_t *destination, wchar_t character, size_t length);
int wmemcmp(const wchar_t *left, const wchar_t *right, size_t length);
wchar_t *wmemchr(const wchar_t *memory, wchar_t character, size_t length);
int wcwidth(wchar_t character);
int wcswidth(const wchar_t *string, size_t length);

/* Wide-string integer conversions. */
long wcstol(const wchar_t *restrict string, wchar_t **restrict end, int base);
long long wcstoll(const wchar_t *restrict string, wchar_t **restrict end, int base);
unsigned long wcstoul(const wchar_t *restrict string, wchar_t **restrict end, int base);
unsigned long long wcstoull(const wchar_t *restrict string, wchar_t **restrict end, int base);

/* Wide-string floating-point conversions and time formatting. */
float wcstof(const wchar_t *restrict string, wchar_t **restrict end);
double wcstod(const wchar_t *restrict string, wchar_t **restrict end);
long double wcstold(const wchar_t *restrict string, wchar_t **restrict end);
size_t wcsftime(wchar_t *restrict result, size_t size, const wchar_t *restrict format,
                const struct tm *restrict time);

/* Wide-character stream I/O (FILE is struct __koito_file). */
wint_t fgetwc(struct __koito_file *stream);
wint_t getwc(struct __koito_file *stream);
wint_t getwchar(void);
wchar_t *fgetws(wchar_t *restrict string, int size, struct __koito_file *restrict stream);
wint_t fputwc(wchar_t character, struct __koito_file *stream);
wint_t putwc(wchar_t character, struct __koito_file *stream);
wint_t putwchar(wchar_t character);
int fputws(const wchar_t *restrict string, struct __koito_file *restrict stream);
wint_t ungetwc(wint_t character, struct __koito_file *stream);
int fwide(struct __koito_file *stream, int mode);

/* Formatted wide I/O. */
int fwprintf(struct __koito_file *restrict stream, const wchar_t *restrict format, ...);
int wprintf(const wchar_t *restrict format, ...);
int swprintf(wchar_t *restrict buffer, size_t size, const wchar_t *restrict format, ...);
int vfwprintf(struct __koito_file *restrict stream, const wchar_t *restrict format,
              __builtin_va_list arguments);
int vwprintf(const wchar_t *restrict format, __builtin_va_list arguments);
int vswprintf(wchar_t *restrict buffer, size_t size, const wchar_t *restrict format,
              __builtin_va_list arguments);
int fwscanf(struct __koito_file *restrict stream, const wchar_t *restrict format, ...);
int wscanf(const wchar_t *restrict format, ...);
int swscanf(const wchar_t *restrict string, const wchar_t *restrict format, ...);
int vfwscanf(struct __koito_file *restrict stream, const wchar_t *restrict format,
             __builtin_va_list arguments);
int vwscanf(const wchar_t *restrict format, __builtin_va_list arguments);
int vswscanf(const wchar_t *restrict string, const wchar_t *restrict format,
             __builtin_va_list arguments);

#endif
