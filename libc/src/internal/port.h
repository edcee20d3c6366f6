/*
 * The OS port of KOITO-libc (libc, internal header): the only functions that
 * talk to the kernel or the hardware, all defined in src/koito/.
 *
 * Everything else in the library reaches the system through these, so moving
 * from the walking skeleton's debug kernel call to IPC with KOITO's servers
 * changes this directory only.
 */
#ifndef KOITO_LIBC_INTERNAL_PORT_H
#define KOITO_LIBC_INTERNAL_PORT_H

#include "libc.h"
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The write function of stdout and stderr: the kernel console. */
__KOITO_HIDDEN size_t __koito_console_write(FILE *file, const char *data, size_t length);

/* Writes a NUL-terminated message to the console, bypassing stdio; for the
 * last words of a failing program. */
__KOITO_HIDDEN void __koito_console_message(const char *message);

/* What the program's entry point was passed; set by __koito_start(). The
 * kernel's root program gets the first two, a process started by KOITO init
 * the last (<koito/process.h>). */
struct a9n_boot_info;
struct a9n_root_info;
struct koito_process_info;
extern const struct a9n_boot_info *__koito_boot_info_pointer __KOITO_HIDDEN;
extern const struct a9n_root_info *__koito_root_info_pointer __KOITO_HIDDEN;
extern const struct koito_process_info *__koito_process_info_pointer __KOITO_HIDDEN;

/* The C half of crt0: records the entry arguments, sets up the main
 * thread's TLS, runs the constructors, calls main() and exits with its result. */
__KOITO_HIDDEN _Noreturn void __koito_start(const struct a9n_boot_info *boot_info, void *ipc_buffer,
                                            const struct a9n_root_info *root_info,
                                            const struct koito_process_info *process_info);

/* Give the main thread (capability `thread`, slot `thread_slot` of its node)
 * its TLS block and control block; 0 on success. */
__KOITO_HIDDEN int __koito_tls_start_main(uint64_t thread, uint64_t thread_slot, void *ipc_buffer);

#endif
