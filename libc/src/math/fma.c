/*
 * fma (libc, math; OS-independent): x*y + z with a single rounding, in the
 * current rounding mode.
 *
 * The product of the two 53-bit significands is exact in 106 bits. Both the
 * product and z are placed with their leading bit at bit 125 of a 128-bit
 * integer; the smaller one is shifted right to the larger one's scale, the
 * bits it loses folded into its lowest bit (far below the rounding point:
 * it only breaks ties and marks the sum inexact, which is all the directed
 * modes need), then added or subtracted exactly and rounded once, subnormal
 * results included.
 */
#include "math_impl.h"
#include <fenv.h>

typedef unsigned __int128 u128;

static int top_bit(u128 v)
{
    uint64_t high = (uint64_t)(v >> 64);
    if (high != 0) {
        return 127 - __builtin_clzll(high);
    }
    return 63 - __builtin_clzll((uint64_t)v);
}

/* a = m * 2^e with 2^52 <= m < 2^53 for finite nonzero a (subnormals
 * normalised). */
static uint64_t significand(double a, int *e)
{
    uint64_t bits = __koito_bits(a) & 0x7fffffffffffffffu;
    int field = (int)(bits >> 52);
    uint64_t m = bits & 0x000fffffffffffffu;
    if (field == 0) {
        int shift = __builtin_clzll(m) - 11;
        *e = -1074 - shift;
        return m << shift;
    }
    *e = field - 1075;
    return m | 0x0010000000000000u;
}

/* v * 2^e placed with its top bit at 125. */
static u128 place(u128 v, int *e)
{
    int shift = 125 - top_bit(v);
    *e -= shift;
    return v << shift;
}

/* Whether a magnitude truncated to m, `rest` (of which `half` is half a
 * unit of m) below, rounds up to m + 1 in rounding mode `mode`. */
static int round_away(int mode, int negative, u128 rest, u128 half, uint64_t m)
{
    switch (mode) {
    case FE_UPWARD:
        return rest != 0 && !negative;
    case FE_DOWNWARD:
        return rest != 0 && negative;
    case FE_TOWARDZERO:
        return 0;
    default:
        return rest > half || (rest == half && (m & 1));
    }
}

double fma(double x, double y, double z)
{
    if (__koito_exponent_field(x) == 0x7ff || __koito_exponent_field(y) == 0x7ff || x == 0 ||
        y == 0) {
        return x * y + z;
    }
    if (__koito_exponent_field(z) == 0x7ff) {
        return z + z; /* x*y is finite: z decides (NaN stays NaN) */
    }
    if (z == 0) {
        return x * y; /* the exact product is not zero: its rounding wins,
                       * even when that is a zero of its own sign */
    }
    int ex, ey, ez;
    uint64_t mx = significand(x, &ex);
    uint64_t my = significand(y, &ey);
    uint64_t mz = significand(z, &ez);
    int ep = ex + ey;
    u128 p = place((u128)mx * my, &ep);
    u128 q = place((u128)mz, &ez);
    int p_negative = (int)((__koito_bits(x) ^ __koito_bits(y)) >> 63);
    int z_negative = (int)(__koito_bits(z) >> 63);

    /* a: the operand of larger magnitude. */
    u128 a = p, b = q;
    int ea = ep, eb = ez;
    int negative = p_negative;
    if (ez > ep || (ez == ep && q > p)) {
        a = q;
        b = p;
        ea = ez;
        eb = ep;
        negative = z_negative;
    }
    int d = ea - eb;
    if (d >= 128) {
        b = 1; /* only a sticky bit is left */
    } else if (d > 0) {
        u128 lost = b & (((u128)1 << d) - 1);
        b = (b >> d) | (lost != 0);
    }
    u128 s = p_negative == z_negative ? a + b : a - b;
    int mode = fegetround();
    if (s == 0) {
        return mode == FE_DOWNWARD ? -0.0 : 0.0; /* IEEE's sign of an exact zero sum */
    }

    /* Round s * 2^ea to 53 bits, fewer if the result is subnormal. */
    int top = top_bit(s);
    int exponent = top + ea; /* of the leading bit */
    int keep = 53;
    if (exponent < -1022) {
        keep = 53 - (-1022 - exponent);
        if (keep < 0) {
            keep = 0;
        }
    }
    int drop = top + 1 - keep;
    uint64_t m;
    if (drop > 0) {
        u128 half = (u128)1 << (drop - 1);
        u128 rest = s & (((u128)1 << drop) - 1);
        m = (uint64_t)(s >> drop);
        if (round_away(mode, negative, rest, half, m)) {
            m++;
        }
    } else {
        m = (uint64_t)s << -drop; /* exact: s has fewer bits than the result keeps */
    }
    /* The sign goes in before the scaling, which rounds an overflow in the
     * mode. m < 2^54 converts through int64_t: clang converts a uint64_t
     * with a subtraction, which makes 0 into -0 when rounding downward. */
    double magnitude = (double)(int64_t)m;
    return __koito_scale(negative ? -magnitude : magnitude, ea + drop);
}
