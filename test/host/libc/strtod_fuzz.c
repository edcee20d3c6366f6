/*
 * libFuzzer target: KOITO-libc's strtod and strtof against glibc's on any
 * byte string (host fuzzer, libc stdlib). Any difference in value, end
 * pointer or ERANGE aborts.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

double koito_test_strtod(const char *restrict s, char **restrict end);
float koito_test_strtof(const char *restrict s, char **restrict end);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* glibc does not report ERANGE for some inexact subnormal results of
 * hexadecimal input (0x1.504001p-136 as a float); C and IEEE 754 call that
 * an underflow, so ours reports it. And glibc reads a NaN's n-char-sequence
 * as an integer, setting ERANGE when it is too long; ours ignores it (its
 * meaning is implementation-defined). Those differences are allowed. */
static int allowed_errno_difference(int subnormal, int nan, int errno_ours, int errno_glibc)
{
    return (subnormal && errno_ours == ERANGE && errno_glibc == 0) ||
           (nan && errno_ours == 0 && errno_glibc == ERANGE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (s == NULL) {
        return 0;
    }
    memcpy(s, data, size);
    s[size] = '\0';

    char *end_ours, *end_glibc;
    errno = 0;
    double ours = koito_test_strtod(s, &end_ours);
    int errno_ours = errno;
    errno = 0;
    double glibc = strtod(s, &end_glibc);
    int errno_glibc = errno;
    if (!(isnan(ours) && isnan(glibc)) && memcmp(&ours, &glibc, sizeof ours) != 0) {
        abort();
    }
    if (end_ours != end_glibc ||
        (errno_ours != errno_glibc &&
         !allowed_errno_difference(fpclassify(ours) == FP_SUBNORMAL, isnan(ours), errno_ours,
                                   errno_glibc))) {
        abort();
    }

    errno = 0;
    float ours_f = koito_test_strtof(s, &end_ours);
    errno_ours = errno;
    errno = 0;
    float glibc_f = strtof(s, &end_glibc);
    errno_glibc = errno;
    if (!(isnan(ours_f) && isnan(glibc_f)) && memcmp(&ours_f, &glibc_f, sizeof ours_f) != 0) {
        abort();
    }
    if (end_ours != end_glibc ||
        (errno_ours != errno_glibc &&
         !allowed_errno_difference(fpclassify(ours_f) == FP_SUBNORMAL, isnan(ours_f), errno_ours,
                                   errno_glibc))) {
        abort();
    }
    free(s);
    return 0;
}
