/*
 * The VFS core of the POSIX server (KOITO, koito/posix/vfs): files, directories, mounts and
 * per-process descriptor tables, independent of IPC and of the kernel, so it also builds on the
 * host (test/host/posix) under ASan and UBSan.
 *
 * The tree: one node per file. A directory holds named entries; a directory may be a mount
 * point, whose `mounted` root replaces it during path resolution (and whose root's `covered`
 * leads ".." back out). Three file systems make the default tree:
 *   /      the initrd (cpio newc), read-only; its file data stays inside the archive
 *   /tmp   a tmpfs: files up to VFS_FILE_MAX bytes, VFS_DIRECTORY_MAX entries per directory
 *   /dev   console, tty, null, zero, random, urandom
 *   /proc  the processes the server serves, as its vfs_proc_source describes them (vfs_proc.c)
 * A node lives while it has a name (links) or an open file (opens): an unlinked file stays
 * readable through its descriptors until the last close.
 *
 * Every operation takes the calling process and returns a count, a descriptor or 0 on success
 * and a negated errno value (<errno.h>) on failure, checking everything before it changes
 * anything. Paths are byte strings with a length (no NUL), at most VFS_PATH_MAX bytes. An
 * operation that takes a path also takes `at`, the directory a relative path starts from (the
 * *at calls' directory descriptor, vfs_at.c); NULL: the process's working directory.
 * Flags and commands are the POSIX protocol's (KOITO_POSIX_OPEN_*, ..., koito/protocol/posix.json),
 * which equal Linux's values.
 */
#ifndef KOITO_POSIX_VFS_H
#define KOITO_POSIX_VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define VFS_PATH_MAX      1024u
#define VFS_NAME_MAX      255u
#define VFS_FILE_MAX      (64ull * 1024 * 1024)
#define VFS_DIRECTORY_MAX 10000u
#define VFS_DESCRIPTORS   64u
#define VFS_PAGE          4096u
#define VFS_PIPE_CAPACITY (64u * 1024u) /* bytes a pipe holds */
#define VFS_PIPE_ATOMIC   4096u         /* PIPE_BUF: writes up to this go in whole or not at all */

enum vfs_type {
    VFS_DIRECTORY = 1,
    VFS_REGULAR = 2,
    VFS_DEVICE = 3,
    VFS_PIPE = 4,
};

enum vfs_device {
    VFS_DEVICE_CONSOLE = 1, /* /dev/console and /dev/tty */
    VFS_DEVICE_NULL = 2,
    VFS_DEVICE_ZERO = 3,
    VFS_DEVICE_RANDOM = 4, /* /dev/random and /dev/urandom */
};

/* The files of /proc (vfs_proc.c): /proc/meminfo, and in each /proc/<pid>/ the others. */
enum vfs_proc_file {
    VFS_PROC_NONE = 0, /* not a file of /proc (a directory of it, or another file system's) */
    VFS_PROC_STAT = 1,
    VFS_PROC_STATUS = 2,
    VFS_PROC_CMDLINE = 3,
    VFS_PROC_MEMINFO = 4,
};

struct vfs_node;

/* A moment as st_atim & co. give it: seconds since the Epoch and nanoseconds. */
struct vfs_time {
    int64_t seconds;
    uint32_t nanoseconds;
};

struct vfs_fs {
    uint64_t number; /* st_dev */
    bool read_only;
    /* Called when a node of this file system changed in a way a waiting process cares about (a
     * pipe's bytes moved, or an end closed), or NULL. */
    void (*changed)(void *context, const struct vfs_node *node);
    void *context;
};

struct vfs_entry {
    char *name; /* NUL-terminated copy */
    struct vfs_node *node;
    uint64_t cookie; /* where readdir finds it: the directory's next_cookie when it was added */
};

