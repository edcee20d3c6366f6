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

#include <koito/protocol/posix.h>
#include <koito/server.h>

#define POSIX_SERVICE_PROCESSES 256u

struct posix_service {
    struct vfs vfs;
    struct koito_server loop;
    struct vfs_process processes[POSIX_SERVICE_PROCESSES];
    bool used[POSIX_SERVICE_PROCESSES];
    /* The first of each record's shared-buffer frame slots, 0 before it has one. */
    uint64_t buffer_first[POSIX_SERVICE_PROCESSES];
};

/* The process record of pid, made on first use; when the table is full, the records of processes
 * that ended are released first. NULL when it is still full. */
struct vfs_process *posix_service_process(struct posix_service *service, uint64_t pid);

/* posix_buffer.c: the server's mapping of process's shared buffer, NULL before it has one. */
uint8_t *posix_buffer_of(struct posix_service *service, const struct vfs_process *process);
/* The server's capability to frame index of process's buffer, made (with the rest) on first use. */
enum koito_posix_error posix_buffer_frame(struct posix_service *service,
                                          const struct vfs_process *process, uint64_t index,
                                          a9n_descriptor_t *frame);

/* posix_alive.c: whether process pid still runs (its supervisor, init, knows); true when init
 * cannot say, so nothing is released by mistake. */
bool posix_process_alive(uint64_t pid);

/* Serve port until the kernel refuses to receive on it; that error. */
enum a9n_error posix_service_run(struct posix_service *service, a9n_descriptor_t port,
                                 uint64_t *ipc_buffer);

#endif
