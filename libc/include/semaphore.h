/*
 * <semaphore.h>: POSIX unnamed semaphores of KOITO-libc (libc, public
 * header).
 *
 * A semaphore is a count in user memory: sem_post and a sem_wait that finds
 * the count above zero cost one atomic instruction and no kernel call; a
 * waiter sleeps through libc's futex (as the pthread locks do). Semaphores
 * are private to their process: sem_init with a non-zero pshared fails with
 * ENOSYS, and so do the named semaphores (sem_open, sem_close, sem_unlink),
 * which would need memory and wake-ups shared between processes.
 */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H

#define __KOITO_NEED_struct_timespec
#define __KOITO_NEED_clockid_t
#include <bits/types.h>
#include <fcntl.h>
#include <limits.h>

/* __value: the count; __waiters: threads asleep or about to sleep on it, so
 * that sem_post calls into the futex only when someone may be waiting. */
typedef struct {
    volatile int __value;
    volatile int __waiters;
} sem_t;

#define SEM_FAILED ((sem_t *)0)

int sem_init(sem_t *semaphore, int shared, unsigned value);
int sem_destroy(sem_t *semaphore);
int sem_post(sem_t *semaphore);
int sem_wait(sem_t *semaphore);
int sem_trywait(sem_t *semaphore);
int sem_timedwait(sem_t *__restrict semaphore, const struct timespec *__restrict time);
int sem_clockwait(sem_t *__restrict semaphore, clockid_t clock,
                  const struct timespec *__restrict time);
int sem_getvalue(sem_t *__restrict semaphore, int *__restrict value);

sem_t *sem_open(const char *name, int flags, ...);
int sem_close(sem_t *semaphore);
int sem_unlink(const char *name);

#endif
