/*
 * Stopping the kernel: panic for a kernel bug or an unusable boot, and the
 * final halt when no thread is left to run.
 *
 * With the command-line option `debug_exit` the kernel ends an emulator
 * through its debug-exit device instead of halting, with the status values
 * below (QEMU's isa-debug-exit turns value v into exit status 2v+1); the SDK's
 * koito-run decodes them. Without it, the CPU halts.
 */
#ifndef A9N_KERNEL_PANIC_H
#define A9N_KERNEL_PANIC_H

#define KERNEL_EXIT_HALTED 0x7eu /* no thread left to run */
#define KERNEL_EXIT_PANIC  0x7fu

/* Read the options that decide how the kernel stops; call once the command line is known. */
void panic_configure(const char *command_line);

_Noreturn void panic(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Stop for good after a clean end: every thread has stopped. */
_Noreturn void kernel_halt(void);

#endif
