/*
 * AVX2 detection (libc, cpu; x86_64): CPUID leaf 1 for AVX and OSXSAVE,
 * XGETBV for the OS's consent to YMM state, leaf 7 for AVX2. The answer is
 * cached; two threads computing it at once store the same value.
 */
#include "cpu.h"

static void cpuid(unsigned leaf, unsigned subleaf, unsigned registers[4])
{
    __asm__("cpuid"
            : "=a"(registers[0]), "=b"(registers[1]), "=c"(registers[2]), "=d"(registers[3])
            : "a"(leaf), "c"(subleaf));
}

static int detect(void)
{
    unsigned r[4];
    cpuid(0, 0, r);
    if (r[0] < 7) {
        return 0;
    }
    cpuid(1, 0, r);
    const unsigned osxsave = 1u << 27;
    const unsigned avx = 1u << 28;
    if ((r[2] & (osxsave | avx)) != (osxsave | avx)) {
        return 0;
    }
    unsigned low;
    unsigned high;
    __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    if ((low & 6) != 6) { /* XMM and YMM state */
        return 0;
    }
    cpuid(7, 0, r);
    return (r[1] >> 5) & 1;
}

int __koito_cpu_avx2(void)
{
    static int known = -1;
    int answer = __atomic_load_n(&known, __ATOMIC_RELAXED);
    if (answer < 0) {
        answer = detect();
        __atomic_store_n(&known, answer, __ATOMIC_RELAXED);
    }
    return answer;
}
