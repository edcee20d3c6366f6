/*
 * Decimal and hexadecimal text to a binary floating-point value, correctly
 * rounded (libc, internal; OS-independent). Used by strtof, strtod, strtold
 * and the scanf engine.
 *
 * Grammar (C17 7.22.1.3): [+-] then "inf", "infinity", "nan", "nan(...)"
 * (any case), or a decimal significand with optional exponent e[+-]ddd, or
 * 0x and a hexadecimal significand with optional exponent p[+-]ddd.
 *
 * Decimal conversion keeps the first 800 significant digits; if a nonzero
 * digit follows, a 1 is put after them, which decides every tie the same
 * way the full string would (a halfway point of double or float has at most
 * 767 significant digits; long double ties longer than 800 digits are the
 * one documented inexactness). With D the digits as an integer and the
 * value D * 10^E:
 *   E >= 0: N = D * 10^E exactly, rounded to the format's bits;
 *   E < 0:  q = floor(D * 2^s / 10^-E) for an s that leaves q two bits more
 *           than the format needs, by repeated division by 10^9 (exact: the
 *           floor of a floor is the floor), with a sticky bit if any
 *           remainder was nonzero; then rounded.
 * Rounding follows the current rounding mode as glibc's does (rounding.h):
 * to nearest with ties to even, upward, downward or toward zero, subnormal
 * results rounded at the format's fixed lowest bit. Past the largest finite
 * value the result is an infinity, or the largest finite value when the
 * mode rounds toward zero from there; below the smallest subnormal it is
 * zero, or the smallest subnormal when the mode rounds away from zero. An
 * inexact result below the normal range is a range error if it is tiny
 * after rounding (x86's rule, as glibc reports it): a value just below the
 * smallest normal that rounds to it at full precision is not.
 */
#include "bignum.h"
#include "rounding.h"
#include "strtofloat.h"
#include <stddef.h>

#define MAX_DIGITS 800

struct reader {
    struct __koito_char_source *source;
    long consumed;
};

static int peek(struct reader *r)
{
    if (r->source->limit >= 0 && r->consumed >= r->source->limit) {
        return -1;
    }
    return r->source->peek(r->source);
}

static void advance(struct reader *r)
{
    r->source->advance(r->source);
    r->consumed++;
}

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Consumes `word` (lower case) if the input continues with it, character by
 * character; returns how many characters matched. */
static int match_word(struct reader *r, const char *word)
{
    int n = 0;
    while (word[n] != '\0' && lower(peek(r)) == word[n]) {
        advance(r);
        n++;
    }
    return n;
}

static int hex_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Reads an exponent's sign and digits; returns 0 (and leaves *value) if no
 * digit follows, so the caller knows the exponent part is not valid. The
 * value saturates far beyond any format's range. */
static int read_exponent(struct reader *r, long *value)
{
    int negative = 0;
    int c = peek(r);
    if (c == '+' || c == '-') {
        negative = c == '-';
        advance(r);
    }
    if (!(peek(r) >= '0' && peek(r) <= '9')) {
        return 0;
    }
    long v = 0;
    while ((c = peek(r)) >= '0' && c <= '9') {
        if (v < 100000000) {
            v = v * 10 + (c - '0');
        }
        advance(r);
    }
    *value = negative ? -v : v;
    return 1;
}

/* Whether the current mode rounds a value of this sign that is not zero
 * away from zero when it is cut to nothing or to the largest finite value. */
static int rounds_away(int negative)
{
    int mode = __koito_rounding_mode();
    return mode == FE_UPWARD ? !negative : mode == FE_DOWNWARD && negative;
}

/* A value beyond the largest finite one: an infinity, or the largest finite
 * value when the mode rounds it toward zero; a range error either way. */
static void overflow(const struct __koito_float_format *format, struct __koito_float_result *result)
{
    result->range_error = 1;
    if (__koito_rounding_mode() == FE_TONEAREST || rounds_away(result->negative)) {
        result->kind = __KOITO_FLOAT_INFINITE;
        return;
    }
    result->mantissa = (UINT64_C(1) << (format->bits - 1) << 1) - 1;
    result->exponent = format->max_exponent - format->bits + 1;
}

