/*
 * Console output through the kernel's debug capability (libc, OS port).
 *
 * KOITO has no console server yet, so stdout and stderr write with
 * a9n_debug_write() on a debug capability, at most A9N_DEBUG_WRITE_MAX bytes
 * per call: the kernel's root program uses its own (slot A9N_ROOT_SLOT_DEBUG,
 * <a9n/root_info.h>); a process started by KOITO init the copy init put in
 * its standard output slot (KOITO_SLOT_STDOUT, <koito/process.h>). A program
 * given none (or a kernel built without the debug call) writes nothing: the
 * write reports 0 bytes written. Later this goes through the console server.
 */
#include "port.h"
#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/process.h>

static a9n_descriptor_t console_capability(void)
{
    if (koito_process_info() != NULL)
        return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                    KOITO_SLOT_STDOUT);
    const struct a9n_root_info *info = koito_root_info();
    if (!info)
        return A9N_DESCRIPTOR_INVALID;
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, info->node_radix, A9N_ROOT_SLOT_DEBUG);
}

size_t __koito_console_write(FILE *file, const char *data, size_t length)
{
    (void)file; /* every console stream goes to the same place */
    a9n_descriptor_t debug = console_capability();
    size_t written = 0;
    while (written < length) {
        size_t chunk = length - written;
        if (chunk > A9N_DEBUG_WRITE_MAX) {
            chunk = A9N_DEBUG_WRITE_MAX;
        }
        if (a9n_debug_write(debug, data + written, chunk) != A9N_OK) {
            break;
        }
        written += chunk;
    }
    return written;
}