struct vfs_node {
    enum vfs_type type;
    uint32_t permissions;     /* 07777 bits */
    uint32_t owner;           /* st_uid */
    uint32_t group;           /* st_gid */
    struct vfs_time accessed; /* st_atim: data last read (relatime: see vfs_node_read) */
    struct vfs_time modified; /* st_mtim: data or entries last changed */
    struct vfs_time changed;  /* st_ctim: data or anything stat shows last changed */
    uint64_t inode;
    struct vfs_fs *fs;
    unsigned links; /* names in directories (a directory's own name counts once) */
    unsigned opens; /* open files on it */
    /* Directories. */
    struct vfs_node *parent;   /* the directory holding it (the root: itself) */
    struct vfs_node *mounted;  /* the root of the file system mounted here, or NULL */
    struct vfs_node *covered;  /* for a mounted root: the directory it covers */
    struct vfs_entry *entries; /* in the order they were added, so their cookies rise */
    size_t entry_count;
    size_t entry_capacity;
    uint64_t next_cookie;
    /* Regular files: tmpfs pages (NULL pages read as zeros), or a fixed read-only body. */
    uint64_t size;
    uint8_t **pages;
    size_t page_capacity;
    const uint8_t *fixed;
    /* Devices. */
    enum vfs_device device;
    /* /proc: the process a directory or file of /proc/<pid>/ shows, and which file it is. */
    uint32_t proc_pid;
    enum vfs_proc_file proc_file;
    /* Pipes (vfs_pipe.c): a ring of VFS_PIPE_CAPACITY bytes, and the open files on each end. */
    uint8_t *ring;
    size_t ring_head;  /* where the oldest byte is */
    size_t ring_count; /* bytes in it */
    unsigned readers;
    unsigned writers;
};

/* Where the console device's output goes (the server's console capability). Its input the
 * process reads from the console server itself: reads answer VFS_CONSOLE_INPUT. */
struct vfs_console {
    void *context;
    /* Write length bytes: the count written, or a negated errno. */
    long (*write)(void *context, const uint8_t *data, size_t length);
};

/* What a read of the console device answers, not a negated errno: the process reads the console
 * server itself (a read there waits for a person, and the server does not make every other
 * process wait along). */
#define VFS_CONSOLE_INPUT (-4096L)

/* What a read or write of a pipe end answers, not a negated errno, when it cannot go on now and
 * its open file is not O_NONBLOCK (which answers -EAGAIN): the caller waits until the pipe
 * changes, then asks again. */
#define VFS_PIPE_WAIT (-4097L)

/* What /proc shows of one process (vfs_proc_source.describe fills it; the strings stay valid
 * until the source changes). */
struct vfs_proc_info {
    uint32_t pid;
    uint32_t parent;       /* 0: the configuration started it */
    uint32_t group;        /* its process group */
    uint32_t session;      /* its session */
    char state;            /* 'R' running, 'S' sleeping in a wait the server knows, 'Z' zombie */
    bool console;          /* its standard streams are the console's */
    const char *name;      /* its file's base name, NUL-terminated */
    const char *arguments; /* argv, each argument NUL-terminated */
    size_t arguments_length;
    uint64_t cpu_time;          /* processor time it used, in nanoseconds */
    uint64_t children_cpu_time; /* that of its children it waited for (and theirs) */
};

/* The unit of /proc/<pid>/stat's times: clock ticks per second, sysconf(_SC_CLK_TCK)'s. */
#define VFS_PROC_CLOCK_TICKS 100u

/* Where /proc's contents come from (the POSIX server's records); all NULL: /proc is empty. */
struct vfs_proc_source {
    void *context;
    /* Put the ids of the processes to show into pids (at most capacity); their count. */
    size_t (*list)(void *context, uint32_t *pids, size_t capacity);
    /* What to show of pid; false when it is gone. */
    bool (*describe)(void *context, uint32_t pid, struct vfs_proc_info *info);
    /* The system's memory as ULMM counts it, in bytes; false if unknown. */
    bool (*memory)(void *context, uint64_t *total, uint64_t *free);
};

#define VFS_PROC_MAX      256u  /* processes /proc shows */
#define VFS_PROC_TEXT_MAX 4096u /* bytes of one file of /proc; longer ones are cut */

/* One open file: what open() made, shared by the descriptors dup() made from it. */
struct vfs_file {
    struct vfs_node *node;
    uint32_t flags; /* access mode and status flags (KOITO_POSIX_OPEN_*) */
    uint64_t position;
    unsigned references; /* descriptors naming it */
};

struct vfs_descriptor {
    struct vfs_file *file; /* NULL: free */
    bool close_on_exec;
};

struct vfs_process {
    uint32_t pid;
    uint32_t parent;
    uint32_t umask;
    struct vfs_node *cwd;
    struct vfs_descriptor descriptors[VFS_DESCRIPTORS];
};

