/*
 * A process's part of the VFS (KOITO POSIX server, vfs core; see vfs.h): its working directory,
 * its umask and its descriptor table, which starts with 0, 1 and 2 open on /dev/console.
 */
#include "vfs.h"

#include <koito/protocol/posix.h>

#include <errno.h>
#include <string.h>

int vfs_process_init(struct vfs *vfs, struct vfs_process *process, uint32_t pid, uint32_t parent)
{
    memset(process, 0, sizeof *process);
    process->pid = pid;
    process->parent = parent;
    process->umask = 0; /* KOITO-libc masks modes itself (umask() is its own state) */
    process->cwd = vfs->root;
    vfs->root->opens++;
    for (int descriptor = 0; descriptor < 3; descriptor++) {
        static const char console[] = "/dev/console";
        int opened =
            vfs_open(vfs, process, NULL, console, sizeof console - 1,
                     descriptor == 0 ? KOITO_POSIX_OPEN_RDONLY : KOITO_POSIX_OPEN_WRONLY, 0);
        if (opened < 0 && opened != -ENOENT) {
            vfs_process_release(process);
            return opened;
        }
    }
    return 0;
}

uint32_t vfs_umask(struct vfs_process *process, uint32_t mask)
{
    uint32_t previous = process->umask;
    process->umask = mask & 0777u;
    return previous;
}

void vfs_process_release(struct vfs_process *process)
{
    for (unsigned descriptor = 0; descriptor < VFS_DESCRIPTORS; descriptor++)
        vfs_close(process, descriptor);
    if (process->cwd != NULL) {
        process->cwd->opens--;
        vfs_node_release(process->cwd);
        process->cwd = NULL;
    }
}
