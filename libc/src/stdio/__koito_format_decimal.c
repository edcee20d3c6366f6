/*
 * %f %e %g (and upper case) of the printf engine (libc, stdio core;
 * OS-independent).
 *
 * The value m * 2^e is printed from its exact decimal expansion, rounded
 * once at the last digit shown in the current rounding mode, as glibc does:
 * to nearest with ties to the even digit, upward, downward or toward zero
 * (rounding.h); the rest after the last digit is classed as zero, below,
 * at or above one half of its unit.
 *   integer part  m << e, or m >> -e: its decimal digits, by division by
 *                 10^9 of a bignum when it does not fit 64 bits;
 *   fraction      F / 2^k (k = -e): each next digit is the bits from k up
 *                 of F * 10; F lives in 128 bits while k <= 124, else in a
 *                 bignum; a tie is F == 2^(k-1) after the last digit.
 * Leading zeros of a small value are skipped by one multiplication by the
 * power of ten they are known to need at least (from the bit length), done
 * as 5^n with k lowered by n; in the bignum case fraction digits come nine
 * per pass. When %e or %g needs only the first digits of a huge integer
 * part, it is divided by 10^z = 2^z 5^z first (integer_top_digits).
 * Digits past the end of the exact expansion are zeros and are not stored.
 */
#include "bignum.h"
#include "format.h"
#include "rounding.h"

/* What follows the last digit shown, against one half of its unit. */
enum rest { REST_ZERO = -2, REST_BELOW_HALF = -1, REST_HALF = 0, REST_ABOVE_HALF = 1 };

/* The fraction digit source. In the bignum case digits come nine at a
 * time (one pass over F per nine digits), kept in `chunk`. */
struct fraction {
    int k;   /* denominator bits; 0: no fraction */
    int big; /* whether the bignum holds F */
    unsigned __int128 small;
    struct __koito_bignum number;
    char chunk[9];
    int chunk_at, chunk_end; /* unread digits of chunk */
};

static void fraction_init(struct fraction *f, uint64_t m, int e)
{
    f->k = e < 0 ? -e : 0;
    f->big = f->k > 124;
    f->small = 0;
    f->chunk_at = f->chunk_end = 0;
    if (f->k == 0) {
        return;
    }
    uint64_t value = f->k < 64 ? m & ((UINT64_C(1) << f->k) - 1) : m;
    if (f->big) {
        __koito_bignum_set(&f->number, value);
    } else {
        f->small = value;
    }
}

static int chunk_is_zero(const struct fraction *f)
{
    for (int i = f->chunk_at; i < f->chunk_end; i++) {
        if (f->chunk[i] != '0') {
            return 0;
        }
    }
    return 1;
}

static int fraction_is_zero(const struct fraction *f)
{
    if (f->k == 0) {
        return 1;
    }
    return f->big ? f->number.length == 0 && chunk_is_zero(f) : f->small == 0;
}

/* Clears the bignum's bits at and above k. */
static void truncate_bits(struct __koito_bignum *n, int k)
{
    int word = k / 32;
    if (word < n->length) {
        n->limb[word] &= (uint32_t)((UINT64_C(1) << (k % 32)) - 1);
        n->length = word + 1;
        while (n->length > 0 && n->limb[n->length - 1] == 0) {
            n->length--;
        }
    }
}

