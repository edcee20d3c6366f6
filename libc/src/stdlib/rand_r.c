/*
 * rand_r() (libc, stdlib): the next number of a generator whose whole state
 * is `*state`. A 32-bit linear congruential step (Numerical Recipes'
 * constants) followed by an output mix, so the low bits are as random as the
 * high ones; results lie in 0..RAND_MAX.
 */
#include <stdlib.h>

int rand_r(unsigned *state)
{
    unsigned x = *state = *state * 1664525u + 1013904223u;
    x ^= x >> 16;
    x *= 0x45d9f3bu;
    x ^= x >> 16;
    return (int)(x & RAND_MAX);
}
