/*
 * A thread's saved user state (registers and FPU/SSE state), as the kernel
 * core sees it. The layout is the port's (<hal/arch/context.h>); the core uses
 * only these accessors, so kernel-call arguments and results have one place
 * where they meet registers.
 */
#ifndef A9N_HAL_CONTEXT_H
#define A9N_HAL_CONTEXT_H

#include <hal/arch/context.h>
#include <stdbool.h>
#include <stdint.h>

/* Reset `context` to start user code at `entry` with stack pointer `stack`
 * and the three entry arguments (see <a9n/root_info.h>). */
void hal_context_init(struct hal_context *context, uint64_t entry, uint64_t stack,
                      uint64_t argument0, uint64_t argument1, uint64_t argument2);

/* Kernel-call number and arguments 0 and 1 (the target descriptor and the
 * operation of a capability call) of a thread that entered by a kernel call. */
uint64_t hal_context_call_number(const struct hal_context *context);
uint64_t hal_context_argument(const struct hal_context *context, unsigned index);

/* Message register `index` (< A9N_MESSAGE_REGISTERS): arguments in, results out. */
uint64_t hal_context_message(const struct hal_context *context, unsigned index);
void hal_context_set_message(struct hal_context *context, unsigned index, uint64_t value);

/* The value the kernel call returns. */
void hal_context_set_result(struct hal_context *context, uint64_t value);

/* Print the registers, for fault reports. */
void hal_context_print(const struct hal_context *context);

/* Forget any copy of this context's FPU state held by the CPU (thread teardown). */
void hal_context_release(struct hal_context *context);

/* Leave the kernel: run `context` in address space `vspace_root`, with or
 * without access to the I/O ports. Resets the kernel stack. */
_Noreturn void hal_return_to_user(struct hal_context *context, uint64_t vspace_root, bool io_ports);

/* The context saved by the latest entry from user mode. */
struct hal_context *hal_current_context(void);

/* A fault taken in user mode, in portable terms. */
enum hal_fault_kind {
    HAL_FAULT_PAGE,
    HAL_FAULT_INVALID_INSTRUCTION,
    HAL_FAULT_ARITHMETIC,
    HAL_FAULT_PROTECTION,
    HAL_FAULT_OTHER,
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
