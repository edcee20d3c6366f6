/*
 * The POSIX server's service (KOITO server, koito/posix): the VFS core (vfs/) behind the POSIX
 * protocol (koito/protocol/posix.json), with one process record per client process. The badge
 * of a client's OS port is its process id (KOITO_SLOT_OS, minted by init); a process's record is
 * made on its first request: descriptors 0, 1 and 2 on /dev/console, the root as working
 * directory, umask 0 (KOITO-libc keeps umask() itself and masks modes before they are sent).
 */
#ifndef KOITO_POSIX_SERVICE_H
#define KOITO_POSIX_SERVICE_H

#include "vfs.h"

#include <koito/server.h>

#define POSIX_SERVICE_PROCESSES 256u

struct posix_service {
    struct vfs vfs;
    struct koito_server loop;
    struct vfs_process processes[POSIX_SERVICE_PROCESSES];
    bool used[POSIX_SERVICE_PROCESSES];
};

/* The process record of pid, made on first use; NULL when the table is full. */
struct vfs_process *posix_service_process(struct posix_service *service, uint64_t pid);

/* Serve port until the kernel refuses to receive on it; that error. */
enum a9n_error posix_service_run(struct posix_service *service, a9n_descriptor_t port,
                                 uint64_t *ipc_buffer);

#endif
