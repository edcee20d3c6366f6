/*
 * __koito_sys_pread(): reads at an offset (libc, OS port): pread requests of the POSIX server,
 * up to KOITO_POSIX_IO_MAX bytes each, or the shared buffer for longer transfers.
 */
#include "port.h"
#include "protocol_call.h"
#include <errno.h>
#include <koito/protocol/posix.h>

long __koito_sys_pread(int descriptor, void *data, size_t length, long long offset)
{
    if (length > KOITO_POSIX_IO_MAX) {
        long bulk = __koito_os_bulk_read(descriptor, data, length, offset);
        if (bulk != -ENOSYS)
            return bulk;
    }
    size_t done = 0;
    while (done < length) {
        uint64_t want = length - done < KOITO_POSIX_IO_MAX ? length - done : KOITO_POSIX_IO_MAX;
        uint64_t count = 0;
        int error = __koito_os_error(koito_posix_pread(__koito_os_port(), (uint64_t)descriptor,
                                                       want, (uint64_t)offset + done,
                                                       (char *)data + done, want, &count));
        if (error < 0)
            return done > 0 ? (long)done : error;
        done += count;
        if (count < want)
            break;
    }
    return (long)done;
}
