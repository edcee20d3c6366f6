/* What select() and pselect() share (libc, internal; see select_impl.h). A descriptor in
 * readable is ready when a read would not wait (end of file too: a pipe with no writer), one in
 * writable when a write would not (an error too: a pipe with no reader). Descriptors only in
 * exceptional are checked for being open and never ready. */
#include "select_impl.h"
#include <errno.h>

#define SELECT_DESCRIPTORS 64 /* the POSIX server's table: a descriptor past it is never open */

/* The descriptors < count in set (NULL: none) as a word; -1 (every bit) if one is past the
 * server's table, so it cannot be open. */
static uint64_t select_bits(const fd_set *set, int count)
{
    uint64_t bits = 0;
    for (int d = 0; set != NULL && d < count; d++) {
        if (!FD_ISSET(d, set))
            continue;
        if (d >= SELECT_DESCRIPTORS)
            return UINT64_MAX;
        bits |= 1ull << d;
    }
    return bits;
}

/* Keep in set (NULL: none) only the descriptors of ready; how many. */
static int select_keep(fd_set *set, int count, uint64_t ready)
{
    if (set == NULL)
        return 0;
    int kept = 0;
    for (int d = 0; d < count; d++) {
        if (!FD_ISSET(d, set))
            continue;
        if (d < SELECT_DESCRIPTORS && (ready & (1ull << d)) != 0)
            kept++;
        else
            FD_CLR(d, set);
    }
    return kept;
}

static int select_error(int error)
{
    errno = error;
    return -1;
}

int __koito_select(int count, fd_set *readable, fd_set *writable, fd_set *exceptional,
                   long long timeout, unsigned handled)
{
    if (count < 0 || count > FD_SETSIZE)
        return select_error(EINVAL);
    uint64_t reads = select_bits(readable, count);
    uint64_t writes = select_bits(writable, count);
    uint64_t others = select_bits(exceptional, count);
    if (reads == UINT64_MAX || writes == UINT64_MAX || others == UINT64_MAX)
        return select_error(EBADF);
    struct __koito_poll_ready ready;
    int error = 0;
    others &= ~(reads | writes);
    if (others != 0) {
        struct __koito_poll_set check = {others, 0, 0};
        error = __koito_sys_poll(&check, 0, handled, &ready);
        if (error >= 0 && ready.invalid != 0)
            error = -EBADF;
    }
    struct __koito_poll_set set = {reads | writes, reads, writes};
    if (error >= 0)
        error = __koito_sys_poll(&set, timeout, handled, &ready);
    if (error >= 0 && ready.invalid != 0)
        error = -EBADF;
    if (error < 0)
        return select_error(-error);
    int found = select_keep(readable, count, ready.readable | (ready.hangup & reads));
    found += select_keep(writable, count, ready.writable | (ready.failed & writes));
    select_keep(exceptional, count, 0);
    return found;
}
