/*
 * Unsigned big integers (libc, internal; OS-independent): the few
 * operations exact decimal conversion needs, all with one-limb operands so
 * each is a single linear pass (see bignum.h).
 */
#include "bignum.h"

void __koito_bignum_set(struct __koito_bignum *n, uint64_t value)
{
    n->limb[0] = (uint32_t)value;
    n->limb[1] = (uint32_t)(value >> 32);
    n->length = value == 0 ? 0 : (value >> 32) ? 2 : 1;
}

void __koito_bignum_mul_add(struct __koito_bignum *n, uint32_t factor, uint32_t addend)
{
    uint64_t carry = addend;
    for (int i = 0; i < n->length; i++) {
        uint64_t t = (uint64_t)n->limb[i] * factor + carry;
        n->limb[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry != 0 && n->length < __KOITO_BIGNUM_LIMBS) {
        n->limb[n->length++] = (uint32_t)carry;
    }
}

/* The division loop, inlined below so that the common divisors 10^9 and
 * 5^13 are constants the compiler turns into multiplications. */
static inline uint32_t divide(struct __koito_bignum *n, uint32_t divisor)
{
    uint64_t remainder = 0;
    for (int i = n->length; i-- > 0;) {
        uint64_t current = remainder << 32 | n->limb[i];
        n->limb[i] = (uint32_t)(current / divisor);
        remainder = current % divisor;
    }
    while (n->length > 0 && n->limb[n->length - 1] == 0) {
        n->length--;
    }
    return (uint32_t)remainder;
}

uint32_t __koito_bignum_div(struct __koito_bignum *n, uint32_t divisor)
{
    if (divisor == 1000000000u) {
        return divide(n, 1000000000u);
    }
    if (divisor == 1220703125u) { /* 5^13 */
        return divide(n, 1220703125u);
    }
    return divide(n, divisor);
}

void __koito_bignum_mul_pow10(struct __koito_bignum *n, int power)
{
    for (; power >= 9; power -= 9) {
        __koito_bignum_mul_add(n, 1000000000u, 0);
    }
    static const uint32_t small[9] = {1,      10,      100,      1000,     10000,
                                      100000, 1000000, 10000000, 100000000};
    if (power > 0) {
        __koito_bignum_mul_add(n, small[power], 0);
    }
}

void __koito_bignum_shift_left(struct __koito_bignum *n, int bits)
{
    if (n->length == 0) {
        return;
    }
    int words = bits / 32;
    int shift = bits % 32;
    int length = n->length + words + 1;
    if (length > __KOITO_BIGNUM_LIMBS) {
        length = __KOITO_BIGNUM_LIMBS;
    }
    for (int i = length - 1; i >= 0; i--) {
        int source = i - words;
        uint32_t high = source >= 0 && source < n->length ? n->limb[source] : 0;
        uint32_t low = source - 1 >= 0 && source - 1 < n->length ? n->limb[source - 1] : 0;
        n->limb[i] = shift == 0 ? high : (high << shift | low >> (32 - shift));
    }
    n->length = length;
    while (n->length > 0 && n->limb[n->length - 1] == 0) {
        n->length--;
    }
}

int __koito_bignum_bit_length(const struct __koito_bignum *n)
{
    if (n->length == 0) {
        return 0;
    }
    return 32 * (n->length - 1) + 32 - __builtin_clz(n->limb[n->length - 1]);
}

uint64_t __koito_bignum_bits(const struct __koito_bignum *n, int position)
{
    uint64_t result = 0;
    for (int bit = 0; bit < 64; bit += 32) {
        int at = position + bit;
        if (at < 0) {
            continue; /* bits below zero are zero */
        }
        int word = at / 32;
        int shift = at % 32;
        uint64_t low = word < n->length ? n->limb[word] : 0;
        uint64_t high = word + 1 < n->length ? n->limb[word + 1] : 0;
        result |= ((low | high << 32) >> shift & 0xffffffffu) << bit;
    }
    return result;
}

int __koito_bignum_any_below(const struct __koito_bignum *n, int position)
{
    int word = position / 32;
    for (int i = 0; i < word && i < n->length; i++) {
        if (n->limb[i] != 0) {
            return 1;
        }
    }
    if (word < n->length && (position % 32) != 0) {
        return (n->limb[word] & ((1u << (position % 32)) - 1)) != 0;
    }
    return 0;
}