/* A value not zero but far below the smallest subnormal: zero, or the
 * smallest subnormal when the mode rounds it away from zero. */
static void underflow(const struct __koito_float_format *format,
                      struct __koito_float_result *result)
{
    result->range_error = 1;
    result->mantissa = rounds_away(result->negative);
    result->exponent = format->min_exponent - format->bits + 1;
}

/* q's bits from `drop` up, moved one unit away from zero if the current
 * mode says so for what lies below them (and the sticky bit); *inexact
 * tells whether anything was cut. */
static uint64_t cut(const struct __koito_bignum *q, int drop, int sticky, int negative,
                    int *inexact)
{
    if (drop <= 0) {
        *inexact = sticky;
        return __koito_bignum_bits(q, 0) << -drop;
    }
    uint64_t kept = __koito_bignum_bits(q, drop);
    int half = (int)(__koito_bignum_bits(q, drop - 1) & 1);
    int more = sticky || __koito_bignum_any_below(q, drop - 1);
    *inexact = half || more;
    return kept + (uint64_t)__koito_round_away(__koito_rounding_mode(), negative, (int)(kept & 1),
                                               half, more);
}

/* Rounds q * 2^-s (plus less than one unit of q if sticky) to the format. */
static void round_to_format(struct __koito_bignum *q, int s, int sticky,
                            const struct __koito_float_format *format,
                            struct __koito_float_result *result)
{
    int length = __koito_bignum_bit_length(q);
    if (length == 0) {
        result->mantissa = 0;
        result->exponent = 0;
        if (sticky) {
            underflow(format, result);
        }
        return;
    }
    int top = length - 1 - s; /* exponent of the leading bit */
    int lowest = format->min_exponent - format->bits + 1;
    int keep = format->bits;
    if (top - format->bits + 1 < lowest) {
        keep = top - lowest + 1; /* subnormal: fewer bits */
    }
    int drop = length - keep;
    int inexact;
    uint64_t mantissa = cut(q, drop, sticky, result->negative, &inexact);
    int exponent = drop - s;
    if (keep > 0 && keep < 64 && mantissa >> keep) { /* rounding carried out */
        mantissa >>= 1;
        exponent++;
    } else if (keep == 64 && mantissa == 0 && drop > 0) {
        mantissa = 1ull << 63; /* 2^64 wrapped */
        exponent++;
    }
    result->mantissa = mantissa;
    result->exponent = exponent;
    int leading = mantissa == 0 ? 0 : 63 - __builtin_clzll(mantissa) + exponent;
    if (mantissa != 0 && leading > format->max_exponent) {
        overflow(format, result);
        return;
    }
    /* Underflow as glibc reports it on x86: inexact, and tiny after
     * rounding: below the smallest normal even when rounded to the full
     * precision of a normal number. */
    int tiny = top < format->min_exponent;
    if (inexact && top == format->min_exponent - 1) {
        int ignored;
        uint64_t full = cut(q, length - format->bits, sticky, result->negative, &ignored);
        /* A carry out of the full precision is 2^bits (0 when that wraps). */
        tiny = format->bits == 64 ? full != 0 : full >> format->bits == 0;
    }
    result->range_error = inexact && tiny;
}

