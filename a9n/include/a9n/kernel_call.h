/*
 * The A9N kernel calls and their numbers: the single definition the kernel's
 * dispatch and the user-side stubs both use.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * A9N has few kernel calls; administrative work is done by invoking
 * capabilities. The debug call exists in kernels built with A9N_DEBUG_CALL
 * (the default developer configuration); other kernels answer it with
 * A9N_ERROR_UNKNOWN_CALL.
 */
#ifndef A9N_KERNEL_CALL_H
#define A9N_KERNEL_CALL_H

enum a9n_kernel_call {
    A9N_KERNEL_CALL_YIELD = 1, /* give up the rest of this timeslice */
    A9N_KERNEL_CALL_DEBUG = 2, /* debug services: argument 0 is an enum a9n_debug_operation */
};

enum a9n_debug_operation {
    /* Write bytes to the kernel console: argument 1 = user address, argument 2 = length.
     * Result: A9N_OK, A9N_ERROR_INVALID_ADDRESS if the buffer is not readable user
     * memory, A9N_ERROR_INVALID_ARGUMENT if length exceeds A9N_DEBUG_WRITE_MAX. */
    A9N_DEBUG_WRITE = 0,
};

#define A9N_DEBUG_WRITE_MAX 4096u

#endif
