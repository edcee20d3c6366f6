/*
 * %f and %F conversions of the printf engine (libc, stdio core;
 * OS-independent).
 *
 * Prints the exact decimal value of a double, rounded half-to-even at the
 * requested precision, as glibc and musl do. A finite double is m * 2^e with
 * an integer m < 2^53 and -1074 <= e <= 971, so the work is exact integer
 * arithmetic on at most 1078 bits, kept in 32-bit limbs:
 *   integer part   m << e when e >= 0 (then the fraction is zero), else m >> -e
 *   fraction       F / 2^k with k = -e: each digit is the bits above k of F * 10
 *   rounding       the remaining F against 2^(k-1)
 * Only 64-bit integer operations are used, so no compiler runtime is needed.
 */
#include "format.h"
#include <stdint.h>

#define LIMBS               36   /* 1152 bits: room for F * 10 with k up to 1074 */
#define MAX_INT_DIGITS      309  /* DBL_MAX has 309 decimal digits */
#define MAX_FRACTION_DIGITS 1074 /* a k-bit binary fraction has exactly k decimal digits */

struct number {
    uint32_t limb[LIMBS]; /* little-endian */
};

/* Sets n to value << shift; shift + 64 must fit in the limbs. */
static void number_set(struct number *n, uint64_t value, unsigned shift)
{
    unsigned word = shift / 32;
    unsigned bit = shift % 32;

    for (unsigned i = 0; i < LIMBS; i++) {
        n->limb[i] = 0;
    }
    n->limb[word] = (uint32_t)(value << bit);
    n->limb[word + 1] = bit == 0 ? (uint32_t)(value >> 32) : (uint32_t)(value >> (32 - bit));
    n->limb[word + 2] = bit == 0 ? 0 : (uint32_t)(value >> (64 - bit));
}

/* Divides n by 10^9 and returns the remainder. */
static uint32_t number_divide_billion(struct number *n)
{
    uint64_t remainder = 0;
    for (unsigned i = LIMBS; i-- > 0;) {
        uint64_t current = remainder << 32 | n->limb[i];
        n->limb[i] = (uint32_t)(current / 1000000000u);
        remainder = current % 1000000000u;
    }
    return (uint32_t)remainder;
}

static int number_is_zero(const struct number *n)
{
    for (unsigned i = 0; i < LIMBS; i++) {
        if (n->limb[i] != 0) {
            return 0;
        }
    }
    return 1;
}

/* n = n * 10; returns the bits at and above bit k (a digit, since n < 2^k
 * before) and clears them. */
static unsigned number_next_digit(struct number *n, unsigned k)
{
    uint64_t carry = 0;
    for (unsigned i = 0; i < LIMBS; i++) {
        uint64_t product = (uint64_t)n->limb[i] * 10 + carry;
        n->limb[i] = (uint32_t)product;
        carry = product >> 32;
    }
    unsigned word = k / 32;
    unsigned bit = k % 32;
    uint64_t pair = n->limb[word] | (uint64_t)n->limb[word + 1] << 32;
    n->limb[word] &= (uint32_t)((UINT64_C(1) << bit) - 1);
    n->limb[word + 1] = 0;
    return (unsigned)(pair >> bit) & 0xfu;
}

/* Compares the fraction F / 2^k with one half: <0, 0 or >0. */
static int number_compare_half(const struct number *n, unsigned k)
{
    unsigned word = (k - 1) / 32;
    unsigned bit = (k - 1) % 32;

    if (((n->limb[word] >> bit) & 1u) == 0) {
        return -1;
    }
    if ((n->limb[word] & ((UINT32_C(1) << bit) - 1)) != 0) {
        return 1;
    }
    for (unsigned i = 0; i < word; i++) {
        if (n->limb[i] != 0) {
            return 1;
        }
    }
    return 0;
}