static void convert_decimal(const unsigned char *digits, int count, long exponent,
                            const struct __koito_float_format *format,
                            struct __koito_float_result *result)
{
    /* Values certainly beyond the format: (count + exponent) is the
     * decimal exponent of the leading digit plus one. */
    long magnitude = count + exponent;
    long max_decimal = (long)format->max_exponent * 30103 / 100000 + 2;
    long min_decimal = (long)(format->min_exponent - format->bits) * 30103 / 100000 - 2;
    if (magnitude > max_decimal) {
        overflow(format, result);
        return;
    }
    if (magnitude < min_decimal) {
        underflow(format, result);
        return;
    }
    struct __koito_bignum n;
    __koito_bignum_set(&n, 0);
    int i = 0;
    for (; i + 9 <= count; i += 9) {
        uint32_t chunk = 0;
        for (int j = 0; j < 9; j++) {
            chunk = chunk * 10 + digits[i + j];
        }
        __koito_bignum_mul_add(&n, 1000000000u, chunk);
    }
    for (; i < count; i++) {
        __koito_bignum_mul_add(&n, 10, digits[i]);
    }
    if (exponent >= 0) {
        __koito_bignum_mul_pow10(&n, (int)exponent);
        round_to_format(&n, 0, 0, format, result);
        return;
    }
    int k = (int)-exponent;
    /* 10^k < 2^(3.33 k); s leaves q at least bits + 2 bits long. */
    int s = format->bits + 3 + (k * 3322 + 999) / 1000 - __koito_bignum_bit_length(&n);
    if (s < 0) {
        s = 0;
    }
    __koito_bignum_shift_left(&n, s);
    int sticky = 0;
    for (; k >= 9; k -= 9) {
        sticky |= __koito_bignum_div(&n, 1000000000u) != 0;
    }
    static const uint32_t small[9] = {1,      10,      100,      1000,     10000,
                                      100000, 1000000, 10000000, 100000000};
    if (k > 0) {
        sticky |= __koito_bignum_div(&n, small[k]) != 0;
    }
    round_to_format(&n, s, sticky, format, result);
}

/* Hexadecimal significand after "0x": at least 121 significant bits kept
 * (enough for any format's rounding), the rest folded into a sticky bit.
 * Returns 0 if there is no digit. */
static int parse_hex(struct reader *r, long *valid, const struct __koito_float_format *format,
                     struct __koito_float_result *result)
{
    unsigned __int128 bits = 0;
    long shift = 0; /* binary exponent adjustment */
    int sticky = 0;
    int any = 0;
    int seen_point = 0;
    for (;;) {
        int c = peek(r);
        int v = hex_value(c);
        if (c == '.' && !seen_point) {
            seen_point = 1;
            advance(r);
            continue;
        }
        if (v < 0) {
            break;
        }
        advance(r);
        any = 1;
        if (bits >> 120 == 0) {
            bits = bits << 4 | (unsigned)v;
            if (seen_point) {
                shift -= 4;
            }
        } else {
            sticky |= v != 0;
            if (!seen_point) {
                shift += 4;
            }
        }
    }
    if (!any) {
        return 0;
    }
    *valid = r->consumed;
    if (lower(peek(r)) == 'p') {
        advance(r);
        long e;
        if (read_exponent(r, &e)) {
            shift += e;
            *valid = r->consumed;
        }
    }
    if (bits == 0) {
        result->mantissa = 0;
        result->exponent = 0;
        return 1;
    }
    if (shift > 100000) {
        shift = 100000;
    } else if (shift < -100000) {
        shift = -100000;
    }
    struct __koito_bignum n;
    n.length = 4;
    for (int i = 0; i < 4; i++) {
        n.limb[i] = (uint32_t)(bits >> (32 * i));
    }
    while (n.limb[n.length - 1] == 0) {
        n.length--; /* bits is not zero, so this stops */
    }
    /* value = bits * 2^shift: make the scale non-negative by shifting left */
    int s = 0;
    if (shift >= 0) {
        int leading = __koito_bignum_bit_length(&n) - 1 + (int)shift;
        if (leading > format->max_exponent) {
            overflow(format, result);
            return 1;
        }
        __koito_bignum_shift_left(&n, (int)shift);
    } else {
        s = (int)-shift;
    }
    round_to_format(&n, s, sticky, format, result);
    return 1;
}

long __koito_strtofloat(struct __koito_char_source *source,
                        const struct __koito_float_format *format,
                        struct __koito_float_result *result)
{
    struct reader r = {source, 0};
    result->kind = __KOITO_FLOAT_FINITE;
    result->negative = 0;
    result->range_error = 0;
    result->mantissa = 0;
    result->exponent = 0;

