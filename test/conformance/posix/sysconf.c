/*
 * Conformance (POSIX sysconf): _SC_PAGESIZE a power of two that mmap's addresses are aligned to
 * (checked in mman), _SC_OPEN_MAX at least _POSIX_OPEN_MAX and no fewer than the descriptors a
 * process can really open (opened until EMFILE), _SC_CLK_TCK positive, _SC_ARG_MAX at least
 * _POSIX_ARG_MAX, and an unknown name -1 with EINVAL.
 */
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

/* Opens /dev/null until EMFILE (at most limit times); returns how many opened, all closed. */
static long count_openable(long limit)
{
    int *descriptors = calloc((size_t)limit, sizeof *descriptors);
    CHECK(descriptors != NULL);
    if (descriptors == NULL)
        return 0;
    long opened = 0;
    int fd;
    errno = 0;
    while (opened < limit && (fd = open("/dev/null", O_RDONLY)) >= 0)
        descriptors[opened++] = fd;
    CHECK(opened < limit);
    CHECK_EQ(errno, EMFILE);
    long closed = 0;
    for (long i = 0; i < opened; i++)
        closed += close(descriptors[i]) == 0;
    CHECK_EQ(closed, opened);
    free(descriptors);
    return opened;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    long page = sysconf(_SC_PAGESIZE);
    CHECK(page >= 4096);
    CHECK_EQ(page & (page - 1), 0);
    CHECK_EQ(sysconf(_SC_PAGE_SIZE), page);

    long open_max = sysconf(_SC_OPEN_MAX);
    CHECK(open_max >= _POSIX_OPEN_MAX);
    if (open_max > 0 && open_max <= 65536) {
        long openable = count_openable(open_max + 1);
        CHECK(openable >= _POSIX_OPEN_MAX - 3);
        CHECK(openable <= open_max);
    }

    CHECK(sysconf(_SC_CLK_TCK) > 0);
    /* The guest's posix-at suite checks it is exactly what posix_spawn takes. */
    CHECK(sysconf(_SC_ARG_MAX) >= _POSIX_ARG_MAX);

    errno = 0;
    CHECK_EQ(sysconf(-1), -1);
    CHECK_EQ(errno, EINVAL);
    errno = 0;
    CHECK_EQ(sysconf(123456), -1);
    CHECK_EQ(errno, EINVAL);
    return check_summary();
}
