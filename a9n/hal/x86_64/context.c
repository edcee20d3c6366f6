/*
 * Saved user state and the way back to user mode (x86_64 HAL).
 *
 * This file and user_copy.c are the only places that read or write user
 * registers or user memory. Kernel-call arguments follow the convention of
 * <a9n/arch/x86_64/kernel_call.h>: rax = call, rdi rsi rdx r10 r8 r9 =
 * arguments 0..5, rax = result.
 */
#include <hal/context.h>

#include "fpu.h"
#include "gdt.h"
#include "memlayout.h"
#include "x86.h"

#include <a9n/arch/x86_64/registers.h>
#include <a9n/kernel_call.h>
#include <kernel/compiler.h>
#include <kernel/print.h>

extern _Noreturn void hal_exit_by_iret(struct hal_context *context);
extern _Noreturn void hal_exit_by_sysret(struct hal_context *context);

_Static_assert(HAL_CONTEXT_MESSAGE_REGISTERS == A9N_MESSAGE_REGISTERS, "message registers");

/* The context that ran last in user mode: TSS.rsp0 points into it, the FPU
 * holds its state (fpu.c) and FS its TLS base, so returning to it again
 * skips all three. Before the first one, and once it is released, that is
 * `no_context`, which only ever takes an unwanted FPU save: the switch
 * then needs no test for NULL. */
static struct hal_context no_context;
static struct hal_context *current_context = &no_context;
static uint64_t active_tls_base;
/* The root loaded in CR3 (only hal_return_to_user changes it after boot). */
static uint64_t active_vspace_root;

/* Flags user code may set: CF PF AF ZF SF TF DF OF. */
#define RFLAGS_USER_MASK 0xdd5ul

void hal_context_init(struct hal_context *context, uint64_t entry, uint64_t stack,
                      uint64_t argument0, uint64_t argument1, uint64_t argument2)
{
    __builtin_memset(context, 0, sizeof(*context));
    fpu_reset(context);
    context->rip = entry;
    context->rsp = stack;
    context->rdi = argument0;
    context->rsi = argument1;
    context->rdx = argument2;
    context->cs = GDT_USER_CODE;
    context->ss = GDT_USER_DATA;
    context->rflags = RFLAGS_IF | RFLAGS_RESERVED_ONE;
}

uint64_t hal_context_instruction_pointer(const struct hal_context *context)
{
    return context->rip;
}

uint64_t hal_context_call_number(const struct hal_context *context)
{
    return context->rax;
}

/* `syscall` is two bytes long (0f 05); the syscall entry saved rip in both
 * rip and rcx, and hal_exit_by_sysret leaves through rcx. */
void hal_context_restart_call(struct hal_context *context)
{
    context->rip -= 2;
    context->rcx = context->rip;
}

void hal_context_set_call_number(struct hal_context *context, uint64_t call)
{
    context->rax = call;
}

uint64_t hal_context_argument(const struct hal_context *context, unsigned index)
{
    return index == 0 ? context->rdi : context->rsi;
}

void hal_context_set_argument(struct hal_context *context, unsigned index, uint64_t value)
{
    if (index == 0)
        context->rdi = value;
    else
        context->rsi = value;
}

uint64_t hal_context_message(const struct hal_context *context, unsigned index)
{
    return context->message[index];
}

void hal_context_set_message(struct hal_context *context, unsigned index, uint64_t value)
{
    context->message[index] = value;
}

void hal_context_copy_message(struct hal_context *to, const struct hal_context *from,
                              unsigned length)
{
    /* Unrolled, entered at `length`: the fast path's message copy costs one
     * dispatch and a load and a store per word. */
    switch (length) {
    case 8:
        to->message[7] = from->message[7];
        __attribute__((fallthrough));
    case 7:
        to->message[6] = from->message[6];
        __attribute__((fallthrough));
    case 6:
        to->message[5] = from->message[5];
        __attribute__((fallthrough));
    case 5:
        to->message[4] = from->message[4];
        __attribute__((fallthrough));
    case 4:
        to->message[3] = from->message[3];
        __attribute__((fallthrough));
    case 3:
        to->message[2] = from->message[2];
        __attribute__((fallthrough));
    case 2:
        to->message[1] = from->message[1];
        __attribute__((fallthrough));
    case 1:
        to->message[0] = from->message[0];
        __attribute__((fallthrough));
    default:
        break;
    }
}

void hal_context_set_result(struct hal_context *context, uint64_t value)
{
    context->rax = value;
}

