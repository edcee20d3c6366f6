/* The shared state of rand() and srand() (libc, internal header of stdlib). */
#ifndef KOITO_LIBC_INTERNAL_RAND_IMPL_H
#define KOITO_LIBC_INTERNAL_RAND_IMPL_H

#include "libc.h"
#include "lock.h"

/* rand()'s state, 1 at program start as C asks ("as if srand(1)"). */
extern unsigned __koito_rand_state __KOITO_HIDDEN;
extern struct __koito_lock __koito_rand_lock __KOITO_HIDDEN;

#endif
