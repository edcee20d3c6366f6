/*
 * __koito_sys_utimens(): sets the access and modification times of the file at path, relative to
 * the directory `directory` names, or (path NULL) of the open file of descriptor `directory`;
 * times NULL sets both to now, and a tv_nsec of UTIME_NOW or UTIME_OMIT sets one to now or
 * leaves it (libc, OS port): the POSIX server's utimensat and futimens requests, whose special
 * nanoseconds values are <sys/stat.h>'s.
 */
#include "port.h"
#include <koito/protocol/posix.h>
#include <sys/stat.h>

_Static_assert(UTIME_NOW == KOITO_POSIX_TIME_NOW && UTIME_OMIT == KOITO_POSIX_TIME_OMIT,
               "<sys/stat.h> and the POSIX protocol agree on UTIME_NOW and UTIME_OMIT");

int __koito_sys_utimens(int directory, const char *path, const struct timespec *times, int flags)
{
    static const struct timespec now[2] = {{.tv_nsec = UTIME_NOW}, {.tv_nsec = UTIME_NOW}};
    if (times == NULL)
        times = now;
    uint64_t words[4] = {(uint64_t)times[0].tv_sec, (uint64_t)times[0].tv_nsec,
                         (uint64_t)times[1].tv_sec, (uint64_t)times[1].tv_nsec};
    if (path == NULL)
        return __koito_os_error(koito_posix_futimens(__koito_os_port(), (uint64_t)directory,
                                                     words[0], words[1], words[2], words[3]));
    long length = __koito_os_path(path);
    if (length < 0)
        return (int)length;
    return __koito_os_error(koito_posix_utimensat(__koito_os_port(), (uint64_t)(int64_t)directory,
                                                  (unsigned)flags, words[0], words[1], words[2],
                                                  words[3], path, (uint64_t)length));
}
