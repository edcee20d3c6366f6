/*
 * The KOITO-libc functions under test, under the names the host tests give
 * them (host tests; see CMakeLists.txt for the renaming).
 */
#ifndef KOITO_TEST_HOST_LIBC_UNDER_TEST_H
#define KOITO_TEST_HOST_LIBC_UNDER_TEST_H

#include <stdarg.h>
#include <stddef.h>

int koito_test_vsnprintf(char *buffer, size_t size, const char *format, va_list arguments);

void *koito_test_memcpy(void *destination, const void *source, size_t length);
void *koito_test_memmove(void *destination, const void *source, size_t length);
void *koito_test_memset(void *destination, int byte, size_t length);
int koito_test_memcmp(const void *left, const void *right, size_t length);
void *koito_test_memchr(const void *memory, int byte, size_t length);
size_t koito_test_strlen(const char *string);
size_t koito_test_strnlen(const char *string, size_t limit);
int koito_test_strcmp(const char *left, const char *right);
int koito_test_strncmp(const char *left, const char *right, size_t limit);
char *koito_test_strchr(const char *string, int character);
char *koito_test_strrchr(const char *string, int character);
char *koito_test_strcpy(char *destination, const char *source);
char *koito_test_strncpy(char *destination, const char *source, size_t length);

#endif
