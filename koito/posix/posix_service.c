/*
 * The POSIX protocol's handlers (KOITO server, koito/posix); see posix_service.h. The generated
 * dispatch (generated/posix_dispatch.c) has checked each request's label, length and byte
 * lengths; a handler finds the calling process by its badge, lets the VFS core check and do the
 * rest, and turns the core's negated errno into the protocol's error.
 */
#include "posix_service.h"

#include <koito/protocol/posix_server.h>

#include <errno.h>
#include <signal.h>
#include <string.h>

/* The record of pid, or the first free one (POSIX_SERVICE_PROCESSES if none) in *free_entry. */
static struct vfs_process *service_find(struct posix_service *service, uint64_t pid,
                                        unsigned *free_entry)
{
    *free_entry = POSIX_SERVICE_PROCESSES;
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (service->used[i] && service->processes[i].pid == pid) {
            service->hint[pid % POSIX_SERVICE_PROCESSES] = (uint16_t)i;
            return &service->processes[i];
        }
        if (!service->used[i] && *free_entry == POSIX_SERVICE_PROCESSES)
            *free_entry = i;
    }
    return NULL;
}

void posix_service_release(struct posix_service *service, unsigned index)
{
    /* First: closing its descriptors changes pipes, which must not finish its read. */
    posix_handoff_forget(service, index);
    if (!service->life[index].ended)
        vfs_process_release(&service->processes[index]);
    service->used[index] = false;
    posix_command_clear(service, index);
    posix_orphans_release(service, service->processes[index].pid);
    service->life[index] = (struct posix_life){0};
    posix_wait_on(service, index, NULL, 0);
    service->signals[index] = (struct posix_signals){0};
    posix_group_forget(service, index);
    uint8_t *buffer = posix_buffer_of(service, &service->processes[index]);
    if (buffer != NULL)
        memset(buffer, 0, KOITO_POSIX_BUFFER_PAGES * 4096u);
}

/* Release the records of processes that ended (init says which still run): their descriptors
 * close, their working directories go; their shared buffers stay with the record, zeroed for
 * the next process that gets it. A spawned child's end is collected first: it stays as a zombie
 * while its parent still has a record. */
static void service_sweep(struct posix_service *service)
{
    posix_children_collect(service);
    for (unsigned i = 0; i < POSIX_SERVICE_PROCESSES; i++) {
        if (!service->used[i])
            continue;
        if (service->life[i].ended) {
            if (posix_service_find(service, service->processes[i].parent) == NULL)
                posix_service_release(service, i);
        } else if (!service->life[i].spawned && !posix_process_alive(service->processes[i].pid)) {
            posix_service_release(service, i);
        }
    }
}

struct vfs_process *posix_service_find(struct posix_service *service, uint64_t pid)
{
    unsigned free_entry;
    return service_find(service, pid, &free_entry);
}

unsigned posix_service_free_entry(struct posix_service *service)
{
    unsigned free_entry;
    service_find(service, 0, &free_entry);
    if (free_entry == POSIX_SERVICE_PROCESSES) {
        service_sweep(service);
        service_find(service, 0, &free_entry);
    }
    return free_entry;
}

struct vfs_process *posix_service_process_slow(struct posix_service *service, uint64_t pid)
{
    unsigned free_entry;
    struct vfs_process *found = service_find(service, pid, &free_entry);
    if (found != NULL)
        return found;
    if (pid == 0 || pid > UINT32_MAX)
        return NULL;
    free_entry = posix_service_free_entry(service);
    if (free_entry == POSIX_SERVICE_PROCESSES)
        return NULL;
    if (vfs_process_init(&service->vfs, &service->processes[free_entry], (uint32_t)pid, 0) != 0)
        return NULL;
    service->used[free_entry] = true;
    posix_group_lead(service, free_entry);
    service->hint[pid % POSIX_SERVICE_PROCESSES] = (uint16_t)free_entry;
    posix_command_describe(service, free_entry);
    return &service->processes[free_entry];
}

