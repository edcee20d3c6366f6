/*
 * The *at requests of the POSIX protocol (KOITO server, koito/posix; see posix_service.h):
 * openat, fstatat, unlinkat, mkdirat, renameat, faccessat and fchmodat resolve a relative path
 * from a directory descriptor (vfs_at) and then do what open, stat, unlink or rmdir, mkdir,
 * rename, access and chmod do; fchdir enters a directory descriptor. Each checks its flags first
 * (EINVAL, as Linux does before it looks at the descriptor), then the descriptor, then lets the
 * VFS core do the rest.
 */
#include "posix_service.h"

#include <koito/protocol/posix_server.h>

/* A core's result (0, a descriptor, or a negated errno) as the protocol's error. */
static enum koito_posix_error at_result(int value)
{
    return value >= 0 ? KOITO_POSIX_OK : koito_posix_error_from_errno(-value);
}

/* The calling process's record, or NULL (ENOMEM: the table is full). */
static struct vfs_process *at_caller(void *context, uint64_t badge)
{
    return posix_service_process(context, badge);
}

enum koito_posix_error posix_openat_request(void *context, uint64_t badge, uint64_t directory,
                                            uint64_t flags, uint64_t mode, const uint8_t *path,
                                            uint64_t path_length, uint64_t *descriptor)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (flags > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int opened = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (opened == 0)
        opened = vfs_open(&service->vfs, process, at, (const char *)path, path_length,
                          (uint32_t)flags, (uint32_t)mode);
    *descriptor = (uint64_t)opened;
    return at_result(opened);
}

#define FSTATAT_FLAGS (KOITO_POSIX_AT_SYMLINK_NOFOLLOW | KOITO_POSIX_AT_EMPTY_PATH)

enum koito_posix_error posix_fstatat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t flags, const uint8_t *path,
                                             uint64_t path_length, uint64_t *device,
                                             uint64_t *inode, uint64_t *mode, uint64_t *links,
                                             uint64_t *size, uint64_t *device_number,
                                             POSIX_STAT_OUT_TAIL)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if ((flags & ~(uint64_t)FSTATAT_FLAGS) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_stat status;
    int error;
    if ((flags & KOITO_POSIX_AT_EMPTY_PATH) && path_length == 0) {
        /* The descriptor's own file, whatever its type: fstat's answer. */
        error = 0;
        if (directory == VFS_AT_CWD)
            vfs_stat_node(process->cwd, &status);
        else
            error = vfs_fstat(process, directory, &status);
    } else {
        struct vfs_node *at;
        error = vfs_at(process, directory, (const char *)path, path_length, &at);
        if (error == 0)
            error = vfs_stat(&service->vfs, process, at, (const char *)path, path_length, &status);
    }
    if (error == 0)
        posix_stat_out(&status, POSIX_STAT_OUT_ARGUMENTS);
    return at_result(error);
}

enum koito_posix_error posix_unlinkat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t flags, const uint8_t *path,
                                              uint64_t path_length)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if ((flags & ~(uint64_t)KOITO_POSIX_AT_REMOVEDIR) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error != 0)
        return at_result(error);
    if (flags & KOITO_POSIX_AT_REMOVEDIR)
        return at_result(vfs_rmdir(&service->vfs, process, at, (const char *)path, path_length));
    return at_result(vfs_unlink(&service->vfs, process, at, (const char *)path, path_length));
}

enum koito_posix_error posix_mkdirat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t mode, const uint8_t *path,
                                             uint64_t path_length)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_mkdir(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return at_result(error);
}

enum koito_posix_error posix_renameat_request(void *context, uint64_t badge,
                                              uint64_t from_directory, uint64_t to_directory,
                                              uint64_t from_length, const uint8_t *paths,
                                              uint64_t paths_length)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (from_length > paths_length)
        return KOITO_POSIX_ERROR_EINVAL;
    const char *from = (const char *)paths, *to = from + from_length;
    uint64_t to_length = paths_length - from_length;
    struct vfs_node *from_at, *to_at;
    int error = vfs_at(process, from_directory, from, from_length, &from_at);
    if (error == 0)
        error = vfs_at(process, to_directory, to, to_length, &to_at);
    if (error == 0)
        error =
            vfs_rename(&service->vfs, process, from_at, from, from_length, to_at, to, to_length);
    return at_result(error);
}

#define FACCESSAT_FLAGS (KOITO_POSIX_AT_EACCESS | KOITO_POSIX_AT_SYMLINK_NOFOLLOW)

enum koito_posix_error posix_faccessat_request(void *context, uint64_t badge, uint64_t directory,
                                               uint64_t mode, uint64_t flags, const uint8_t *path,
                                               uint64_t path_length)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if (mode > UINT32_MAX || (flags & ~(uint64_t)FACCESSAT_FLAGS) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_access(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return at_result(error);
}

enum koito_posix_error posix_fchmodat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t mode, uint64_t flags, const uint8_t *path,
                                              uint64_t path_length)
{
    struct posix_service *service = context;
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    if ((flags & ~(uint64_t)KOITO_POSIX_AT_SYMLINK_NOFOLLOW) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_chmod(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return at_result(error);
}

enum koito_posix_error posix_fchdir_request(void *context, uint64_t badge, uint64_t descriptor)
{
    struct vfs_process *process = at_caller(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    return at_result(vfs_fchdir(process, descriptor));
}
