/*
 * Kernel-call entry setup (x86_64 HAL); see syscall.c and syscall.S.
 */
#ifndef A9N_HAL_X86_64_SYSCALL_H
#define A9N_HAL_X86_64_SYSCALL_H

void syscall_init(void);

#endif
