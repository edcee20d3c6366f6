/*
 * KOITO-libc's <regex.h>, in host terms, for the host tests that call it beside glibc's
 * (regex_test.c, regex_utf8_test.c): its types laid out as KOITO-libc's and its functions by
 * their renamed names (koito_test_*, test/host/libc/library/).
 */
#ifndef KOITO_TEST_REGEX_KOITO_H
#define KOITO_TEST_REGEX_KOITO_H

#include <stddef.h>

typedef struct {
    size_t re_nsub;
    void *program;
} koito_regex_t;
typedef struct {
    long rm_so;
    long rm_eo;
} koito_regmatch_t;

int koito_test_regcomp(koito_regex_t *compiled, const char *pattern, int flags);
int koito_test_regexec(const koito_regex_t *compiled, const char *string, size_t count,
                       koito_regmatch_t *matches, int flags);
size_t koito_test_regerror(int error, const koito_regex_t *compiled, char *buffer, size_t size);
void koito_test_regfree(koito_regex_t *compiled);

#endif
