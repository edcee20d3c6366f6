/*
 * How the kernel starts the root server (the first user program).
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 *
 * The kernel loads the root server's ELF64 image, maps a stack, an IPC buffer
 * page and a read-only copy of the boot-info blob (<a9n/boot_info.h>), and
 * enters the ELF entry point in user mode with:
 *   argument register 0 (x86_64: rdi) = address of the boot-info copy
 *   argument register 1 (x86_64: rsi) = address of the IPC buffer page
 *   stack pointer = top of a A9N_ROOT_STACK_SIZE stack, 16-byte aligned
 * so the entry point can be an ordinary C function taking two arguments.
 * The stack, the IPC buffer and the boot-info copy are each followed by an
 * unmapped page, so running off their end faults.
 * All other general registers are zero and the FPU/SSE state is the
 * architecture's reset state (x86_64: MXCSR 0x1f80, FCW 0x037f).
 *
 * The root server holds the authority over all I/O ports (x86_64).
 */
#ifndef A9N_ROOT_INFO_H
#define A9N_ROOT_INFO_H

#define A9N_ROOT_STACK_SIZE (64u * 1024u)
#define A9N_IPC_BUFFER_SIZE 4096u

#endif
