/*
 * <koito/boot.h>: what the kernel handed the program at start-up (KOITO API,
 * part of KOITO-libc).
 *
 * The root program starts with the addresses of a read-only copy of the A9N
 * boot-info blob, of its IPC buffer page and of the read-only root info
 * (<a9n/root_info.h>); crt0 records all three before main() runs.
 */
#ifndef KOITO_BOOT_H
#define KOITO_BOOT_H

#include <a9n/boot_info.h>
#include <a9n/root_info.h>

/* The boot-info blob the kernel passed, or NULL if it passed none. */
const struct a9n_boot_info *koito_boot_info(void);

/* The calling thread's IPC buffer page (A9N_IPC_BUFFER_SIZE bytes). */
void *koito_ipc_buffer(void);

/* The root program's initial capability space: its root node and the generic
 * memory it was given (<a9n/root_info.h>). */
const struct a9n_root_info *koito_root_info(void);

#endif
