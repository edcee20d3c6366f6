/*
 * Bulk reads and writes through the shared buffer (libc, OS port); see port.h. Each request moves
 * up to KOITO_POSIX_BUFFER_SIZE bytes; a transfer ends early when a request moved fewer bytes
 * than asked (the end of a file, a device that had less).
 */
#include "port.h"
#include <errno.h>
#include <koito/protocol/posix.h>
#include <string.h>

long __koito_os_bulk_read(int descriptor, void *data, size_t length, long long offset)
{
    unsigned char *buffer = __koito_os_buffer_acquire();
    if (buffer == NULL)
        return -ENOSYS;
    size_t done = 0;
    int error = 0;
    while (done < length) {
        uint64_t want =
            length - done < KOITO_POSIX_BUFFER_SIZE ? length - done : KOITO_POSIX_BUFFER_SIZE;
        uint64_t count = 0;
        error = __koito_os_error(
            koito_posix_read_buffer(__koito_os_port(), (uint64_t)descriptor, want,
                                    offset < 0 ? 0 : (uint64_t)offset + done, offset >= 0, &count));
        if (error < 0 || count > want)
            break;
        memcpy((char *)data + done, buffer, (size_t)count);
        done += count;
        if (count < want)
            break;
    }
    __koito_os_buffer_release();
    return done == 0 && error < 0 ? error : (long)done;
}

long __koito_os_bulk_write(int descriptor, const void *data, size_t length, long long offset)
{
    unsigned char *buffer = __koito_os_buffer_acquire();
    if (buffer == NULL)
        return -ENOSYS;
    size_t done = 0;
    int error = 0;
    while (done < length) {
        uint64_t want =
            length - done < KOITO_POSIX_BUFFER_SIZE ? length - done : KOITO_POSIX_BUFFER_SIZE;
        memcpy(buffer, (const char *)data + done, (size_t)want);
        uint64_t count = 0;
        error = __koito_os_error(koito_posix_write_buffer(
            __koito_os_port(), (uint64_t)descriptor, want, offset < 0 ? 0 : (uint64_t)offset + done,
            offset >= 0, &count));
        if (error < 0 || count > want)
            break;
        done += count;
        if (count < want)
            break;
    }
    __koito_os_buffer_release();
    return done == 0 && error < 0 ? error : (long)done;
}