struct vfs {
    struct vfs_node *root;
    struct vfs_fs initrd_fs;
    struct vfs_fs tmp_fs;
    struct vfs_fs dev_fs;
    struct vfs_fs pipe_fs; /* names nothing: pipes' st_dev */
    struct vfs_fs proc_fs;
    struct vfs_node *proc_root;
    struct vfs_proc_source proc;
    uint64_t next_inode;
    struct vfs_console console;
    uint64_t random_state[2];
};

struct vfs_stat {
    uint64_t device;
    uint64_t inode;
    uint64_t mode; /* S_IF* | permissions */
    uint64_t links;
    uint64_t size;
    uint64_t device_number;
    uint64_t owner;
    uint64_t group;
    struct vfs_time accessed;
    struct vfs_time modified;
    struct vfs_time changed;
};

/* vfs_setup.c: the default tree from an initrd archive (NULL, 0: an empty root), rooted at the
 * archive's directory `root` (a path without leading or trailing '/'; NULL: the archive's own
 * root); 0 or -errno (-EINVAL for a malformed archive, -ENOENT when the archive has nothing
 * below root, -ENOMEM). */
int vfs_init(struct vfs *vfs, const void *initrd, size_t initrd_size, const char *root,
             const struct vfs_console *console);
/* Free every node (the tree and anything still open): for tests and a server that ends. */
void vfs_destroy(struct vfs *vfs);

/* vfs_node.c: nodes and directory entries. */
struct vfs_node *vfs_node_new(struct vfs *vfs, struct vfs_fs *fs, enum vfs_type type,
                              uint32_t permissions);
/* Free node if nothing names or opens it any more. */
void vfs_node_release(struct vfs_node *node);
/* vfs_time.c: the times of nodes. vfs_clock_now is the time of day, from the server
 * (clock.c: CLOCK_REALTIME) or the host test. */
struct vfs_time vfs_clock_now(void);
#define VFS_TOUCH_ACCESS 1u
#define VFS_TOUCH_MODIFY 2u
#define VFS_TOUCH_CHANGE 4u
/* Set the VFS_TOUCH_* times of node to now. */
void vfs_node_touch(struct vfs_node *node, unsigned times);
/* node's data was read: its access time becomes now if it is not later than its modification or
 * change time, or a day old (Linux's relatime: reads cost no clock read and no update in the
 * common case); never on a read-only file system. */
void vfs_node_read(struct vfs_node *node);
/* What utimensat() gives for one time: a moment, or VFS_TIME_NOW / VFS_TIME_OMIT in
 * nanoseconds (Linux's UTIME_NOW and UTIME_OMIT values). */
#define VFS_TIME_NOW  ((1u << 30) - 1u)
#define VFS_TIME_OMIT ((1u << 30) - 2u)
/* Set node's access and modification times (times[0], times[1]); its change time becomes now.
 * 0, -EINVAL (nanoseconds out of range and neither special value), -EROFS. */
int vfs_node_set_times(struct vfs_node *node, const struct vfs_time times[2]);
/* chmod: node's permission bits (07777) become mode's; 0 or -EROFS. */
int vfs_node_set_mode(struct vfs_node *node, uint32_t mode);
/* chown: node's owner and group; (uint32_t)-1 keeps one; 0 or -EROFS. */
int vfs_node_set_owner(struct vfs_node *node, uint32_t owner, uint32_t group);
struct vfs_node *vfs_directory_find(const struct vfs_node *directory, const char *name,
                                    size_t length);
/* Add name -> node to directory (the caller checked it is absent); 0, -ENOENT (a removed
 * directory), -ENOSPC, -ENOMEM. */
int vfs_directory_add(struct vfs_node *directory, const char *name, size_t length,
                      struct vfs_node *node);
/* Remove the entry naming node from directory (present): for a node with one name there (a
 * directory, a file of /proc); a file's name goes by vfs_directory_remove_name, since a file
 * may have two names in one directory (link). */
void vfs_directory_remove(struct vfs_node *directory, struct vfs_node *node);
/* Remove the entry `name` (present) from directory. */
void vfs_directory_remove_name(struct vfs_node *directory, const char *name, size_t length);
/* Mount root (a new file system's directory) over directory. */
void vfs_mount(struct vfs_node *directory, struct vfs_node *root);

