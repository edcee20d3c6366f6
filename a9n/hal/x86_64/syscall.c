/*
 * Kernel-call entry setup (x86_64 HAL): the syscall/sysret MSRs.
 * syscall.S is the entry stub; FMASK clears IF, DF, TF, AC and NT on entry
 * so the kernel runs with interrupts off, a sane direction flag, SMAP armed,
 * no single-stepping, and no nested-task flag (with NT set, the kernel's own
 * iretq to another thread would raise #GP in ring 0). Every other flag user
 * mode can set (the arithmetic flags, ID) means nothing to the kernel. On the
 * way back, sysretq restores the user's own flags from r11 (less RF and VM).
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
    wrmsr(MSR_FMASK, RFLAGS_IF | RFLAGS_DF | RFLAGS_TF | RFLAGS_AC | RFLAGS_NT);
}
