/*
 * The environment's internals (libc, internal header of env).
 *
 * environ starts as the array the program was started with (defined and set
 * by the OS port's start-up code, src/koito/environ.c). The first change copies it
 * into an array from malloc that this library then owns and grows. Strings
 * that setenv() made are never freed when replaced or removed, because
 * earlier getenv() results may still point into them (glibc and musl do the
 * same). setenv, unsetenv and putenv serialise on one lock; getenv does not
 * lock, as POSIX allows.
 */
#ifndef KOITO_LIBC_INTERNAL_ENV_IMPL_H
#define KOITO_LIBC_INTERNAL_ENV_IMPL_H

#include "libc.h"
#include "lock.h"
#include <stddef.h>

extern struct __koito_lock __koito_env_lock __KOITO_HIDDEN;

/* Index in environ of the entry for the name of `length` bytes, or the
 * number of entries if there is none. */
__KOITO_HIDDEN size_t __koito_env_find(const char *name, size_t length);
/* Sets entry `index` (== the count to append) to `entry`. Caller holds the
 * lock. Returns 0, or -1 with errno ENOMEM. */
__KOITO_HIDDEN int __koito_env_store(size_t index, char *entry);
/* Removes entry `index`. Caller holds the lock. */
__KOITO_HIDDEN void __koito_env_remove(size_t index);
/* 1 if `name` is a valid variable name (non-empty, no '='). */
__KOITO_HIDDEN int __koito_env_name_ok(const char *name);

#endif
