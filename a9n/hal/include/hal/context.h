/*
 * A thread's saved user state (registers and FPU/SSE state), as the kernel
 * core sees it. The layout is the port's (<hal/arch/context.h>); the core uses
 * only these accessors, so kernel-call arguments and results have one place
 * where they meet registers.
 */
#ifndef A9N_HAL_CONTEXT_H
#define A9N_HAL_CONTEXT_H

#include <a9n/error.h>
#include <a9n/fault.h>
#include <hal/arch/context.h>
#include <stdbool.h>
#include <stdint.h>

/* Reset `context` to start user code at `entry` with stack pointer `stack`
 * and the three entry arguments (see <a9n/root_info.h>). */
void hal_context_init(struct hal_context *context, uint64_t entry, uint64_t stack,
                      uint64_t argument0, uint64_t argument1, uint64_t argument2);

/* Where the thread continues (after a kernel call: the next instruction). */
uint64_t hal_context_instruction_pointer(const struct hal_context *context);

/* Kernel-call number and arguments 0 and 1 (the target descriptor and the
 * operation of a capability call) of a thread that entered by a kernel call. */
uint64_t hal_context_call_number(const struct hal_context *context);
uint64_t hal_context_argument(const struct hal_context *context, unsigned index);

/* The user-visible registers, numbered as <a9n/arch/.../registers.h> says.
 * Reading: false for an index out of range. Writing keeps privileged state
 * and answers A9N_ERROR_INVALID_ARGUMENT for an unknown index and
 * A9N_ERROR_INVALID_ADDRESS for a non-canonical instruction or stack pointer. */
unsigned hal_context_register_count(void);
bool hal_context_read_register(const struct hal_context *context, unsigned index, uint64_t *value);
enum a9n_error hal_context_write_register(struct hal_context *context, unsigned index,
                                          uint64_t value);

/* Set the thread-local storage base; A9N_ERROR_INVALID_ADDRESS unless a canonical user address. */
enum a9n_error hal_context_set_tls_base(struct hal_context *context, uint64_t base);

/* Set argument `index` (0 or 1) as a result: message operations return the
 * badge and the message info there. */
void hal_context_set_argument(struct hal_context *context, unsigned index, uint64_t value);

/* Message register `index` (< A9N_MESSAGE_REGISTERS): arguments in, results out. */
uint64_t hal_context_message(const struct hal_context *context, unsigned index);
void hal_context_set_message(struct hal_context *context, unsigned index, uint64_t value);

/* Copy message registers 0..length-1 (length <= A9N_MESSAGE_REGISTERS) from
 * one context to another. */
void hal_context_copy_message(struct hal_context *to, const struct hal_context *from,
                              unsigned length);

/* Make a thread that entered by a kernel call run that call again: it
 * continues at the kernel-call instruction instead of after it. Registers
 * the call has not written hold its arguments still. */
void hal_context_restart_call(struct hal_context *context);

/* Set the kernel-call number of such a thread's next entry (see
 * kernel/capability_call.c: a call's continuation). */
void hal_context_set_call_number(struct hal_context *context, uint64_t call);

/* The value the kernel call returns. */
void hal_context_set_result(struct hal_context *context, uint64_t value);

/* Print the registers, for fault reports. */
void hal_context_print(const struct hal_context *context);

/* Forget the CPU's state of this context, which is going away (thread teardown). */
void hal_context_release(struct hal_context *context);

/* Leave the kernel: run `context` in address space `vspace_root`. Resets the
 * kernel stack. Returning to the context that ran last costs least: its
 * FPU state is still in the CPU. */
_Noreturn void hal_return_to_user(struct hal_context *context, uint64_t vspace_root);

/* A fault taken in user mode, in portable terms. */
enum hal_fault_kind {
    HAL_FAULT_PAGE = A9N_FAULT_PAGE,
    HAL_FAULT_INVALID_INSTRUCTION = A9N_FAULT_INVALID_INSTRUCTION,
    HAL_FAULT_ARITHMETIC = A9N_FAULT_ARITHMETIC,
    HAL_FAULT_PROTECTION = A9N_FAULT_PROTECTION,
    HAL_FAULT_OTHER = A9N_FAULT_OTHER,
};

struct hal_fault {
    enum hal_fault_kind kind;
    uint64_t vector;     /* the architecture's exception number */
    uint64_t error_code; /* as the CPU reported it, 0 if none */
    uint64_t address;    /* faulting data address for page faults, else 0 */
    uint64_t instruction_pointer;
};

const char *hal_fault_kind_name(enum hal_fault_kind kind);

#endif
