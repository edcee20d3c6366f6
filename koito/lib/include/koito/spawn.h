/*
 * <koito/spawn.h>: starting configured programs (libkoito, installed with the SDK), for a program
 * the boot configuration granted "spawn". Each call goes to KOITO init over that capability; a
 * program without it gets A9N_ERROR_MALFORMED_DESCRIPTOR and nothing happens.
 */
#ifndef KOITO_SPAWN_H
#define KOITO_SPAWN_H

#include <a9n/a9n.h>
#include <stdbool.h>
#include <stdint.h>

/* How a program ended. */
struct koito_exit {
    bool killed;    /* by a fault */
    uint64_t value; /* its exit status, or the enum a9n_fault_kind that killed it */
};

/* Start the configured program `name` (its instance 0); its process id goes to *pid. */
enum a9n_error koito_spawn(const char *name, uint32_t *pid);

/*
 * How the program `pid` this program started ended: koito_spawn_poll answers
 * A9N_ERROR_WOULD_BLOCK while it runs; koito_spawn_wait blocks until it has ended, on the
 * notification init signals when a child of this program ends (KOITO_SLOT_CHILDREN of
 * <koito/process.h>). Both answer A9N_ERROR_INVALID_ARGUMENT if `pid` is not this program's or
 * was collected already.
 */
enum a9n_error koito_spawn_poll(uint32_t pid, struct koito_exit *exit);
enum a9n_error koito_spawn_wait(uint32_t pid, struct koito_exit *exit);

/* The free bytes of all memory init holds (the sum of its generics' free bytes). */
enum a9n_error koito_free_memory(uint64_t *bytes);

#endif
