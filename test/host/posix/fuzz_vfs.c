/*
 * libFuzzer target of the VFS core (test/host/posix): every input is a sequence of requests
 * from two processes (one byte the operation, then its arguments, paths drawn from a small set
 * so the requests meet), run against the test world. ASan and UBSan find memory errors; the
 * target checks the tree's invariants after each request: every open file's node is alive and
 * the process's working directory is a directory.
 */
#include "test_support.h"

#include <koito/protocol/posix.h>
#include <stdlib.h>
#include <string.h>

static const char *const paths[] = {
    "/tmp/a", "/tmp/b", "/tmp/d", "/tmp/d/a",  "/tmp/d/e",  "/etc/motd", "/", "/tmp",
    "..",     "a",      "d/",     "/dev/null", "/dev/zero", "/tmp/d/..", "",  "/bin/prog"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct test_world world;
    test_world_init(&world);
    struct vfs_process other;
    vfs_process_init(&world.vfs, &other, 9, 7);
    /* Large enough for the largest transfer below: 255 * 37 bytes. */
    static uint8_t buffer[255 * 37];
    size_t at = 0;
    while (at + 4 <= size) {
        struct vfs_process *p = data[at] & 0x80 ? &other : &world.process;
        unsigned op = data[at] & 0x1f;
        const char *path = paths[data[at + 1] & 15];
        const char *second = paths[data[at + 1] >> 4];
        uint64_t fd = data[at + 2] % 12;
        uint64_t number = data[at + 3];
        struct vfs *v = &world.vfs;
        at += 4;
        uint64_t inode, type;
        struct vfs_stat status;
        switch (op) {
        case 0:
            vfs_open(v, p, NULL, path, strlen(path), (uint32_t)(number * 0x41) & 0x2c3ffu, 0644);
            break;
        case 1:
            vfs_close(p, fd);
            break;
        case 2:
            vfs_read(v, p, fd, buffer, number * 37);
            break;
        case 3:
            vfs_write(v, p, fd, buffer, number * 37);
            break;
        case 4:
            vfs_pwrite(v, p, fd, buffer, number, number * 4099);
            break;
        case 5:
            vfs_seek(p, fd, (int64_t)number - 100, number % 4);
            break;
        case 6:
            vfs_truncate(p, fd, number * 1000);
            break;
        case 7:
            vfs_dup(p, fd, number % 70, number & 1 ? KOITO_POSIX_DUP_SAME_OK : 0);
            break;
        case 8:
            vfs_fcntl(p, fd, number % 6, number);
            break;
        case 9:
            vfs_mkdir(v, p, NULL, path, strlen(path), 0755);
            break;
        case 10:
            vfs_rmdir(v, p, NULL, path, strlen(path));
            break;
        case 11:
            vfs_unlink(v, p, NULL, path, strlen(path));
            break;
        case 12:
            vfs_rename(v, p, NULL, path, strlen(path), NULL, second, strlen(second));
            break;
        case 13:
            vfs_readdir(p, fd, &inode, &type, (char *)buffer, number);
            break;
        case 14:
            vfs_chdir(v, p, path, strlen(path));
            break;
        case 15:
            vfs_getcwd(v, p, (char *)buffer, number);
            break;
        case 16:
            vfs_stat(v, p, NULL, path, strlen(path), &status);
            break;
        case 17:
            vfs_fstat(p, fd, &status);
            break;
        case 18:
            vfs_pread(v, p, fd, buffer, number * 35, number * 97);
            break;
        case 19: {
            /* A second name from a descriptor: its directory (linkat) or its own file
             * (AT_EMPTY_PATH), an open file whose names went among them. */
            struct vfs_node *node;
            if (number & 1) {
                if (vfs_at_empty(p, fd, &node) == 0)
                    vfs_link_node(v, p, node, NULL, second, strlen(second));
            } else if (vfs_at(p, fd, path, strlen(path), &node) == 0) {
                vfs_link(v, p, node, path, strlen(path), NULL, second, strlen(second));
            }
            break;
        }
        default:
            vfs_access(v, p, NULL, path, strlen(path), (uint32_t)number & 7);
            break;
        }
        for (unsigned d = 0; d < VFS_DESCRIPTORS; d++) {
            const struct vfs_file *file = p->descriptors[d].file;
            if (file != NULL && (file->references == 0 || file->node->opens == 0))
                abort();
        }
        if (p->cwd->type != VFS_DIRECTORY)
            abort();
    }
    vfs_process_release(&other);
    test_world_fini(&world);
    return 0;
}
