/*
 * libFuzzer target: KOITO-libc's strtod and strtof against glibc's on any
 * byte string (host fuzzer, libc stdlib). Any difference in value, end
 * pointer or ERANGE aborts, but for glibc's known mistakes below.
 */
#include <errno.h>
#include <fenv.h>
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

/* s as a float rounded once, to nearest, from glibc's strtod: rounded to odd at double's 53 bits
 * (toward zero, the last bit set if the value lies strictly between two doubles), which then
 * rounds to float's 24 bits as the exact value would. */
static float float_rounded_once(const char *s)
{
    int mode = fegetround();
    fesetround(FE_DOWNWARD);
    double down = strtod(s, NULL);
    fesetround(FE_UPWARD);
    double up = strtod(s, NULL);
    fesetround(FE_TOWARDZERO);
    double toward_zero = strtod(s, NULL);
    fesetround(mode);
    if (down != up) {
        uint64_t bits;
        memcpy(&bits, &toward_zero, sizeof bits);
        bits |= 1;
        memcpy(&toward_zero, &bits, sizeof bits);
    }
    return (float)toward_zero;
}

/* glibc 2.36's strtof rounds some subnormal results of hexadecimal input wrongly
 * (0x1.000005p-128 gives 0x1p-128; the nearest float is 0x1.000008p-128): where the two differ
 * on a subnormal result, ours must be the value rounded once and glibc's not. */
static int glibc_subnormal_float_wrong(const char *s, float ours, float glibc)
{
    if (fpclassify(ours) != FP_SUBNORMAL && fpclassify(glibc) != FP_SUBNORMAL)
        return 0;
    float exact = float_rounded_once(s);
    return memcmp(&ours, &exact, sizeof ours) == 0 && memcmp(&glibc, &exact, sizeof ours) != 0;
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
    if (!(isnan(ours_f) && isnan(glibc_f)) && memcmp(&ours_f, &glibc_f, sizeof ours_f) != 0 &&
        !glibc_subnormal_float_wrong(s, ours_f, glibc_f)) {
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