enum koito_posix_error posix_result_error(long value)
{
    if (value == VFS_CONSOLE_INPUT)
        return KOITO_POSIX_ERROR_CONSOLE_INPUT;
    return koito_posix_error_from_errno((int)-value);
}

/* A read's or write's result; a pipe end that must wait makes the process wait on its pipe.
 * Inlined into the four I/O requests, whose success then costs a test and a branch. */
static inline __attribute__((always_inline)) enum koito_posix_error
io_result(struct posix_service *service, struct vfs_process *process, uint64_t descriptor,
          long value)
{
    if (value >= 0)
        return KOITO_POSIX_OK; /* first: the common case skips the two failures' tests */
    if (value == VFS_PIPE_WAIT)
        return posix_pipe_wait(service, process, descriptor);
    if (value == -EPIPE) {
        /* A write to a pipe without readers: SIGPIPE for the writer, which ends it unless it
         * catches or ignores the signal; then the write fails with EPIPE. */
        struct posix_signal_info info = {.code = KOITO_POSIX_SIGNAL_CODE_KERNEL};
        posix_signal_send(service, (unsigned)(process - service->processes), SIGPIPE, &info);
    }
    return posix_result(value);
}

/* The handlers of the requests programs make most, compiled into the server's loop
 * (koito_posix_serve) rather than called: a call, its frame and six saved registers cost a
 * 1-byte write to /dev/null a twentieth of its time. */
#define POSIX_HOT_HANDLER static inline __attribute__((always_inline))

