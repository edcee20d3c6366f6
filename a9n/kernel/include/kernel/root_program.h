/*
 * Building the root program, the first user program (portable core,
 * boot-only); the start state it gets is documented in <a9n/root_info.h>.
 */
#ifndef A9N_KERNEL_ROOT_PROGRAM_H
#define A9N_KERNEL_ROOT_PROGRAM_H

#include <a9n/boot_info.h>

/* Load the root program's ELF image into a new address space and make its
 * thread runnable. Panics, naming the problem, if the image is unusable. */
void root_program_build(const struct a9n_boot_info *info);

#endif
