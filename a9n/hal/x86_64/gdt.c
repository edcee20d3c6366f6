/*
 * Global descriptor table and task-state segment (x86_64 HAL).
 *
 * Selector order is fixed by syscall/sysret: STAR[47:32] = kernel code and
 * kernel data follows it; STAR[63:48] + 8 = user data and + 16 = user code.
 *   0x08 kernel code, 0x10 kernel data, 0x18 (unused 32-bit user code slot),
 *   0x20 user data, 0x28 user code, 0x30 TSS (16 bytes).
 * The TSS carries rsp0 (where a user-mode interrupt saves its frame: the end
 * of the running thread's context), an IST stack for double faults and NMIs,
 * and the I/O permission bitmap. A thread without I/O authority runs with the
 * bitmap base past the TSS limit, so every port access faults.
 */
#include "gdt.h"

#include <stdint.h>

struct tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t io_bitmap_base; /* past the TSS's end: no I/O bitmap, so user mode has no port */
} __attribute__((packed));

/* Not static: syscall.S loads its rsp0. */
struct tss gdt_tss __attribute__((aligned(16)));
_Static_assert(__builtin_offsetof(struct tss, rsp) == GDT_TSS_RSP0, "rsp0 for syscall.S");
static uint8_t ist_stack[8192] __attribute__((aligned(16)));
static uint64_t gdt[8] __attribute__((aligned(16)));

static uint64_t segment(uint32_t access, uint32_t flags)
{
    return ((uint64_t)0xffff) | ((uint64_t)access << 40) | ((uint64_t)flags << 52) |
           ((uint64_t)0xf << 48);
}

void gdt_init(void)
{
    gdt[0] = 0;
    gdt[1] = segment(0x9a, 0xa); /* kernel code: present, ring 0, long mode */
    gdt[2] = segment(0x92, 0xc); /* kernel data */
    gdt[3] = 0;                  /* sysret's 32-bit user code slot: unused */
    gdt[4] = segment(0xf2, 0xc); /* user data, ring 3 */
    gdt[5] = segment(0xfa, 0xa); /* user code, ring 3, long mode */
    uint64_t base = (uint64_t)&gdt_tss;
    uint64_t limit = sizeof(gdt_tss) - 1;
    gdt[6] = (limit & 0xffff) | ((base & 0xffffff) << 16) | ((uint64_t)0x89 << 40) |
             (((limit >> 16) & 0xf) << 48) | (((base >> 24) & 0xff) << 56);
    gdt[7] = base >> 32;

    gdt_tss.ist[0] = (uint64_t)(ist_stack + sizeof(ist_stack));
    gdt_tss.io_bitmap_base = sizeof(gdt_tss);

    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) pointer = {sizeof(gdt) - 1, (uint64_t)gdt};
    __asm__ volatile("lgdt %0\n"
                     "pushq %1\n"
                     "leaq 1f(%%rip), %%rax\n"
                     "pushq %%rax\n"
                     "lretq\n"
                     "1:\n"
                     "mov %2, %%ds\n"
                     "mov %2, %%es\n"
                     "mov %2, %%ss\n"
                     "ltr %w3\n"
                     "lldt %w4\n"
                     :
                     : "m"(pointer), "i"((uint64_t)GDT_KERNEL_CODE), "r"(GDT_KERNEL_DATA),
                       "r"(GDT_TSS), "r"(0)
                     : "rax", "memory");
    /* There is no LDT: with the null LDTR loaded above, every selector
     * with its table bit set faults. (A CPU fresh from reset has an LDT at
     * linear address 0, which is user memory: a user could plant a call gate
     * into ring 0 there.) */
}

void gdt_set_context_top(uint64_t context_top)
{
    gdt_tss.rsp[0] = context_top;
}