static enum koito_posix_error posix_open(void *context, uint64_t badge, uint64_t flags,
                                         uint64_t mode, const uint8_t *path, uint64_t path_length,
                                         uint64_t *descriptor)
{
    POSIX_CALLER(process);
    if (flags > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    int opened = vfs_open(&service->vfs, process, NULL, (const char *)path, path_length,
                          (uint32_t)flags, (uint32_t)mode);
    *descriptor = (uint64_t)opened;
    return posix_result(opened);
}

POSIX_HOT_HANDLER enum koito_posix_error posix_close(void *context, uint64_t badge,
                                                     uint64_t descriptor)
{
    POSIX_CALLER(process);
    return posix_result(vfs_close(process, descriptor));
}

POSIX_HOT_HANDLER enum koito_posix_error posix_read(void *context, uint64_t badge,
                                                    uint64_t descriptor, uint64_t max,
                                                    uint8_t *data, uint64_t *data_length)
{
    POSIX_CALLER(process);
    if (max > KOITO_POSIX_IO_MAX)
        max = KOITO_POSIX_IO_MAX;
    long count = vfs_read(&service->vfs, process, descriptor, data, max);
    *data_length = count < 0 ? 0 : (uint64_t)count;
    return io_result(service, process, descriptor, count);
}

POSIX_HOT_HANDLER enum koito_posix_error posix_write(void *context, uint64_t badge,
                                                     uint64_t descriptor, const uint8_t *data,
                                                     uint64_t data_length, uint64_t *count)
{
    POSIX_CALLER(process);
    long written = vfs_write(&service->vfs, process, descriptor, data, data_length);
    *count = (uint64_t)written;
    return io_result(service, process, descriptor, written);
}

static enum koito_posix_error posix_pread(void *context, uint64_t badge, uint64_t descriptor,
                                          uint64_t max, uint64_t offset, uint8_t *data,
                                          uint64_t *data_length)
{
    POSIX_CALLER(process);
    if (max > KOITO_POSIX_IO_MAX)
        max = KOITO_POSIX_IO_MAX;
    long count = vfs_pread(&service->vfs, process, descriptor, data, max, offset);
    *data_length = count < 0 ? 0 : (uint64_t)count;
    return posix_result(count);
}

static enum koito_posix_error posix_pwrite(void *context, uint64_t badge, uint64_t descriptor,
                                           uint64_t offset, const uint8_t *data,
                                           uint64_t data_length, uint64_t *count)
{
    POSIX_CALLER(process);
    long written = vfs_pwrite(&service->vfs, process, descriptor, data, data_length, offset);
    *count = (uint64_t)written;
    return posix_result(written);
}

static enum koito_posix_error posix_seek(void *context, uint64_t badge, uint64_t descriptor,
                                         uint64_t offset, uint64_t whence, uint64_t *position)
{
    POSIX_CALLER(process);
    int64_t moved = vfs_seek(process, descriptor, (int64_t)offset, whence);
    *position = (uint64_t)moved;
    return posix_result(moved);
}

void posix_stat_out(const struct vfs_stat *status, uint64_t *device, uint64_t *inode,
                    uint64_t *mode, uint64_t *links, uint64_t *size, uint64_t *device_number,
                    POSIX_STAT_OUT_TAIL)
{
    *device = status->device;
    *inode = status->inode;
    *mode = status->mode;
    *links = status->links;
    *size = status->size;
    *device_number = status->device_number;
    *owner = status->owner;
    *group = status->group;
    *access_seconds = (uint64_t)status->accessed.seconds;
    *access_nanoseconds = status->accessed.nanoseconds;
    *modify_seconds = (uint64_t)status->modified.seconds;
    *modify_nanoseconds = status->modified.nanoseconds;
    *change_seconds = (uint64_t)status->changed.seconds;
    *change_nanoseconds = status->changed.nanoseconds;
}

static enum koito_posix_error posix_fstat(void *context, uint64_t badge, uint64_t descriptor,
                                          uint64_t *device, uint64_t *inode, uint64_t *mode,
                                          uint64_t *links, uint64_t *size, uint64_t *device_number,
                                          POSIX_STAT_OUT_TAIL)
{
    POSIX_CALLER(process);
    struct vfs_stat status;
    int error = vfs_fstat(process, descriptor, &status);
    if (error == 0)
        posix_stat_out(&status, POSIX_STAT_OUT_ARGUMENTS);
    return posix_result(error);
}

static enum koito_posix_error posix_stat(void *context, uint64_t badge, uint64_t follow,
                                         const uint8_t *path, uint64_t path_length,
                                         uint64_t *device, uint64_t *inode, uint64_t *mode,
                                         uint64_t *links, uint64_t *size, uint64_t *device_number,
                                         POSIX_STAT_OUT_TAIL)
{
    (void)follow; /* no symbolic links: stat and lstat agree */
    POSIX_CALLER(process);
    struct vfs_stat status;
    int error = vfs_stat(&service->vfs, process, NULL, (const char *)path, path_length, &status);
    if (error == 0)
        posix_stat_out(&status, POSIX_STAT_OUT_ARGUMENTS);
    return posix_result(error);
}

static enum koito_posix_error posix_chmod(void *context, uint64_t badge, uint64_t mode,
                                          const uint8_t *path, uint64_t path_length)
{
    POSIX_CALLER(process);
    return posix_result(
        vfs_chmod(&service->vfs, process, NULL, (const char *)path, path_length, (uint32_t)mode));
}

static enum koito_posix_error posix_fchmod(void *context, uint64_t badge, uint64_t descriptor,
                                           uint64_t mode)
{
    POSIX_CALLER(process);
    return posix_result(vfs_fchmod(process, descriptor, (uint32_t)mode));
}

static enum koito_posix_error posix_chown(void *context, uint64_t badge, uint64_t owner,
                                          uint64_t group, const uint8_t *path, uint64_t path_length)
{
    return posix_fchownat_request(context, badge, VFS_AT_CWD, owner, group, 0, path, path_length);
}

static enum koito_posix_error posix_fchown(void *context, uint64_t badge, uint64_t descriptor,
                                           uint64_t owner, uint64_t group)
{
    POSIX_CALLER(process);
    if (owner > UINT32_MAX || group > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    return posix_result(vfs_fchown(process, descriptor, (uint32_t)owner, (uint32_t)group));
}

bool posix_times_in(uint64_t access_seconds, uint64_t access_nanoseconds, uint64_t modify_seconds,
                    uint64_t modify_nanoseconds, struct vfs_time times[2])
{
    if (access_nanoseconds > UINT32_MAX || modify_nanoseconds > UINT32_MAX)
        return false;
    times[0] = (struct vfs_time){(int64_t)access_seconds, (uint32_t)access_nanoseconds};
    times[1] = (struct vfs_time){(int64_t)modify_seconds, (uint32_t)modify_nanoseconds};
    return true;
}

static enum koito_posix_error posix_utimens(void *context, uint64_t badge, uint64_t access_seconds,
                                            uint64_t access_nanoseconds, uint64_t modify_seconds,
                                            uint64_t modify_nanoseconds, const uint8_t *path,
                                            uint64_t path_length)
{
    return posix_utimensat_request(context, badge, VFS_AT_CWD, 0, access_seconds,
                                   access_nanoseconds, modify_seconds, modify_nanoseconds, path,
                                   path_length);
}

static enum koito_posix_error posix_futimens(void *context, uint64_t badge, uint64_t descriptor,
                                             uint64_t access_seconds, uint64_t access_nanoseconds,
                                             uint64_t modify_seconds, uint64_t modify_nanoseconds)
{
    POSIX_CALLER(process);
    struct vfs_time times[2];
    if (!posix_times_in(access_seconds, access_nanoseconds, modify_seconds, modify_nanoseconds,
                        times))
        return KOITO_POSIX_ERROR_EINVAL;
    return posix_result(vfs_futimens(process, descriptor, times));
}

static enum koito_posix_error posix_truncate(void *context, uint64_t badge, uint64_t descriptor,
                                             uint64_t size)
{
    POSIX_CALLER(process);
    return posix_result(vfs_truncate(process, descriptor, size));
}

static enum koito_posix_error posix_dup(void *context, uint64_t badge, uint64_t descriptor,
                                        uint64_t target, uint64_t flags, uint64_t *made)
{
    POSIX_CALLER(process);
    int duplicated = vfs_dup(process, descriptor, target, flags);
    *made = (uint64_t)duplicated;
    return posix_result(duplicated);
}

static enum koito_posix_error posix_fcntl(void *context, uint64_t badge, uint64_t descriptor,
                                          uint64_t command, uint64_t argument, uint64_t *value)
{
    POSIX_CALLER(process);
    long answer = vfs_fcntl(process, descriptor, command, argument);
    *value = (uint64_t)answer;
    return posix_result(answer);
}

static enum koito_posix_error posix_unlink(void *context, uint64_t badge, const uint8_t *path,
                                           uint64_t path_length)
{
    POSIX_CALLER(process);
    return posix_result(vfs_unlink(&service->vfs, process, NULL, (const char *)path, path_length));
}

static enum koito_posix_error posix_rename(void *context, uint64_t badge, uint64_t from_length,
                                           const uint8_t *paths, uint64_t paths_length)
{
    POSIX_CALLER(process);
    if (from_length > paths_length)
        return KOITO_POSIX_ERROR_EINVAL;
    return posix_result(vfs_rename(&service->vfs, process, NULL, (const char *)paths, from_length,
                                   NULL, (const char *)paths + from_length,
                                   paths_length - from_length));
}

static enum koito_posix_error posix_link(void *context, uint64_t badge, uint64_t from_length,
                                         const uint8_t *paths, uint64_t paths_length)
{
    return posix_linkat_request(context, badge, VFS_AT_CWD, VFS_AT_CWD, 0, from_length, paths,
                                paths_length);
}

static enum koito_posix_error posix_mkdir(void *context, uint64_t badge, uint64_t mode,
                                          const uint8_t *path, uint64_t path_length)
{
    POSIX_CALLER(process);
    return posix_result(
        vfs_mkdir(&service->vfs, process, NULL, (const char *)path, path_length, (uint32_t)mode));
}

static enum koito_posix_error posix_rmdir(void *context, uint64_t badge, const uint8_t *path,
                                          uint64_t path_length)
{
    POSIX_CALLER(process);
    return posix_result(vfs_rmdir(&service->vfs, process, NULL, (const char *)path, path_length));
}

static enum koito_posix_error posix_readdir(void *context, uint64_t badge, uint64_t descriptor,
                                            uint64_t *inode, uint64_t *type, uint8_t *name,
                                            uint64_t *name_length)
{
    POSIX_CALLER(process);
    long length = vfs_readdir(process, descriptor, inode, type, (char *)name, KOITO_POSIX_NAME_MAX);
    *name_length = length < 0 ? 0 : (uint64_t)length;
    return posix_result(length);
}

static enum koito_posix_error posix_getcwd(void *context, uint64_t badge, uint8_t *path,
                                           uint64_t *path_length)
{
    POSIX_CALLER(process);
    long length = vfs_getcwd(&service->vfs, process, (char *)path, KOITO_POSIX_PATH_MAX);
    *path_length = length < 0 ? 0 : (uint64_t)length;
    return posix_result(length);
}

static enum koito_posix_error posix_chdir(void *context, uint64_t badge, const uint8_t *path,
                                          uint64_t path_length)
{
    POSIX_CALLER(process);
    return posix_result(vfs_chdir(&service->vfs, process, (const char *)path, path_length));
}

static enum koito_posix_error posix_access(void *context, uint64_t badge, uint64_t mode,
                                           const uint8_t *path, uint64_t path_length)
{
    POSIX_CALLER(process);
    if (mode > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    return posix_result(
        vfs_access(&service->vfs, process, NULL, (const char *)path, path_length, (uint32_t)mode));
}

static enum koito_posix_error posix_umask(void *context, uint64_t badge, uint64_t mask,
                                          uint64_t *previous)
{
    POSIX_CALLER(process);
    *previous = vfs_umask(process, (uint32_t)(mask & 0777u));
    return KOITO_POSIX_OK;
}

static enum koito_posix_error posix_isatty(void *context, uint64_t badge, uint64_t descriptor)
{
    POSIX_CALLER(process);
    return posix_result(vfs_isatty(process, descriptor));
}

static enum koito_posix_error posix_getpid(void *context, uint64_t badge, uint64_t *pid)
{
    POSIX_CALLER(process);
    *pid = process->pid;
    return KOITO_POSIX_OK;
}

static enum koito_posix_error posix_getppid(void *context, uint64_t badge, uint64_t *pid)
{
    POSIX_CALLER(process);
    *pid = process->parent;
    return KOITO_POSIX_OK;
}

static enum koito_posix_error posix_buffer(void *context, uint64_t badge, uint64_t index,
                                           a9n_descriptor_t *frame)
{
    POSIX_CALLER(process);
    return posix_buffer_frame(service, process, index, frame);
}

static enum koito_posix_error posix_read_buffer(void *context, uint64_t badge, uint64_t descriptor,
                                                uint64_t max, uint64_t offset, uint64_t positioned,
                                                uint64_t *count)
{
    POSIX_CALLER(process);
    uint8_t *buffer = posix_buffer_of(service, process);
    if (buffer == NULL || max > KOITO_POSIX_BUFFER_SIZE || positioned > 1)
        return KOITO_POSIX_ERROR_EINVAL;
    long done = positioned ? vfs_pread(&service->vfs, process, descriptor, buffer, max, offset)
                           : vfs_read(&service->vfs, process, descriptor, buffer, max);
    *count = (uint64_t)done;
    return io_result(service, process, descriptor, done);
}

static enum koito_posix_error posix_write_buffer(void *context, uint64_t badge, uint64_t descriptor,
                                                 uint64_t size, uint64_t offset,
                                                 uint64_t positioned, uint64_t *count)
{
    POSIX_CALLER(process);
    const uint8_t *buffer = posix_buffer_of(service, process);
    if (buffer == NULL || size > KOITO_POSIX_BUFFER_SIZE || positioned > 1)
        return KOITO_POSIX_ERROR_EINVAL;
    long done = positioned ? vfs_pwrite(&service->vfs, process, descriptor, buffer, size, offset)
                           : vfs_write(&service->vfs, process, descriptor, buffer, size);
    *count = (uint64_t)done;
    return io_result(service, process, descriptor, done);
}

static const struct koito_posix_handlers posix_handlers = {
    .open = posix_open,
    .close = posix_close,
    .read = posix_read,
    .write = posix_write,
    .pread = posix_pread,
    .pwrite = posix_pwrite,
    .seek = posix_seek,
    .fstat = posix_fstat,
    .stat = posix_stat,
    .truncate = posix_truncate,
    .dup = posix_dup,
    .fcntl = posix_fcntl,
    .unlink = posix_unlink,
    .rename = posix_rename,
    .mkdir = posix_mkdir,
    .rmdir = posix_rmdir,
    .readdir = posix_readdir,
    .getcwd = posix_getcwd,
    .chdir = posix_chdir,
    .access = posix_access,
    .umask = posix_umask,
    .isatty = posix_isatty,
    .getpid = posix_getpid,
    .getppid = posix_getppid,
    .buffer = posix_buffer,
    .read_buffer = posix_read_buffer,
    .write_buffer = posix_write_buffer,
    .spawn = posix_spawn_request,
    .wait = posix_wait_request,
    .kill = posix_kill_request,
    .pipe = posix_pipe_request,
    .events = posix_events_request,
    .usage = posix_usage_request,
    .signals = posix_signals_request,
    .signal_routes = posix_signal_routes_request,
    .signal_next = posix_signal_next_request,
    .poll = posix_poll_request,
    .read_handoff = posix_read_handoff_request,
    .read_handoff_cancel = posix_read_handoff_cancel_request,
    .get_group = posix_get_group_request,
    .set_group = posix_set_group_request,
    .new_session = posix_new_session_request,
    .foreground = posix_foreground_request,
    .set_foreground = posix_set_foreground_request,
    .kill_group = posix_kill_group_request,
    .chmod = posix_chmod,
    .fchmod = posix_fchmod,
    .chown = posix_chown,
    .fchown = posix_fchown,
    .utimens = posix_utimens,
    .futimens = posix_futimens,
    .link = posix_link,
    .children_cpu_time = posix_children_cpu_time_request,
    .openat = posix_openat_request,
    .fstatat = posix_fstatat_request,
    .unlinkat = posix_unlinkat_request,
    .mkdirat = posix_mkdirat_request,
    .renameat = posix_renameat_request,
    .faccessat = posix_faccessat_request,
    .fchmodat = posix_fchmodat_request,
    .fchdir = posix_fchdir_request,
    .utimensat = posix_utimensat_request,
    .fchownat = posix_fchownat_request,
    .linkat = posix_linkat_request,
};

enum a9n_error posix_service_run(struct posix_service *service, a9n_descriptor_t port,
                                 uint64_t *ipc_buffer)
{
    posix_pipes_init(service);
    posix_proc_init(service);
    koito_posix_server_init(&service->loop, port, ipc_buffer, &posix_handlers, service);
    /* Without it, ended children are collected when a spawn, wait or kill asks, and ^C reaches
     * nobody. */
    if (posix_children_watch(service) == A9N_OK)
        posix_terminal_watch();
    return koito_posix_serve(&service->loop, &posix_handlers);
}
