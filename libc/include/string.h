/*
 * <string.h>: byte-string and memory functions of KOITO-libc (libc, public
 * header). Each function lives alone in libc/src/string/<name>.c.
 */
#ifndef _STRING_H
#define _STRING_H

#define __KOITO_NEED_size_t
#define __KOITO_NEED_locale_t
#include <bits/types.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

void *memcpy(void *restrict destination, const void *restrict source, size_t length);
void *memmove(void *destination, const void *source, size_t length);
void *memset(void *destination, int byte, size_t length);
int memcmp(const void *left, const void *right, size_t length);
void *memchr(const void *memory, int byte, size_t length);
void *memccpy(void *restrict destination, const void *restrict source, int byte, size_t length);

size_t strlen(const char *string);
size_t strnlen(const char *string, size_t limit);
int strcmp(const char *left, const char *right);
int strncmp(const char *left, const char *right, size_t limit);
int strcoll(const char *left, const char *right);
size_t strxfrm(char *restrict destination, const char *restrict source, size_t length);
char *strchr(const char *string, int character);
char *strrchr(const char *string, int character);
char *strcpy(char *restrict destination, const char *restrict source);
char *strncpy(char *restrict destination, const char *restrict source, size_t length);
char *stpcpy(char *restrict destination, const char *restrict source);
char *stpncpy(char *restrict destination, const char *restrict source, size_t length);
char *strcat(char *restrict destination, const char *restrict source);
char *strncat(char *restrict destination, const char *restrict source, size_t length);
size_t strspn(const char *string, const char *accept);
size_t strcspn(const char *string, const char *reject);
char *strpbrk(const char *string, const char *accept);
char *strstr(const char *haystack, const char *needle);
char *strtok(char *restrict string, const char *restrict separators);
char *strtok_r(char *restrict string, const char *restrict separators, char **restrict state);
char *strdup(const char *string);
char *strndup(const char *string, size_t limit);
char *strerror(int error);
int strerror_r(int error, char *buffer, size_t length);
char *strsignal(int signal);

#endif
