/*
 * <sys/resource.h>: resource use and limits (libc, public header).
 * getrusage() reports the processor time the kernel counted, of the process
 * or of its waited-for children, all of it as user time (ru_stime 0; the
 * other counts are 0: KOITO does not keep them); limits are not enforced by
 * anyone, so getrlimit() reports every one as unlimited and setrlimit()
 * fails with ENOSYS.
 */
#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <sys/types.h>
#define __KOITO_NEED_struct_timeval
#include <bits/types.h>

#define RUSAGE_SELF     0
#define RUSAGE_CHILDREN (-1)

struct rusage {
    struct timeval ru_utime;
    struct timeval ru_stime;
    long ru_maxrss;
    long ru_minflt;
    long ru_majflt;
    long ru_nvcsw;
    long ru_nivcsw;
};

typedef unsigned long long rlim_t;
#define RLIM_INFINITY (~(rlim_t)0)

#define RLIMIT_CPU     0
#define RLIMIT_FSIZE   1
#define RLIMIT_DATA    2
#define RLIMIT_STACK   3
#define RLIMIT_CORE    4
#define RLIMIT_NOFILE  7
#define RLIMIT_AS      9
#define RLIMIT_NLIMITS 10

struct rlimit {
    rlim_t rlim_cur;
    rlim_t rlim_max;
};

int getrusage(int who, struct rusage *usage);
int getrlimit(int resource, struct rlimit *limit);
int setrlimit(int resource, const struct rlimit *limit);

#endif
