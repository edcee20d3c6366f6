/*
 * CPU bring-up and protection features (x86_64 HAL).
 *
 * Turns on, when the CPU has them: NX (no-execute pages), SMEP (the kernel
 * cannot execute user pages), SMAP (the kernel cannot touch user pages
 * through user addresses; user_copy.c reads them through the direct map), UMIP (user mode cannot
 * read descriptor-table registers), global pages, and write protection in ring 0.
 */
#include "cpu.h"

#include "fpu.h"
#include "gdt.h"
#include "idt.h"
#include "syscall.h"
#include "x86.h"

#include <hal/hal.h>

static struct cpu_features features;
static char feature_names[32];

const struct cpu_features *cpu_features(void)
{
    return &features;
}

static void detect_features(void)
{
    uint32_t r[4];
    cpuid(0, 0, r);
    uint32_t max_leaf = r[0];
    if (max_leaf >= 7) {
        cpuid(7, 0, r);
        features.smep = (r[1] >> 7) & 1;
        features.smap = (r[1] >> 20) & 1;
        features.umip = (r[2] >> 2) & 1;
    }
    cpuid(0x80000001u, 0, r);
    features.nx = (r[3] >> 20) & 1;
    features.huge_pages = (r[3] >> 26) & 1;
}

static void append_name(const char *name)
{
    unsigned used = 0;
    while (feature_names[used])
        used++;
    if (used)
        feature_names[used++] = ' ';
    while (*name && used + 1 < sizeof(feature_names))
        feature_names[used++] = *name++;
    feature_names[used] = 0;
}

void hal_cpu_init(void)
{
    detect_features();
    gdt_init();
    idt_init();

    if (features.nx) {
        wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_NXE);
        append_name("nx");
    }
    uint64_t cr4 = read_cr4() | CR4_PGE;
    if (features.smep) {
        cr4 |= CR4_SMEP;
        append_name("smep");
    }
    if (features.smap) {
        cr4 |= CR4_SMAP;
        append_name("smap");
    }
    if (features.umip) {
        cr4 |= CR4_UMIP;
        append_name("umip");
    }
    write_cr4(cr4);
    write_cr0(read_cr0() | CR0_WP);

    fpu_init();
    syscall_init();
}

const char *hal_cpu_features(void)
{
    return feature_names[0] ? feature_names : "none";
}

void hal_debug_exit(uint8_t value)
{
    outb(0xf4, value);
}

_Noreturn void hal_halt(void)
{
    for (;;)
        __asm__ volatile("cli; hlt");
}
