/*
 * The *at requests of the POSIX protocol (KOITO server, koito/posix; see posix_service.h):
 * openat, fstatat, unlinkat, mkdirat, renameat, faccessat, fchmodat, utimensat, fchownat and
 * linkat resolve a relative path from a directory descriptor (vfs_at) and then do what open,
 * stat, unlink or rmdir, mkdir, rename, access, chmod, utimens, chown and link do; fchdir enters
 * a directory descriptor. Each checks its flags first (EINVAL, as Linux does before it looks at
 * the descriptor), then the descriptor, then lets the VFS core do the rest. The plain utimens,
 * chown and link requests are these with KOITO_POSIX_AT_FDCWD (posix_service.c).
 */
#include "posix_service.h"

#include <koito/protocol/posix_server.h>

enum koito_posix_error posix_openat_request(void *context, uint64_t badge, uint64_t directory,
                                            uint64_t flags, uint64_t mode, const uint8_t *path,
                                            uint64_t path_length, uint64_t *descriptor)
{
    POSIX_CALLER(process);
    if (flags > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int opened = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (opened == 0)
        opened = vfs_open(&service->vfs, process, at, (const char *)path, path_length,
                          (uint32_t)flags, (uint32_t)mode);
    *descriptor = (uint64_t)opened;
    return posix_result(opened);
}

#define FSTATAT_FLAGS (KOITO_POSIX_AT_SYMLINK_NOFOLLOW | KOITO_POSIX_AT_EMPTY_PATH)

enum koito_posix_error posix_fstatat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t flags, const uint8_t *path,
                                             uint64_t path_length, uint64_t *device,
                                             uint64_t *inode, uint64_t *mode, uint64_t *links,
                                             uint64_t *size, uint64_t *device_number,
                                             POSIX_STAT_OUT_TAIL)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)FSTATAT_FLAGS) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_stat status;
    int error;
    if ((flags & KOITO_POSIX_AT_EMPTY_PATH) && path_length == 0) {
        struct vfs_node *node;
        error = vfs_at_empty(process, directory, &node);
        if (error == 0)
            vfs_stat_node(node, &status);
    } else {
        struct vfs_node *at;
        error = vfs_at(process, directory, (const char *)path, path_length, &at);
        if (error == 0)
            error = vfs_stat(&service->vfs, process, at, (const char *)path, path_length, &status);
    }
    if (error == 0)
        posix_stat_out(&status, POSIX_STAT_OUT_ARGUMENTS);
    return posix_result(error);
}

enum koito_posix_error posix_unlinkat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t flags, const uint8_t *path,
                                              uint64_t path_length)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)KOITO_POSIX_AT_REMOVEDIR) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error != 0)
        return posix_result(error);
    if (flags & KOITO_POSIX_AT_REMOVEDIR)
        return posix_result(vfs_rmdir(&service->vfs, process, at, (const char *)path, path_length));
    return posix_result(vfs_unlink(&service->vfs, process, at, (const char *)path, path_length));
}

enum koito_posix_error posix_mkdirat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t mode, const uint8_t *path,
                                             uint64_t path_length)
{
    POSIX_CALLER(process);
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_mkdir(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return posix_result(error);
}

enum koito_posix_error posix_renameat_request(void *context, uint64_t badge,
                                              uint64_t from_directory, uint64_t to_directory,
                                              uint64_t from_length, const uint8_t *paths,
                                              uint64_t paths_length)
{
    POSIX_CALLER(process);
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
    return posix_result(error);
}

#define FACCESSAT_FLAGS (KOITO_POSIX_AT_EACCESS | KOITO_POSIX_AT_SYMLINK_NOFOLLOW)

enum koito_posix_error posix_faccessat_request(void *context, uint64_t badge, uint64_t directory,
                                               uint64_t mode, uint64_t flags, const uint8_t *path,
                                               uint64_t path_length)
{
    POSIX_CALLER(process);
    if (mode > UINT32_MAX || (flags & ~(uint64_t)FACCESSAT_FLAGS) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_access(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return posix_result(error);
}

enum koito_posix_error posix_fchmodat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t mode, uint64_t flags, const uint8_t *path,
                                              uint64_t path_length)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)KOITO_POSIX_AT_SYMLINK_NOFOLLOW) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error =
            vfs_chmod(&service->vfs, process, at, (const char *)path, path_length, (uint32_t)mode);
    return posix_result(error);
}

