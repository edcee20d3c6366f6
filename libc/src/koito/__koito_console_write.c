/*
 * Console output through the kernel's debug call (libc, OS port).
 *
 * The walking-skeleton kernel has no console server yet, so stdout and stderr
 * write with a9n_debug_write(), which takes at most A9N_DEBUG_WRITE_MAX bytes
 * per call.
 */
#include "port.h"
#include <a9n/a9n.h>

size_t __koito_console_write(FILE *file, const char *data, size_t length)
{
    (void)file; /* every console stream goes to the same place */
    size_t written = 0;
    while (written < length) {
        size_t chunk = length - written;
        if (chunk > A9N_DEBUG_WRITE_MAX) {
            chunk = A9N_DEBUG_WRITE_MAX;
        }
        if (a9n_debug_write(data + written, chunk) != A9N_OK) {
            break;
        }
        written += chunk;
    }
    return written;
}