/* vfs_path.c: path resolution. */
struct vfs_lookup {
    struct vfs_node *parent; /* the directory of the last component */
    struct vfs_node *node;   /* what the path names, NULL if the last component is absent */
    const char *name;        /* the last component (not "." or ".."), inside the path */
    size_t name_length;      /* 0 when the path ends in "." or "..", or is "/" */
    bool trailing_slash;
};
/* Resolve path from start (NULL: the process's working directory), or the root for an absolute
 * path. Every component but the last must exist and be a directory. */
int vfs_lookup(struct vfs *vfs, struct vfs_process *process, struct vfs_node *start,
               const char *path, size_t length, struct vfs_lookup *result);
/* vfs_at.c: the *at calls' directory descriptor. AT_FDCWD as the protocol carries it (Linux's
 * value, -100, as a word). */
#define VFS_AT_CWD ((uint64_t)-100)
/* Where a relative path of an *at call starts: *at = NULL for VFS_AT_CWD, for an absolute or an
 * empty path (which ignore the descriptor, as Linux's do), else descriptor's directory; 0, -EBADF
 * (not open), -ENOTDIR (not a directory). */
int vfs_at(struct vfs_process *process, uint64_t descriptor, const char *path, size_t length,
           struct vfs_node **at);
/* The file an *at call's AT_EMPTY_PATH with an empty path names: the node of descriptor's open
 * file, whatever its type, or the working directory for VFS_AT_CWD; 0 or -EBADF. */
int vfs_at_empty(struct vfs_process *process, uint64_t descriptor, struct vfs_node **node);
/* The absolute path of directory into buffer (no NUL); its length, or -ERANGE. */
long vfs_path_of(const struct vfs *vfs, const struct vfs_node *directory, char *buffer,
                 size_t capacity);

/* vfs_file_data.c: regular files' bytes. */
long vfs_data_read(const struct vfs_node *node, uint64_t offset, uint8_t *data, size_t length);
long vfs_data_write(struct vfs_node *node, uint64_t offset, const uint8_t *data, size_t length);
int vfs_data_truncate(struct vfs_node *node, uint64_t size);
void vfs_data_free(struct vfs_node *node);

/* vfs_device.c: the devices of /dev. vfs_device_read (so vfs_read, vfs_pread) answers
 * VFS_CONSOLE_INPUT for the console. */
long vfs_device_read(struct vfs *vfs, const struct vfs_node *node, uint8_t *data, size_t length);
long vfs_device_write(struct vfs *vfs, const struct vfs_node *node, const uint8_t *data,
                      size_t length);

/* vfs_pipe.c: pipes. pipe(): a read end and a write end at the two lowest free descriptors
 * (flags: KOITO_POSIX_OPEN_CLOEXEC, KOITO_POSIX_OPEN_NONBLOCK); 0, -EINVAL, -EMFILE, -ENOMEM. */
int vfs_pipe(struct vfs *vfs, struct vfs_process *process, uint32_t flags, int descriptors[2]);
/* Up to length bytes; 0 at end of file (no writer left); -EAGAIN when it is empty. */
long vfs_pipe_read(struct vfs_node *node, uint8_t *data, size_t length);
/* The same without calling pipe_fs's `changed`: for that hook itself, which hands the bytes to a
 * reader that waits (the server's read hand-off) and then wakes the others. */
long vfs_pipe_take(struct vfs_node *node, uint8_t *data, size_t length);
/* What fits (a write of at most VFS_PIPE_ATOMIC bytes: all or nothing); -EAGAIN when nothing
 * goes in now, -EPIPE when no reader is left. */
long vfs_pipe_write(struct vfs_node *node, const uint8_t *data, size_t length);
/* The last descriptor of an open file on node went: one reader or writer fewer. */
void vfs_pipe_end_closed(struct vfs_node *node, uint32_t flags);

/* vfs_poll.c: readiness of descriptors, as poll() and select() ask; sets are words, bit d for
 * descriptor d. Every descriptor of `descriptors` lands in `invalid` (not open) or gets what it
 * is ready for now; the caller masks readable and writable with what it asked. */
struct vfs_readiness {
    uint64_t readable; /* a read would not wait */
    uint64_t writable; /* a write would not wait */
    uint64_t hangup;   /* pipe read ends with no writer left */
    uint64_t failed;   /* pipe write ends with no reader left */
    uint64_t invalid;  /* not open */
    uint64_t console;  /* the console: its input's readiness is the console server's to say */
};
void vfs_poll(const struct vfs_process *process, uint64_t descriptors, struct vfs_readiness *ready);
/* Whether one of `descriptors` of process is open on node (a pipe that changed). */
bool vfs_poll_watches(const struct vfs_process *process, uint64_t descriptors,
                      const struct vfs_node *node);