enum koito_posix_error posix_utimensat_request(void *context, uint64_t badge, uint64_t directory,
                                               uint64_t flags, uint64_t access_seconds,
                                               uint64_t access_nanoseconds, uint64_t modify_seconds,
                                               uint64_t modify_nanoseconds, const uint8_t *path,
                                               uint64_t path_length)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)KOITO_POSIX_AT_SYMLINK_NOFOLLOW) != 0)
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_time times[2];
    if (!posix_times_in(access_seconds, access_nanoseconds, modify_seconds, modify_nanoseconds,
                        times))
        return KOITO_POSIX_ERROR_EINVAL;
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error = vfs_utimens(&service->vfs, process, at, (const char *)path, path_length, times);
    return posix_result(error);
}

#define FCHOWNAT_FLAGS (KOITO_POSIX_AT_SYMLINK_NOFOLLOW | KOITO_POSIX_AT_EMPTY_PATH)

enum koito_posix_error posix_fchownat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t owner, uint64_t group, uint64_t flags,
                                              const uint8_t *path, uint64_t path_length)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)FCHOWNAT_FLAGS) != 0 || owner > UINT32_MAX || group > UINT32_MAX)
        return KOITO_POSIX_ERROR_EINVAL;
    if ((flags & KOITO_POSIX_AT_EMPTY_PATH) && path_length == 0) {
        struct vfs_node *node;
        int error = vfs_at_empty(process, directory, &node);
        if (error == 0)
            error = vfs_node_set_owner(node, (uint32_t)owner, (uint32_t)group);
        return posix_result(error);
    }
    struct vfs_node *at;
    int error = vfs_at(process, directory, (const char *)path, path_length, &at);
    if (error == 0)
        error = vfs_chown(&service->vfs, process, at, (const char *)path, path_length,
                          (uint32_t)owner, (uint32_t)group);
    return posix_result(error);
}

#define LINKAT_FLAGS (KOITO_POSIX_AT_SYMLINK_FOLLOW | KOITO_POSIX_AT_EMPTY_PATH)

enum koito_posix_error posix_linkat_request(void *context, uint64_t badge, uint64_t from_directory,
                                            uint64_t to_directory, uint64_t flags,
                                            uint64_t from_length, const uint8_t *paths,
                                            uint64_t paths_length)
{
    POSIX_CALLER(process);
    if ((flags & ~(uint64_t)LINKAT_FLAGS) != 0 || from_length > paths_length)
        return KOITO_POSIX_ERROR_EINVAL;
    const char *from = (const char *)paths, *to = from + from_length;
    uint64_t to_length = paths_length - from_length;
    /* AT_EMPTY_PATH with an empty existing path: from_directory's own file gets the name. */
    bool own_file = (flags & KOITO_POSIX_AT_EMPTY_PATH) && from_length == 0;
    struct vfs_node *node = NULL, *from_at = NULL, *to_at;
    int error = own_file ? vfs_at_empty(process, from_directory, &node)
                         : vfs_at(process, from_directory, from, from_length, &from_at);
    if (error == 0)
        error = vfs_at(process, to_directory, to, to_length, &to_at);
    if (error != 0)
        return posix_result(error);
    if (own_file)
        return posix_result(vfs_link_node(&service->vfs, process, node, to_at, to, to_length));
    return posix_result(
        vfs_link(&service->vfs, process, from_at, from, from_length, to_at, to, to_length));
}

enum koito_posix_error posix_fchdir_request(void *context, uint64_t badge, uint64_t descriptor)
{
    struct vfs_process *process = posix_service_process(context, badge);
    if (process == NULL)
        return KOITO_POSIX_ERROR_ENOMEM;
    return posix_result(vfs_fchdir(process, descriptor));
}
