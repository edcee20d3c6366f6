/*
 * A parse result as float, double or long double (libc, internal; shared by
 * the strto* and wcsto* families). Each rounds nothing: the parser already
 * rounded to the format's precision, so these only assemble the value, and
 * set errno to ERANGE when the parser reported a range error. The mantissa
 * (at most 53 bits here) is converted as a signed integer: the unsigned
 * conversion's subtraction of a magic constant gives -0 for 0 when the
 * rounding mode is downward.
 */
#include "math_impl.h"
#include "strtofloat.h"
#include <errno.h>
#include <stdint.h>

const struct __koito_float_format __koito_float_format_float = {24, -126, 127};
const struct __koito_float_format __koito_float_format_double = {53, -1022, 1023};
const struct __koito_float_format __koito_float_format_long_double = {64, -16382, 16383};

float __koito_float_result_float(const struct __koito_float_result *r)
{
    if (r->range_error) {
        errno = ERANGE;
    }
    float v;
    if (r->kind == __KOITO_FLOAT_NAN) {
        v = __builtin_nanf("");
    } else if (r->kind == __KOITO_FLOAT_INFINITE) {
        v = __KOITO_INFF;
    } else {
        /* Exact: every float is a double, and the scaling is exact. */
        v = (float)__koito_scale((double)(int64_t)r->mantissa, r->exponent);
    }
    return r->negative ? -v : v;
}

double __koito_float_result_double(const struct __koito_float_result *r)
{
    if (r->range_error) {
        errno = ERANGE;
    }
    double v;
    if (r->kind == __KOITO_FLOAT_NAN) {
        v = __KOITO_NAN;
    } else if (r->kind == __KOITO_FLOAT_INFINITE) {
        v = __KOITO_INF;
    } else {
        v = __koito_scale((double)(int64_t)r->mantissa, r->exponent);
    }
    return r->negative ? -v : v;
}

long double __koito_float_result_long_double(const struct __koito_float_result *r)
{
    if (r->range_error) {
        errno = ERANGE;
    }
    long double v;
    if (r->kind == __KOITO_FLOAT_NAN) {
        v = __builtin_nanl("");
    } else if (r->kind == __KOITO_FLOAT_INFINITE) {
        v = __builtin_infl();
    } else if (r->mantissa == 0) {
        v = 0.0L;
    } else {
        int leading = 63 - __builtin_clzll(r->mantissa);
        int e = leading + r->exponent; /* exponent of the leading bit */
        union __koito_ldouble u;
        if (e >= -16382) {
            u.parts.mantissa = r->mantissa << (63 - leading);
            u.parts.sign_exponent = (uint16_t)(e + 16383);
        } else { /* subnormal: the lowest bit has weight 2^-16445 */
            u.parts.mantissa = r->mantissa << (r->exponent + 16445);
            u.parts.sign_exponent = 0;
        }
        v = u.value;
    }
    return r->negative ? -v : v;
}
