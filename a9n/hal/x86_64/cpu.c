/*
 * CPU bring-up and protection features (x86_64 HAL).
 *
 * CR0, CR4 and EFER are written whole, from known values, whatever the
 * firmware (UEFI) or the PVH loader left in them; XCR0 follows in fpu.c.
 *   CR0   PE PG (long mode), ET, NE (native FPU errors), MP, WP (write
 *         protection in ring 0); clear: EM and TS (no lazy FPU), AM
 *         (alignment checks off: user AC means nothing), CD and NW (caches on).
 *   CR4   PAE, PGE (global pages), OSFXSR and OSXMMEXCPT (SSE), and when the
 *         CPU has them MCE (machine checks raise #MC instead of shutting the
 *         machine down), SMEP (the kernel cannot execute user pages), SMAP
 *         (nor touch them through user addresses; user_copy.c reads them
 *         through the direct map), UMIP (user mode cannot read descriptor-
 *         table registers) and OSXSAVE; everything else clear: no virtual-8086
 *         extensions, user rdtsc allowed (TSD clear: benchmarks read it), no
 *         user rdpmc, no FSGSBASE (user code cannot set its own bases), no
 *         PCIDs, no protection keys, no CET. LA57 is kept as found: it cannot
 *         change while paging is on, and the kernel's tables are four-level.
 *   EFER  LME LMA (long mode), SCE (syscall, set by syscall.c), NXE when the
 *         CPU has NX; clear: AMD's FFXSR (fast FXSAVE would skip the XMM
 *         registers in ring 0), SVME, LMSLE, TCE.
 *   PAT   the power-on default, whatever firmware made of it: PCD and PWT
 *         both clear select write-back (RAM), both set uncached (device
 *         memory and the direct map's 3..4 GiB hole), with nothing between.
 */
#include "cpu.h"

#include "fpu.h"
#include "gdt.h"
#include "idt.h"
#include "syscall.h"
#include "x86.h"

#include <hal/hal.h>

/* PA0 WB, PA1 WT, PA2 UC-, PA3 UC, and the same again for PA4..PA7. */
#define PAT_POWER_ON_DEFAULT 0x0007040600070406ul

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
    cpuid(1, 0, r);
    features.machine_check = (r[3] >> 7) & 1;
    features.xsave = (r[2] >> 26) & 1;
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

    write_cr0(CR0_PE | CR0_MP | CR0_ET | CR0_NE | CR0_WP | CR0_PG);
    wrmsr(MSR_PAT, PAT_POWER_ON_DEFAULT);
    uint64_t efer = EFER_LME | EFER_LMA;
    if (features.nx) {
        efer |= EFER_NXE;
        append_name("nx");
    }
    wrmsr(MSR_EFER, efer);
    uint64_t cr4 = (read_cr4() & CR4_LA57) | CR4_PAE | CR4_PGE | CR4_OSFXSR | CR4_OSXMMEXCPT;
    if (features.machine_check)
        cr4 |= CR4_MCE;
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
    if (features.xsave) {
        cr4 |= CR4_OSXSAVE;
        append_name("xsave");
    }
    write_cr4(cr4);

    fpu_init(features.xsave);
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
