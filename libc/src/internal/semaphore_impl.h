/*
 * Semaphores inside KOITO-libc (libc, threads): the one wait every sem_*
 * wait goes through.
 */
#ifndef KOITO_LIBC_SEMAPHORE_IMPL_H
#define KOITO_LIBC_SEMAPHORE_IMPL_H

#include "libc.h"
#include <semaphore.h>

/* Takes one from the count, sleeping while it is zero until `deadline` on
 * the monotonic clock (0: no deadline): 0 or ETIMEDOUT. */
__KOITO_HIDDEN int __koito_sem_wait_until(sem_t *semaphore, unsigned long long deadline);

/* Takes one from the count if it is above zero: 1 when taken, else 0. */
__KOITO_HIDDEN int __koito_sem_take(sem_t *semaphore);

#endif
