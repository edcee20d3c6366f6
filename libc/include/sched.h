/*
 * <sched.h>: scheduling of KOITO-libc (libc, public header). A9N schedules
 * threads by fixed priority, round robin within a priority; programs may
 * only give up their time slice.
 */
#ifndef _SCHED_H
#define _SCHED_H

struct sched_param {
    int sched_priority;
};

int sched_yield(void);

#endif