void hal_context_print(const struct hal_context *c)
{
    kprintf("  rip %016lx  rsp %016lx  rflags %016lx\n", c->rip, c->rsp, c->rflags);
    kprintf("  rax %016lx  rbx %016lx  rcx %016lx  rdx %016lx\n", c->rax, c->rbx, c->rcx, c->rdx);
    kprintf("  rsi %016lx  rdi %016lx  rbp %016lx  r8  %016lx\n", c->rsi, c->rdi, c->rbp, c->r8);
    kprintf("  r9  %016lx  r10 %016lx  r11 %016lx  r12 %016lx\n", c->r9, c->r10, c->r11, c->r12);
    kprintf("  r13 %016lx  r14 %016lx  r15 %016lx  cs %lx ss %lx\n", c->r13, c->r14, c->r15, c->cs,
            c->ss);
    kprintf("  vector %lu  error code %lx\n", c->vector, c->error_code);
}

/* Where user-visible register `index` lives (order of <a9n/arch/x86_64/registers.h>). */
static uint64_t *context_register(struct hal_context *c, unsigned index)
{
    uint64_t *registers[A9N_X86_64_REGISTER_COUNT] = {
        &c->rip, &c->rsp, &c->rflags, &c->rax, &c->rbx, &c->rcx, &c->rdx, &c->rsi, &c->rdi,
        &c->rbp, &c->r8,  &c->r9,     &c->r10, &c->r11, &c->r12, &c->r13, &c->r14, &c->r15,
    };
    return index < A9N_X86_64_REGISTER_COUNT ? registers[index] : 0;
}

unsigned hal_context_register_count(void)
{
    return A9N_X86_64_REGISTER_COUNT;
}

bool hal_context_read_register(const struct hal_context *context, unsigned index, uint64_t *value)
{
    uint64_t *slot = context_register((struct hal_context *)context, index);
    if (!slot)
        return false;
    *value = *slot;
    return true;
}

enum a9n_error hal_context_write_register(struct hal_context *context, unsigned index,
                                          uint64_t value)
{
    uint64_t *slot = context_register(context, index);
    if (!slot)
        return A9N_ERROR_INVALID_ARGUMENT;
    if ((index == A9N_X86_64_RIP || index == A9N_X86_64_RSP) && value >= USER_SPACE_END)
        return A9N_ERROR_INVALID_ADDRESS;
    if (index == A9N_X86_64_RFLAGS)
        value = (context->rflags & ~RFLAGS_USER_MASK) | (value & RFLAGS_USER_MASK);
    *slot = value;
    /* rcx and r11 may now matter: leave by iretq, which restores every register. */
    context->vector = 0;
    return A9N_OK;
}

static void load_tls_base(uint64_t base)
{
    if (base != active_tls_base) {
        wrmsr(MSR_FS_BASE, base);
        active_tls_base = base;
    }
}

enum a9n_error hal_context_set_tls_base(struct hal_context *context, uint64_t base)
{
    if (base >= USER_SPACE_END)
        return A9N_ERROR_INVALID_ADDRESS;
    context->tls_base = base;
    if (context == current_context)
        load_tls_base(base);
    return A9N_OK;
}

// cppcheck-suppress constParameter ; releasing ends the context's use: callers hand it over mutably
void hal_context_release(struct hal_context *context)
{
    if (current_context == context)
        current_context = &no_context;
}

/* Make `context` the one the CPU serves: entry stack, FPU state, TLS base. */
static void switch_context(struct hal_context *context)
{
    fpu_switch(current_context, context);
    current_context = context;
    gdt_set_context_top((uint64_t)&context->ss + sizeof(context->ss));
    load_tls_base(context->tls_base);
}

/* Forced inline: the IPC fast path ends here. */
KERNEL_ALWAYS_INLINE _Noreturn void hal_return_to_user(struct hal_context *context,
                                                       uint64_t vspace_root)
{
    /* A new address space may reuse a dead one's root: destroying it flushed
     * the TLB (hal_vspace_flush_all) if it was loaded. */
    if (vspace_root != active_vspace_root) {
        write_cr3(vspace_root);
        active_vspace_root = vspace_root;
    }
    if (context != current_context)
        switch_context(context);
    /* A context saved by `syscall` has a canonical rip (memlayout.h), and one
     * whose rip a register write changed leaves by iretq. */
    if (context->vector == HAL_VECTOR_SYSCALL)
        hal_exit_by_sysret(context);
    /* Whatever a register write left here, user mode always gets user
     * selectors and interrupts on, and never IOPL. */
    context->cs = GDT_USER_CODE;
    context->ss = GDT_USER_DATA;
    context->rflags = (context->rflags & ~(3ul << 12)) | RFLAGS_IF | RFLAGS_RESERVED_ONE;
    hal_exit_by_iret(context);
}