/* vfs_random.c: bytes for /dev/random and /dev/urandom. */
void vfs_random_seed(struct vfs *vfs);
void vfs_random_fill(struct vfs *vfs, uint8_t *data, size_t length);
/* random_x86_64.c (the server) or the host test: a hardware random word, false if none; and a
 * word that differs from boot to boot (the time-stamp counter) for the fallback's seed. */
bool vfs_random_hardware(uint64_t *word);
uint64_t vfs_random_entropy(void);

/* vfs_process.c: a process's table: 0, 1 and 2 open on the console. */
int vfs_process_init(struct vfs *vfs, struct vfs_process *process, uint32_t pid, uint32_t parent);
/* Set the file mode creation mask (bits 0777); the previous one. */
uint32_t vfs_umask(struct vfs_process *process, uint32_t mask);
/* Close every descriptor and let go of the working directory. */
void vfs_process_release(struct vfs_process *process);

/* vfs_spawn.c: a spawned child's table (the order: inherit, every action, exec). */
struct vfs_spawn_action {
    uint32_t kind;      /* KOITO_POSIX_SPAWN_ACTION_* */
    int32_t descriptor; /* open: where it lands; close: which; dup2: the source */
    int32_t target;     /* dup2: the descriptor it becomes */
    uint32_t open_flags;
    uint32_t mode;
    const char *path; /* open: the path (no NUL) */
    size_t path_length;
};
/* child (pid 0 until the server knows it) gets parent's id, umask, working directory and every
 * descriptor, sharing the open files, close-on-exec flags kept. */
void vfs_process_inherit(struct vfs_process *child, const struct vfs_process *parent);
/* One file action on child's table; 0 or -errno (-EBADF for a descriptor out of range or a dup2
 * source that is not open, open's errors). Closing a descriptor that is not open is no error. */
int vfs_spawn_action(struct vfs *vfs, struct vfs_process *child,
                     const struct vfs_spawn_action *action);
/* Close the descriptors marked close-on-exec: the program starts. */
void vfs_spawn_exec(struct vfs_process *child);
/* The bytes of the program path names: a regular file with an execute bit (else -EACCES) of the
 * initrd whose bytes start with ELF's magic (else -ENOEXEC); 0, or lookup's errors. */
int vfs_executable(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length,
                   const uint8_t **image, uint64_t *size);

/* vfs_proc.c: /proc. Its root, mounted by vfs_init, holds meminfo; a directory per process the
 * source lists (stat, status, cmdline) is made or removed to match the list whenever a path
 * enters /proc (vfs_lookup calls vfs_proc_refresh), so a process that ended has no name there any
 * more; "self" there names the caller's own directory. Everything is read-only (EROFS). */
int vfs_proc_setup(struct vfs *vfs);
void vfs_proc_refresh(struct vfs *vfs);
/* The entry name of /proc (after a refresh), "self" for process's own; NULL if none. */
struct vfs_node *vfs_proc_find(struct vfs *vfs, const struct vfs_process *process, const char *name,
                               size_t length);
/* Read from a file of /proc: its text, made now, from offset; -ESRCH once its process is gone. */
long vfs_proc_read(struct vfs *vfs, const struct vfs_node *node, uint64_t offset, uint8_t *data,
                   size_t length);
/* vfs_proc_format.c: a file's text (cut at capacity); its length. As Linux's: stat is
 * "pid (name) state ppid pgrp session tty_nr\n" (pgrp and session 0: no process groups here;
 * tty_nr the console's device number when its streams are the console's, else 0); status is
 * "Name:", "State:", "Pid:" and "PPid:" lines; cmdline the arguments (empty for a zombie). */
size_t vfs_proc_format(enum vfs_proc_file file, const struct vfs_proc_info *info, char *text,
                       size_t capacity);
/* meminfo's text: "MemTotal:" and "MemFree:" lines in kB. */
size_t vfs_proc_format_memory(uint64_t total, uint64_t free, char *text, size_t capacity);

/* vfs_descriptor.c: descriptors. The open file of descriptor, NULL if it names none (inline:
 * every read and write asks). */
