/*
 * The POSIX server program (KOITO server, koito/posix): builds the VFS from the copy of the
 * initrd init mapped for it and serves the POSIX protocol on the port it is granted as "posix".
 *
 * It runs as a process of the boot configuration with `role = posix` (<koito/process.h>): init
 * maps the initrd's pages read-only (shared, not copied) at KOITO_AUX_INITRD_ADDRESS
 * (KOITO_AUX_INITRD_SIZE bytes)
 * and mints every program the server serves, started afterwards, a badged copy of the port
 * (badge: the process id) into its KOITO_SLOT_OS. A server whose section names a root
 * (KOITO_AUX_POSIX_ROOT) serves that initrd directory as its / (a container's). It exits with
 * status 1, saying why, if the port or the initrd is missing or the archive is malformed.
 */
#include "posix_console.h"
#include "posix_service.h"

#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/protocol.h>
#include <stdio.h>
#include <string.h>

static struct posix_service posix_service;

int main(void)
{
    if (koito_capability_type("posix") != A9N_OBJECT_IPC_PORT) {
        printf("koito-posix: no IPC port granted as \"posix\"\n");
        return 1;
    }
    uint64_t initrd = koito_aux_value(KOITO_AUX_INITRD_ADDRESS, 0);
    uint64_t size = koito_aux_value(KOITO_AUX_INITRD_SIZE, 0);
    if (initrd == 0) {
        printf("koito-posix: no initrd mapped (is the program's role 'posix'?)\n");
        return 1;
    }
    posix_service.initrd = (const uint8_t *)(uintptr_t)initrd;
    posix_service.initrd_size = size;
    const char *root = (const char *)(uintptr_t)koito_aux_value(KOITO_AUX_POSIX_ROOT, 0);
    int error = vfs_init(&posix_service.vfs, (const void *)(uintptr_t)initrd, (size_t)size, root,
                         &posix_console);
    if (error != 0) {
        printf("koito-posix: cannot build the file tree from %s%s (%s)\n",
               root != NULL ? "the initrd's /" : "the initrd", root != NULL ? root : "",
               strerror(-error));
        return 1;
    }
    enum a9n_error ended =
        posix_service_run(&posix_service, koito_capability("posix"), koito_ipc_buffer());
    printf("koito-posix: the port went away (%s)\n", koito_a9n_error_name(ended));
    return 1;
}