    int c = peek(&r);
    if (c == '+' || c == '-') {
        result->negative = c == '-';
        advance(&r);
        c = peek(&r);
    }
    if (lower(c) == 'i') {
        if (match_word(&r, "inf") != 3) {
            return 0;
        }
        long valid = r.consumed;
        int matched = match_word(&r, "inity");
        if (matched == 5) {
            valid = r.consumed;
        } else if (matched > 0 && source->scanf_rules) {
            return 0;
        }
        result->kind = __KOITO_FLOAT_INFINITE;
        return valid;
    }
    if (lower(c) == 'n') {
        if (match_word(&r, "nan") != 3) {
            return 0;
        }
        long valid = r.consumed;
        result->kind = __KOITO_FLOAT_NAN;
        if (peek(&r) == '(' && !source->scanf_rules) {
            advance(&r);
            for (;;) {
                c = peek(&r);
                if (c == ')') {
                    advance(&r);
                    valid = r.consumed;
                    break;
                }
                if (!((c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z') || c == '_')) {
                    break;
                }
                advance(&r);
            }
        }
        return valid;
    }

    long valid = 0;
    if (c == '0') {
        advance(&r);
        valid = r.consumed;
        int room = source->limit < 0 || r.consumed + 1 < source->limit;
        if (lower(peek(&r)) == 'x' && (room || !source->scanf_rules)) {
            advance(&r);
            long after_x = r.consumed;
            long hex_valid = valid;
            if (parse_hex(&r, &hex_valid, format, result)) {
                return hex_valid;
            }
            /* "0x" with no digit: strtod takes the number as "0"; glibc's
             * scanf too, but only if a point followed the x. */
            return source->scanf_rules && r.consumed == after_x ? 0 : valid;
        }
    }

    unsigned char digits[MAX_DIGITS + 1];
    int count = 0;
    long exponent = 0; /* decimal exponent of digits[count-1]'s unit */
    int seen_point = 0;
    int any = valid != 0;
    int dropped = 0;
    for (;;) {
        c = peek(&r);
        if (c == '.' && !seen_point) {
            seen_point = 1;
            advance(&r);
            if (any) {
                valid = r.consumed; /* "5." is a number */
            }
            continue;
        }
        if (!(c >= '0' && c <= '9')) {
            break;
        }
        advance(&r);
        any = 1;
        valid = r.consumed;
        if (count == 0 && c == '0') {
            if (seen_point) {
                exponent--;
            }
            continue;
        }
        if (count < MAX_DIGITS) {
            digits[count++] = (unsigned char)(c - '0');
            if (seen_point) {
                exponent--;
            }
        } else {
            dropped |= c != '0';
            if (!seen_point) {
                exponent++;
            }
        }
    }
    if (!any) {
        return 0;
    }
    if (lower(peek(&r)) == 'e') {
        advance(&r);
        long e;
        if (read_exponent(&r, &e)) {
            exponent += e;
            valid = r.consumed;
        }
    }
    if (count == 0) {
        return valid; /* zero */
    }
    if (dropped) {
        digits[count++] = 1; /* a sticky digit beyond the kept ones */
        exponent--;
    }
    convert_decimal(digits, count, exponent, format, result);
    return valid;
}

struct string_source {
    struct __koito_char_source base;
    const char *at;
};

static int string_peek(struct __koito_char_source *source)
{
    const struct string_source *s = (const struct string_source *)source;
    return *s->at == '\0' ? -1 : (unsigned char)*s->at;
}

static void string_advance(struct __koito_char_source *source)
{
    ((struct string_source *)source)->at++;
}

void __koito_strtofloat_string(const char *s, char **end, const struct __koito_float_format *format,
                               struct __koito_float_result *result)
{
    const char *start = s;
    while (*s == ' ' || (*s >= '\t' && *s <= '\r')) {
        s++;
    }
    struct string_source source = {{string_peek, string_advance, -1, 0}, s};
    long valid = __koito_strtofloat(&source.base, format, result);
    if (valid == 0) { /* no number: the result is +0 */
        result->kind = __KOITO_FLOAT_FINITE;
        result->negative = 0;
        result->mantissa = 0;
        result->exponent = 0;
    }
    if (end != NULL) {
        *end = (char *)(valid == 0 ? start : s + valid);
    }
}
