/*
 * Floating-point conversions of the printf engine: taking doubles and long
 * doubles apart (libc, stdio core; OS-independent).
 *
 * Both types become a __koito_float_parts (see format.h): an integer
 * mantissa and a binary exponent for the decimal conversions, and glibc's
 * hexadecimal digit layout for %a (double: the implicit bit as the leading
 * digit and 13 fraction digits; long double: the top four bits of the
 * explicit 64-bit significand as the leading digit and 15 fraction digits).
 * Infinities and NaNs print here.
 *
 * The decimal digits need a buffer as long as the longest exact expansion
 * of the type: 309 integer and 1074 fraction digits for double, 4933 and
 * 16445 for long double (the long double path therefore uses ~22 KB of
 * stack).
 */
#include "format.h"

#define DOUBLE_DIGITS      (1 + 309 + 1 + 1074 + 16)
#define LONG_DOUBLE_DIGITS (1 + 4933 + 1 + 16445 + 16)

static size_t special(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                      const struct __koito_float_parts *value)
{
    int upper = (spec->flags & __KOITO_FORMAT_UPPER) != 0;
    char prefix[1];
    size_t prefix_length = 0;
    if (value->negative) {
        prefix[prefix_length++] = '-';
    } else if (spec->flags & __KOITO_FORMAT_PLUS) {
        prefix[prefix_length++] = '+';
    } else if (spec->flags & __KOITO_FORMAT_SPACE) {
        prefix[prefix_length++] = ' ';
    }
    /* Infinities and NaNs are padded with spaces even with '0'. */
    const char *text =
        value->kind == __KOITO_PARTS_NAN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return __koito_format_field(sink, spec, prefix, prefix_length, 0, text, 3, 0);
}

size_t __koito_format_double(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                             char conversion, double d)
{
    union {
        double value;
        uint64_t bits;
    } u = {d};
    struct __koito_float_parts value = {0};
    unsigned field = (unsigned)(u.bits >> 52) & 0x7ffu;
    uint64_t fraction = u.bits & ((UINT64_C(1) << 52) - 1);
    value.negative = (int)(u.bits >> 63);
    if (field == 0x7ff) {
        value.kind = fraction != 0 ? __KOITO_PARTS_NAN : __KOITO_PARTS_INFINITE;
        return special(sink, spec, &value);
    }
    value.kind = __KOITO_PARTS_FINITE;
    value.mantissa = field == 0 ? fraction : fraction | UINT64_C(1) << 52;
    value.exponent = field == 0 ? -1074 : (int)field - 1075;
    value.lead = field != 0;
    value.fraction = fraction;
    value.fraction_digits = 13;
    value.hex_exponent = field == 0 ? (fraction == 0 ? 0 : -1022) : (int)field - 1023;
    if (conversion == 'a') {
        return __koito_format_hex(sink, spec, &value);
    }
    char buffer[DOUBLE_DIGITS];
    return __koito_format_decimal(sink, spec, conversion, &value, buffer);
}

size_t __koito_format_long_double(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                                  char conversion, long double ld)
{
    union {
        long double value;
        struct {
            uint64_t mantissa;
            uint16_t sign_exponent;
        } parts;
    } u = {ld};
    struct __koito_float_parts value = {0};
    unsigned field = u.parts.sign_exponent & 0x7fffu;
    uint64_t m = u.parts.mantissa;
    value.negative = u.parts.sign_exponent >> 15;
    if (field == 0x7fff) {
        value.kind = (m << 1) != 0 ? __KOITO_PARTS_NAN : __KOITO_PARTS_INFINITE;
        return special(sink, spec, &value);
    }
    value.kind = __KOITO_PARTS_FINITE;
    value.mantissa = m;
    value.exponent = (field == 0 ? 1 : (int)field) - 16383 - 63;
    value.lead = (unsigned)(m >> 60);
    value.fraction = m & ((UINT64_C(1) << 60) - 1);
    value.fraction_digits = 15;
    value.hex_exponent = m == 0 ? 0 : (field == 0 ? 1 : (int)field) - 16383 - 3;
    if (conversion == 'a') {
        return __koito_format_hex(sink, spec, &value);
    }
    char buffer[LONG_DOUBLE_DIGITS];
    return __koito_format_decimal(sink, spec, conversion, &value, buffer);
}