/* Writes the decimal digits of value at out; returns their count (at least 1). */
static size_t write_u64(char *out, uint64_t value)
{
    char reversed[20];
    size_t count = 0;
    do {
        reversed[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    for (size_t i = 0; i < count; i++) {
        out[i] = reversed[count - 1 - i];
    }
    return count;
}

/* Writes the integer part m * 2^e, e >= 0, at out; returns the digit count. */
static size_t write_big_integer(char *out, uint64_t m, unsigned e)
{
    struct number n;
    uint32_t chunks[(MAX_INT_DIGITS + 8) / 9];
    size_t count = 0;

    number_set(&n, m, e);
    do {
        chunks[count++] = number_divide_billion(&n);
    } while (!number_is_zero(&n));

    size_t length = write_u64(out, chunks[count - 1]);
    for (size_t i = count - 1; i-- > 0;) {
        for (int d = 8; d >= 0; d--) {
            out[length + (size_t)d] = (char)('0' + chunks[i] % 10);
            chunks[i] /= 10;
        }
        length += 9;
    }
    return length;
}

/* Adds one unit in the last place of the digits in text[1..end), skipping the
 * '.'; text[0] is a spare slot for a carry out of the first digit. Returns
 * 1 if that slot was used. */
static int round_up(char *text, size_t end)
{
    for (size_t i = end; i-- > 1;) {
        if (text[i] == '.') {
            continue;
        }
        if (text[i] != '9') {
            text[i]++;
            return 0;
        }
        text[i] = '0';
    }
    text[0] = '1';
    return 1;
}

size_t __koito_format_double(struct __koito_sink *sink, const struct __koito_format_spec *spec,
                             double value)
{
    union {
        double value;
        uint64_t bits;
    } u = {value};
    int upper = (spec->flags & __KOITO_FORMAT_UPPER) != 0;
    unsigned biased = (unsigned)(u.bits >> 52) & 0x7ffu;
    uint64_t m = u.bits & ((UINT64_C(1) << 52) - 1);
    char prefix[1];
    size_t prefix_length = 0;

    if (u.bits >> 63) {
        prefix[prefix_length++] = '-';
    } else if (spec->flags & __KOITO_FORMAT_PLUS) {
        prefix[prefix_length++] = '+';
    } else if (spec->flags & __KOITO_FORMAT_SPACE) {
        prefix[prefix_length++] = ' ';
    }
    if (biased == 0x7ff) {
        /* Infinities and NaNs are padded with spaces even with '0'. */
        const char *text = m != 0 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return __koito_format_field(sink, spec, prefix, prefix_length, 0, text, 3, 0);
    }

    int e = biased == 0 ? -1074 : (int)biased - 1075;
    if (biased != 0) {
        m |= UINT64_C(1) << 52;
    }
    size_t precision = spec->precision < 0 ? 6 : (size_t)spec->precision;
    /* text[0] is the carry slot, then integer digits, '.', fraction digits. */
    char text[1 + MAX_INT_DIGITS + 1 + MAX_FRACTION_DIGITS];
    size_t start = 1; /* becomes 0 if rounding carries out of the first digit */
    size_t length = 1;
    size_t trailing_zeros = precision;

    if (e >= 0) {
        length += write_big_integer(text + length, m, (unsigned)e);
    } else {
        unsigned k = (unsigned)-e;
        length += write_u64(text + length, k < 64 ? m >> k : 0);
    }
    if (precision > 0 || (spec->flags & __KOITO_FORMAT_ALT)) {
        text[length++] = '.';
    }
    if (e < 0) {
        unsigned k = (unsigned)-e;
        struct number fraction;
        size_t exact = precision < k ? precision : k;

        number_set(&fraction, k < 64 ? m & ((UINT64_C(1) << k) - 1) : m, 0);
        for (size_t i = 0; i < exact; i++) {
            text[length++] = (char)('0' + number_next_digit(&fraction, k));
        }
        trailing_zeros = precision - exact;
        if (exact < k) {
            int half = number_compare_half(&fraction, k);
            char last = text[length - 1] == '.' ? text[length - 2] : text[length - 1];
            if (half > 0 || (half == 0 && (last - '0') % 2 == 1)) {
                start -= (size_t)round_up(text, length);
            }
        }
    }

    size_t body_length = length - start;
    size_t zeros = 0;
    size_t used = prefix_length + body_length + trailing_zeros;
    if ((spec->flags & __KOITO_FORMAT_ZERO) && !(spec->flags & __KOITO_FORMAT_LEFT) &&
        spec->width > used) {
        zeros = spec->width - used;
    }
    return __koito_format_field(sink, spec, prefix, prefix_length, zeros, text + start, body_length,
                                trailing_zeros);
}
