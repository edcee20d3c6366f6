/*
 * strstr(): first occurrence of `needle` in `haystack` (libc, string).
 *
 * A rolling hash (Rabin-Karp) over the window, modulo the prime 2^61 - 1:
 * expected linear time, and unlike a hash modulo 2^64 it has no known family
 * of inputs (such as Thue-Morse strings) that makes every window collide.
 * Every hash match is confirmed with memcmp.
 */
#include <stdint.h>
#include <string.h>

#define PRIME ((UINT64_C(1) << 61) - 1)
#define BASE  UINT64_C(1000003)

static uint64_t mul_mod(uint64_t a, uint64_t b)
{
    unsigned __int128 product = (unsigned __int128)a * b;
    uint64_t folded = (uint64_t)(product & PRIME) + (uint64_t)(product >> 61);
    return folded >= PRIME ? folded - PRIME : folded;
}

static uint64_t add_mod(uint64_t a, uint64_t b)
{
    uint64_t sum = a + b;
    return sum >= PRIME ? sum - PRIME : sum;
}

char *strstr(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0) {
        return (char *)haystack;
    }
    const unsigned char *h = (const unsigned char *)haystack;
    const unsigned char *k = (const unsigned char *)needle;
    uint64_t power = 1; /* BASE^(n-1) */
    uint64_t want = 0;
    uint64_t have = 0;
    for (size_t i = 0; i < n; i++) {
        if (h[i] == '\0') {
            return NULL; /* haystack shorter than needle */
        }
        want = add_mod(mul_mod(want, BASE), k[i]);
        have = add_mod(mul_mod(have, BASE), h[i]);
        if (i > 0) {
            power = mul_mod(power, BASE);
        }
    }
    for (size_t i = 0;; i++) {
        if (have == want && memcmp(h + i, k, n) == 0) {
            return (char *)(h + i);
        }
        if (h[i + n] == '\0') {
            return NULL;
        }
        have = add_mod(have, PRIME - mul_mod(h[i], power));
        have = add_mod(mul_mod(have, BASE), h[i + n]);
    }
}