static int fraction_next(struct fraction *f)
{
    if (f->k == 0) {
        return 0;
    }
    if (!f->big) {
        f->small *= 10;
        int digit = (int)(f->small >> f->k);
        f->small &= ((unsigned __int128)1 << f->k) - 1;
        return digit;
    }
    if (f->chunk_at == f->chunk_end) {
        __koito_bignum_mul_add(&f->number, 1000000000u, 0);
        uint32_t chunk = (uint32_t)__koito_bignum_bits(&f->number, f->k);
        truncate_bits(&f->number, f->k);
        for (int i = 8; i >= 0; i--) {
            f->chunk[i] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
        f->chunk_at = 0;
        f->chunk_end = 9;
    }
    return f->chunk[f->chunk_at++] - '0';
}

/* Multiplies F by 10^n, known to leave it below 1 (n leading zeros). In
 * the bignum case 10^n = 5^n 2^n, and the 2^n only lowers k. */
static void fraction_skip(struct fraction *f, int n)
{
    if (f->big) {
        f->k -= n;
        for (; n >= 13; n -= 13) {
            __koito_bignum_mul_add(&f->number, 1220703125u, 0); /* 5^13 */
        }
        uint32_t power = 1;
        while (n-- > 0) {
            power *= 5;
        }
        __koito_bignum_mul_add(&f->number, power, 0);
    } else {
        for (int i = 0; i < n; i++) {
            f->small *= 10;
        }
    }
}

/* The rest compared with one half of the last digit's unit. */
static enum rest fraction_compare_half(const struct fraction *f)
{
    if (fraction_is_zero(f)) {
        return REST_ZERO;
    }
    if (!f->big) {
        unsigned __int128 half = (unsigned __int128)1 << (f->k - 1);
        return f->small < half ? REST_BELOW_HALF : f->small > half ? REST_ABOVE_HALF : REST_HALF;
    }
    if (f->chunk_at < f->chunk_end) {
        /* The rest is (R + F/2^k) / 10^r with R the r unread digits. */
        char first = f->chunk[f->chunk_at];
        if (first != '5') {
            return first > '5' ? REST_ABOVE_HALF : REST_BELOW_HALF;
        }
        for (int i = f->chunk_at + 1; i < f->chunk_end; i++) {
            if (f->chunk[i] != '0') {
                return REST_ABOVE_HALF;
            }
        }
        return f->number.length != 0 ? REST_ABOVE_HALF : REST_HALF;
    }
    if (!((__koito_bignum_bits(&f->number, f->k - 1)) & 1)) {
        return REST_BELOW_HALF;
    }
    return __koito_bignum_any_below(&f->number, f->k - 1) ? REST_ABOVE_HALF : REST_HALF;
}

/* Writes the integer part's digits at out (none for zero); returns the
 * count. */
static int integer_digits(char *out, uint64_t m, int e)
{
    uint64_t small;
    int is_small = 1;
    if (e >= 0) {
        is_small = e < 64 && (m >> (63 - e)) == 0;
        small = is_small ? m << e : 0;
    } else {
        small = -e < 64 ? m >> -e : 0;
    }
    char reversed[20];
    int count = 0;
    if (is_small) {
        while (small != 0) {
            reversed[count++] = (char)('0' + small % 10);
            small /= 10;
        }
        for (int i = 0; i < count; i++) {
            out[i] = reversed[count - 1 - i];
        }
        return count;
    }
    struct __koito_bignum n;
    __koito_bignum_set(&n, m);
    __koito_bignum_shift_left(&n, e);
    /* Chunks of 9 digits come out least significant first: write them from
     * the end of a region as long as the bound on the digit count, then
     * move the digits down. */
    int bound = ((__koito_bignum_bit_length(&n) * 30103) / 100000 + 2 + 8) / 9 * 9;
    int at = bound;
    while (n.length != 0) {
        uint32_t chunk = __koito_bignum_div(&n, 1000000000u);
        for (int i = 0; i < 9; i++) {
            out[--at] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (at < bound && out[at] == '0') {
        at++;
    }
    count = bound - at;
    for (int i = 0; i < count; i++) {
        out[i] = out[at + i];
    }
    return count;
}

/* The leading digits of a large integer part m * 2^e when only `wanted`
 * are needed: I / 10^z = (m 2^(e-z)) / 5^z for a z that leaves at least
 * wanted + 2 digits, by division by 5^13 (one pass per 13 digits instead
 * of one per 9 over the whole number). Returns the count of digits written
 * (0 if this shortcut does not apply); *dropped gets z and *sticky whether
 * any dropped digit was nonzero. */
static int integer_top_digits(char *out, uint64_t m, int e, int wanted, int *dropped, int *sticky)
{
    int bits = 64 - __builtin_clzll(m) + e;
    int at_least = (bits - 1) * 30102 / 100000 + 1; /* I has at least these digits */
    int z = at_least - wanted - 2;
    if (e < 64 || z < 13 || e < z) {
        return 0;
    }
    struct __koito_bignum n;
    __koito_bignum_set(&n, m);
    __koito_bignum_shift_left(&n, e - z);
    *sticky = 0;
    *dropped = z;
    for (; z >= 13; z -= 13) {
        *sticky |= __koito_bignum_div(&n, 1220703125u) != 0;
    }
    uint32_t power = 1;
    while (z-- > 0) {
        power *= 5;
    }
    *sticky |= __koito_bignum_div(&n, power) != 0;
    /* As integer_digits: chunks written backwards from a bound, then moved
     * down. */
    int bound = ((__koito_bignum_bit_length(&n) * 30103) / 100000 + 2 + 8) / 9 * 9;
    int at = bound;
    while (n.length != 0) {
        uint32_t chunk = __koito_bignum_div(&n, 1000000000u);
        for (int i = 0; i < 9; i++) {
            out[--at] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (at < bound && out[at] == '0') {
        at++;
    }
    int count = bound - at;
    for (int i = 0; i < count; i++) {
        out[i] = out[at + i];
    }
    return count;
}

/* Adds one to the decimal digits text[0..length); returns 1 if it carried
 * out of the first (which then reads 0). */
static int increment(char *text, int length)
{
    for (int i = length - 1; i >= 0; i--) {
        if (text[i] != '9') {
            text[i]++;
            return 0;
        }
        text[i] = '0';
    }
    return 1;
}

/* Whether the kept digits of a value of this sign move one unit away from
 * zero, given the rest and the last kept digit, in the current mode. */
static int round_up(enum rest rest, char last, int negative)
{
    return __koito_round_away(__koito_rounding_mode(), negative, (last - '0') & 1,
                              rest >= REST_HALF,
                              rest == REST_ABOVE_HALF || rest == REST_BELOW_HALF);
}

/* The first `wanted` significant digits into text, rounded; returns how
 * many were stored (the rest are zeros) and the decimal exponent of the
 * first in *exponent. */
static int significant_digits(const struct __koito_float_parts *v, int wanted, char *text,
                              int *exponent, int *carried)
{
    *carried = 0;
    if (v->mantissa == 0) {
        *exponent = 0;
        return 0;
    }
    struct fraction f;
    fraction_init(&f, v->mantissa, v->exponent);
    int dropped = 0, dropped_sticky = 0;
    int length =
        integer_top_digits(text, v->mantissa, v->exponent, wanted, &dropped, &dropped_sticky);
    if (length == 0) {
        length = integer_digits(text, v->mantissa, v->exponent);
    }
    enum rest compare;
    if (length > 0) {
        *exponent = length + dropped - 1;
        if (length >= wanted) {
            /* Round inside the integer digits. */
            if (length == wanted) {
                compare = fraction_compare_half(&f);
            } else {
                char next = text[wanted];
                int sticky = dropped_sticky || !fraction_is_zero(&f);
                for (int i = wanted + 1; i < length && !sticky; i++) {
                    sticky = text[i] != '0';
                }
                if (next != '5') {
                    compare = next > '5'              ? REST_ABOVE_HALF
                              : next != '0' || sticky ? REST_BELOW_HALF
                                                      : REST_ZERO;
                } else {
                    compare = sticky ? REST_ABOVE_HALF : REST_HALF;
                }
            }
            length = wanted;
        } else {
            while (length < wanted && !fraction_is_zero(&f)) {
                text[length++] = (char)('0' + fraction_next(&f));
            }
            compare = fraction_compare_half(&f);
        }
    } else {
        /* Below 1: skip the leading zeros. The value is below 2^bits, so
         * at least floor(-bits * log10(2)) - 1 digits are zero. */
        int bits = 64 - __builtin_clzll(v->mantissa) + v->exponent;
        int zeros = bits < 0 ? (-bits) * 30102 / 100000 - 1 : 0;
        if (zeros < 0) {
            zeros = 0;
        }
        fraction_skip(&f, zeros);
        int digit;
        while ((digit = fraction_next(&f)) == 0) {
            zeros++;
        }
        *exponent = -(zeros + 1);
        text[length++] = (char)('0' + digit);
        while (length < wanted && !fraction_is_zero(&f)) {
            text[length++] = (char)('0' + fraction_next(&f));
        }
        compare = fraction_compare_half(&f);
    }
    if (length == wanted && round_up(compare, text[length - 1], v->negative) &&
        increment(text, length)) {
        text[0] = '1'; /* 99.9 -> 100: the digits are 1 and zeros */
        ++*exponent;
        *carried = 1;
    }
    while (length > 1 && text[length - 1] == '0') {
        length--; /* zeros past the end are implied */
    }
    return length;
}

/* %f: the digits with `precision` fraction digits into text (integer part,
 * '.', fraction), the count of implied trailing zeros in *trailing. */
static size_t fixed(const struct __koito_float_parts *v, int precision, int point, char *text,
                    size_t *trailing)
{
    struct fraction f;
    fraction_init(&f, v->mantissa, v->exponent);
    /* text[0] is kept for a carry out of the first digit. */
    int length = 1 + integer_digits(text + 1, v->mantissa, v->exponent);
    int integer_length = length;
    if (length == 1) {
        text[length++] = '0';
        integer_length = 2;
    }
    int produced = 0;
    while (produced < precision && !fraction_is_zero(&f)) {
        text[length++] = (char)('0' + fraction_next(&f));
        produced++;
    }
    *trailing = (size_t)(precision - produced);
    int start = 1;
    if (produced == precision &&
        round_up(fraction_compare_half(&f), text[length - 1], v->negative)) {
        if (increment(text + 1, length - 1)) {
            text[0] = '1';
            start = 0;
        }
    }
    /* Insert the point after the integer digits. */
    if (point) {
        for (int i = length; i > integer_length; i--) {
            text[i] = text[i - 1];
        }
        text[integer_length] = '.';
        length++;
    }
    if (start == 1) {
        for (int i = 0; i < length - 1; i++) {
            text[i] = text[i + 1];
        }
        length--;
    }
    return (size_t)length;
}

/* "e+XX" into out; returns its length. */
static size_t exponent_suffix(char *out, int exponent, int upper)
{
    size_t n = 0;
    out[n++] = upper ? 'E' : 'e';
    out[n++] = exponent < 0 ? '-' : '+';
    unsigned magnitude = (unsigned)(exponent < 0 ? -exponent : exponent);
    char reversed[8];
    int count = 0;
    do {
        reversed[count++] = (char)('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (count < 2) {
        reversed[count++] = '0';
    }
    while (count > 0) {
        out[n++] = reversed[--count];
    }
    return n;
}

size_t __koito_format_decimal(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                              char conversion, const struct __koito_float_parts *value,
                              char *buffer)
{
    int upper = (spec->flags & __KOITO_FORMAT_UPPER) != 0;
    int alt = (spec->flags & __KOITO_FORMAT_ALT) != 0;
    int precision = spec->precision < 0 ? 6 : spec->precision;
    char prefix[1];
    size_t prefix_length = 0;
    if (value->negative) {
        prefix[prefix_length++] = '-';
    } else if (spec->flags & __KOITO_FORMAT_PLUS) {
        prefix[prefix_length++] = '+';
    } else if (spec->flags & __KOITO_FORMAT_SPACE) {
        prefix[prefix_length++] = ' ';
    }
    char suffix[16];
    size_t suffix_length = 0;
    size_t trailing = 0;
    size_t length;

    if (conversion == 'f') {
        length = fixed(value, precision, precision > 0 || alt, buffer, &trailing);
        return __koito_format_float_field(sink, spec, prefix, prefix_length, buffer, length,
                                          trailing, NULL, 0);
    }

    int wanted = conversion == 'e' ? precision + 1 : (precision == 0 ? 1 : precision);
    /* buffer[0] is left free for the point's move below. */
    char *digits = buffer + 1;
    int exponent, carried;
    int count = significant_digits(value, wanted, digits, &exponent, &carried);
    int strip = conversion == 'g' && !alt;

    if (conversion == 'g' && exponent < wanted && exponent >= -4) {
        /* Fixed style with wanted - 1 - exponent fraction digits. */
        int fraction_digits = wanted - 1 - exponent;
        length = 0;
        if (exponent >= 0) {
            for (int i = 0; i <= exponent; i++) {
                buffer[length++] = i < count ? digits[i] : '0';
            }
        } else {
            buffer[length++] = '0';
        }
        /* digits[] sits one byte ahead of where they are written, so the
         * copy below moves them down safely only when written in order;
         * keep the significant digits in a small window first. */
        /* significant digits after the point */
        int available = exponent >= 0 ? count - (exponent + 1) : count;
        int leading = exponent < 0 ? -exponent - 1 : 0;
        if (strip) {
            fraction_digits = leading + (available > 0 ? available : 0);
            if (available <= 0) {
                fraction_digits = 0;
            }
        }
        if (fraction_digits > 0 || alt) {
            size_t point = length;
            /* Move the fraction's significant digits into place, from the
             * back: they start at digits[exponent + 1] (or digits[0]). */
            int from = exponent >= 0 ? exponent + 1 : 0;
            int stored = available > 0 ? available : 0;
            if (stored > fraction_digits - leading) {
                stored = fraction_digits - leading;
            }
            size_t first = point + 1 + (size_t)leading;
            for (int i = stored - 1; i >= 0; i--) {
                buffer[first + (size_t)i] = digits[from + i];
            }
            buffer[point] = '.';
            for (int i = 0; i < leading; i++) {
                buffer[point + 1 + (size_t)i] = '0';
            }
            length = first + (size_t)stored;
            trailing = (size_t)(fraction_digits - leading - stored);
        }
        return __koito_format_float_field(sink, spec, prefix, prefix_length, buffer, length,
                                          trailing, NULL, 0);
    }

    /* Exponent style: d.ddd with wanted - 1 fraction digits. */
    if (count == 0) {
        digits[0] = '0';
        count = 1;
    }
    buffer[0] = digits[0];
    length = 1;
    int fraction_digits = wanted - 1;
    if (strip) {
        fraction_digits = count - 1;
    } else if (conversion == 'g' && carried && exponent == wanted) {
        /* glibc's %#g: rounding carried the value from fixed style with no
         * fraction digits (999.6 at %#.3g) into exponent style, and glibc
         * keeps the fixed style's zero fraction digits: "1.e+03". */
        fraction_digits = 0;
    }
    if (fraction_digits > 0 || alt) {
        buffer[1] = '.'; /* digits[0] was already copied: the point takes its place */
        length = 2 + (size_t)(count - 1 < fraction_digits ? count - 1 : fraction_digits);
        trailing = (size_t)fraction_digits - (length - 2);
    }
    suffix_length = exponent_suffix(suffix, exponent, upper);
    return __koito_format_float_field(sink, spec, prefix, prefix_length, buffer, length, trailing,
                                      suffix, suffix_length);
}
