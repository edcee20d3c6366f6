/* poll() (libc, poll.h): the array's descriptors become sets of the OS port's wait
 * (__koito_sys_poll, bit d for descriptor d), and what is ready goes back into each entry. A
 * signal handler that runs while it waits ends it with EINTR, SA_RESTART or not (as on Linux). */
#include "port.h"
#include "signal_impl.h"
#include <errno.h>
#include <poll.h>

/* The POSIX server's table: a descriptor past it is never open. POSIX's limit on the entries is
 * OPEN_MAX, sysconf(_SC_OPEN_MAX): the same (Linux's is RLIMIT_NOFILE, which agrees). */
#define POLL_DESCRIPTORS __KOITO_OPEN_MAX
#define POLL_MAX         POLL_DESCRIPTORS
#define POLL_READ        (POLLIN | POLLRDNORM)
#define POLL_WRITE       (POLLOUT | POLLWRNORM | POLLWRBAND)

static short poll_events(const struct pollfd *entry, const struct __koito_poll_ready *ready)
{
    if (entry->fd < 0)
        return 0;
    if (entry->fd >= POLL_DESCRIPTORS)
        return POLLNVAL;
    uint64_t bit = 1ull << entry->fd;
    if (ready->invalid & bit)
        return POLLNVAL;
    short events = 0;
    if (ready->readable & bit)
        events |= entry->events & POLL_READ;
    if (ready->writable & bit)
        events |= entry->events & POLL_WRITE;
    if (ready->hangup & bit)
        events |= POLLHUP;
    if (ready->failed & bit)
        events |= POLLERR;
    return events;
}

int poll(struct pollfd *descriptors, nfds_t count, int timeout)
{
    if (count > POLL_MAX || (count > 0 && descriptors == NULL)) {
        errno = count > POLL_MAX ? EINVAL : EFAULT;
        return -1;
    }
    unsigned handled = __atomic_load_n(&__koito_signal_handled, __ATOMIC_ACQUIRE);
    struct __koito_poll_set set = {0, 0, 0};
    long long wait = timeout < 0 ? -1 : timeout * 1000000ll;
    for (nfds_t i = 0; i < count; i++) {
        int fd = descriptors[i].fd;
        if (fd >= POLL_DESCRIPTORS)
            wait = 0; /* POLLNVAL is ready now */
        if (fd < 0 || fd >= POLL_DESCRIPTORS)
            continue;
        uint64_t bit = 1ull << fd;
        set.descriptors |= bit;
        if (descriptors[i].events & POLL_READ)
            set.read_set |= bit;
        if (descriptors[i].events & POLL_WRITE)
            set.write_set |= bit;
    }
    struct __koito_poll_ready ready;
    int error = __koito_sys_poll(&set, wait, handled, &ready);
    if (error < 0) {
        errno = -error;
        return -1;
    }
    int found = 0;
    for (nfds_t i = 0; i < count; i++) {
        descriptors[i].revents = poll_events(&descriptors[i], &ready);
        found += descriptors[i].revents != 0;
    }
    return found;
}
