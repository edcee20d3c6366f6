/*
 * Vector extensions the CPU and the OS allow (libc, cpu; x86_64): CPUID leaf 1 for AVX and
 * OSXSAVE, XGETBV for the register state the OS saves (XMM and YMM for AVX2; the opmask and
 * both halves of the upper ZMM state too for AVX-512), leaf 7 for AVX2, AVX512F, AVX512BW and
 * AVX512VL (and BMI1 and BMI2). The answer is kept in __koito_cpu_vectors.
 */
#include "cpu.h"

int __koito_cpu_vectors;

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
        return __KOITO_CPU_SSE2;
    }
    cpuid(1, 0, r);
    const unsigned osxsave = 1u << 27;
    const unsigned avx = 1u << 28;
    if ((r[2] & (osxsave | avx)) != (osxsave | avx)) {
        return __KOITO_CPU_SSE2;
    }
    unsigned low;
    unsigned high;
    __asm__("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    const unsigned ymm_state = 0x06; /* XMM, YMM */
    const unsigned zmm_state = 0xe0; /* opmask, ZMM_Hi256, Hi16_ZMM */
    if ((low & ymm_state) != ymm_state) {
        return __KOITO_CPU_SSE2;
    }
    cpuid(7, 0, r);
    const unsigned avx2 = 1u << 5;
    /* F, BW and VL (byte compares, 16- and 32-byte EVEX forms), with BMI1 and BMI2 (tzcnt,
     * bzhi, shrx), which every CPU with them has and the assembly versions use beside them. */
    const unsigned avx512 = 1u << 16 | 1u << 30 | 1u << 31 | 1u << 3 | 1u << 8;
    if (!(r[1] & avx2)) {
        return __KOITO_CPU_SSE2;
    }
    if ((r[1] & avx512) != avx512 || (low & zmm_state) != zmm_state) {
        return __KOITO_CPU_AVX2;
    }
    return __KOITO_CPU_AVX512;
}

int __koito_cpu_vectors_detect(void)
{
    int answer = detect();
    __atomic_store_n(&__koito_cpu_vectors, answer, __ATOMIC_RELAXED);
    return answer;
}
