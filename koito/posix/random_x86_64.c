/*
 * The hardware side of /dev/random (KOITO POSIX server, x86_64; see vfs/vfs_random.c): RDSEED,
 * else RDRAND, when CPUID says the CPU has them (each retried a few times, as Intel advises);
 * the time-stamp counter as the fallback generator's seed.
 */
#include "vfs.h"

#include <cpuid.h>

static int random_features = -1; /* bit 0 RDRAND, bit 1 RDSEED; -1 not asked yet */

static int random_cpu(void)
{
    if (random_features < 0) {
        unsigned a, b, c, d;
        random_features = 0;
        if (__get_cpuid(1, &a, &b, &c, &d) && (c & bit_RDRND))
            random_features |= 1;
        if (__get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_RDSEED))
            random_features |= 2;
    }
    return random_features;
}

bool vfs_random_hardware(uint64_t *word)
{
    int features = random_cpu();
    for (int attempt = 0; attempt < 10; attempt++) {
        unsigned char ok = 0;
        if (features & 2)
            __asm__ volatile("rdseed %0; setc %1" : "=r"(*word), "=qm"(ok));
        else if (features & 1)
            __asm__ volatile("rdrand %0; setc %1" : "=r"(*word), "=qm"(ok));
        else
            return false;
        if (ok)
            return true;
    }
    return false;
}

uint64_t vfs_random_entropy(void)
{
    unsigned low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return (uint64_t)high << 32 | low;
}
