/*
 * Kernel-call entry setup (x86_64 HAL): the syscall/sysret MSRs.
 * syscall.S is the entry stub; FMASK clears IF, DF, TF and AC on entry so
 * the kernel runs with interrupts off, a sane direction flag and SMAP armed.
 */
#include "syscall.h"

#include "gdt.h"
#include "x86.h"

extern char hal_syscall_entry[];

void syscall_init(void)
{
    wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);
    wrmsr(MSR_STAR, ((uint64_t)GDT_SYSRET_BASE << 48) | ((uint64_t)GDT_KERNEL_CODE << 32));
    wrmsr(MSR_LSTAR, (uint64_t)hal_syscall_entry);
    wrmsr(MSR_FMASK, RFLAGS_IF | RFLAGS_DF | RFLAGS_TF | RFLAGS_AC);
}