static inline struct vfs_file *vfs_descriptor_file(struct vfs_process *process, uint64_t descriptor)
{
    if (descriptor >= VFS_DESCRIPTORS)
        return NULL;
    return process->descriptors[descriptor].file;
}
/* Put file at the lowest free descriptor >= lowest; it or -EMFILE. */
int vfs_descriptor_install(struct vfs_process *process, struct vfs_file *file, uint64_t lowest,
                           bool close_on_exec);
int vfs_close(struct vfs_process *process, uint64_t descriptor);
int vfs_dup(struct vfs_process *process, uint64_t descriptor, uint64_t target, uint64_t flags);
long vfs_fcntl(struct vfs_process *process, uint64_t descriptor, uint64_t command,
               uint64_t argument);
int vfs_isatty(struct vfs_process *process, uint64_t descriptor);

/* vfs_open.c */
int vfs_open(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
             size_t length, uint32_t flags, uint32_t mode);
/* vfs_io.c: reads, writes, seeks and truncation. */
long vfs_read(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor, uint8_t *data,
              size_t length);
long vfs_write(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor,
               const uint8_t *data, size_t length);
long vfs_pread(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor, uint8_t *data,
               size_t length, uint64_t offset);
long vfs_pwrite(struct vfs *vfs, struct vfs_process *process, uint64_t descriptor,
                const uint8_t *data, size_t length, uint64_t offset);
int64_t vfs_seek(struct vfs_process *process, uint64_t descriptor, int64_t offset, uint64_t whence);
int vfs_truncate(struct vfs_process *process, uint64_t descriptor, uint64_t size);

/* vfs_stat.c */
void vfs_stat_node(const struct vfs_node *node, struct vfs_stat *status);
int vfs_fstat(struct vfs_process *process, uint64_t descriptor, struct vfs_stat *status);
int vfs_stat(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
             size_t length, struct vfs_stat *status);
int vfs_access(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
               size_t length, uint32_t mode);

/* vfs_attributes.c: chmod, chown and utimensat by path and by descriptor (the node's errors
 * above; -ENOENT, lookup's, -EBADF), and link: a second name `to` for the file `from` (-EPERM
 * for a directory, -EEXIST, -EXDEV, -ENOENT for a file with no name left, -EROFS, -EACCES,
 * -ENOSPC, lookup's); vfs_link_node names node itself (linkat's AT_EMPTY_PATH). */
int vfs_chmod(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t mode);
int vfs_fchmod(struct vfs_process *process, uint64_t descriptor, uint32_t mode);
int vfs_chown(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t owner, uint32_t group);
int vfs_fchown(struct vfs_process *process, uint64_t descriptor, uint32_t owner, uint32_t group);
int vfs_utimens(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
                size_t length, const struct vfs_time times[2]);
int vfs_futimens(struct vfs_process *process, uint64_t descriptor, const struct vfs_time times[2]);
int vfs_link(struct vfs *vfs, struct vfs_process *process, struct vfs_node *from_at,
             const char *from_path, size_t from_length, struct vfs_node *to_at, const char *to_path,
             size_t to_length);
int vfs_link_node(struct vfs *vfs, struct vfs_process *process, struct vfs_node *node,
                  struct vfs_node *at, const char *path, size_t length);

/* vfs_namespace.c: names. */
int vfs_mkdir(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length, uint32_t mode);
int vfs_rmdir(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
              size_t length);
int vfs_unlink(struct vfs *vfs, struct vfs_process *process, struct vfs_node *at, const char *path,
               size_t length);
int vfs_rename(struct vfs *vfs, struct vfs_process *process, struct vfs_node *from_at,
               const char *from, size_t from_length, struct vfs_node *to_at, const char *to,
               size_t to_length);

/* vfs_directory.c: reading directories and the working directory. */
long vfs_readdir(struct vfs_process *process, uint64_t descriptor, uint64_t *inode, uint64_t *type,
                 char *name, size_t capacity);
long vfs_getcwd(struct vfs *vfs, struct vfs_process *process, char *buffer, size_t capacity);
int vfs_chdir(struct vfs *vfs, struct vfs_process *process, const char *path, size_t length);
/* fchdir: the directory descriptor names becomes the working directory; -EBADF, -ENOTDIR,
 * -EACCES (no search permission), as chdir's. */
int vfs_fchdir(struct vfs_process *process, uint64_t descriptor);

#endif
