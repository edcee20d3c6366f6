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

/* Where a process record is in its life (posix_process.c). A child started by posix_spawn is
 * `spawned`: when it ends, its record keeps only how it ended (a zombie, `ended`, its
 * descriptors closed at once) until its parent collects it with wait, or the parent is gone. */
struct posix_life {
    bool spawned;
    bool ended;
    uint8_t signal;    /* the signal kill() ended it with, 0 if none */
    uint32_t status;   /* once ended: the wait status (exit status << 8, or the signal) */
    uint64_t cpu_time; /* once ended: its processor time in nanoseconds, as init reported it */
    /* Processor time of its children that ended and were waited for, with their own children's
     * (their cpu_time and children_cpu_time), in nanoseconds. */
    uint64_t children_cpu_time;
};

/* The signals of one process (posix_signal.c): what it told the server to do with each
 * (signal_routes; bit n - 1 is signal n) and the signals pending for it, with what signal_next
 * reports of each. */
struct posix_signal_info {
    uint32_t sender; /* the process that sent it (the child for SIGCHLD), 0: the server */
    uint8_t code;    /* KOITO_POSIX_SIGNAL_CODE_* */
    uint32_t value;  /* SIGCHLD: the child's exit status or its signal */
};

struct posix_signals {
    uint64_t catching;
    uint64_t ignoring;
    uint64_t pending;
    struct posix_signal_info info[64];
};

/* A read the server finishes for a process once its pipe has bytes (posix_handoff.c): the open
 * file of the pipe's read end and its node (compared, never followed: the process's descriptor
 * is looked up again), the descriptor, the most bytes to read; file NULL when none waits. */
struct posix_handoff {
    const struct vfs_file *file;
    const struct vfs_node *node;
    uint64_t descriptor;
    uint64_t max;
};

/* What /proc and ps show of a record's process (posix_proc.c): its file's base name (cut as
 * Linux's 16-byte comm is), its arguments (heap, NUL-separated; NULL if unknown), whether its
 * standard streams are the console's, and whether it waits for a child (a waitpid the server told
 * to wait). */
#define POSIX_COMMAND_NAME 16u
struct posix_command {
    char name[POSIX_COMMAND_NAME];
    char *arguments;
    uint32_t arguments_length;
    bool console;
    bool waits_for_child;
};

/* The process group and session of one record (posix_group.c); zero while the record is free. */
struct posix_group {
    uint32_t group;
    uint32_t session;
};

struct posix_service {
    struct vfs vfs;
    struct koito_server loop;
    /* The initrd the VFS's root is built from, as init mapped it (spawned files lie inside). */
    const uint8_t *initrd;
    uint64_t initrd_size;
    struct vfs_process processes[POSIX_SERVICE_PROCESSES];
    bool used[POSIX_SERVICE_PROCESSES];
    struct posix_life life[POSIX_SERVICE_PROCESSES];
    /* The first of each record's shared-buffer frame slots, 0 before it has one. */
    uint64_t buffer_first[POSIX_SERVICE_PROCESSES];
    /* Each record's events notification's slot (posix_pipe.c), 0 before it has one, and the pipe
     * its process was told to wait on (compared, never followed), NULL if none. */
    uint64_t events[POSIX_SERVICE_PROCESSES];
    const struct vfs_node *waits_on[POSIX_SERVICE_PROCESSES];
    /* Each record's signals, and the slot of its signal notification (0 before it has one; kept
     * for the record's next process, like the events notification). */
    struct posix_signals signals[POSIX_SERVICE_PROCESSES];
    uint64_t signal_port[POSIX_SERVICE_PROCESSES];
    /* The descriptors a process waits on through poll (posix_poll.c), bit d for descriptor d;
     * 0 when it does not. */
    uint64_t polls[POSIX_SERVICE_PROCESSES];
    /* The read_handoff each record's process waits in (posix_handoff.c). */
    struct posix_handoff handoffs[POSIX_SERVICE_PROCESSES];
    /* Bit i: record i waits (waits_on, polls or a hand-off set), so a pipe's change looks at
     * those alone. */
    uint64_t waiting[POSIX_SERVICE_PROCESSES / 64];
    /* Each record's process group and session, and the console as a terminal: the session it is
     * the controlling terminal of (0: none yet) and that session's foreground group
     * (posix_group.c). */
    struct posix_group groups[POSIX_SERVICE_PROCESSES];
    uint32_t terminal_session;
    uint32_t foreground;
    /* Where the record of a pid was last found, by pid % POSIX_SERVICE_PROCESSES: every request
     * looks its caller up, and init numbers processes in turn, so the hint is nearly always
     * right; a wrong one (a record released or another pid's) costs the scan it saves. */
    uint16_t hint[POSIX_SERVICE_PROCESSES];
    struct posix_command commands[POSIX_SERVICE_PROCESSES];
};

/* The process record of pid, made on first use; when the table is full, the records of processes
 * that ended are released first. NULL when it is still full. Every request asks, so the hint's
 * check is inline and the rest (a scan, perhaps a new record) is not. */
struct vfs_process *posix_service_process_slow(struct posix_service *service, uint64_t pid);

static inline struct vfs_process *posix_service_process(struct posix_service *service, uint64_t pid)
{
    unsigned hinted = service->hint[pid % POSIX_SERVICE_PROCESSES];
    if (service->used[hinted] && service->processes[hinted].pid == pid)
        return &service->processes[hinted];
    return posix_service_process_slow(service, pid);
}

/* A core's error (a negated errno, or VFS_CONSOLE_INPUT) as the protocol's. */
enum koito_posix_error posix_result_error(long value);

/* A core's result (0 or a count, or a negated errno) as the protocol's error: success inline, as
 * every request ends (forced: clang otherwise calls it out of line from io_result, six
 * instructions on every read and write). */
static inline __attribute__((always_inline)) enum koito_posix_error posix_result(long value)
{
    return value >= 0 ? KOITO_POSIX_OK : posix_result_error(value);
}

/* A handler's first lines: `service` from its context, `name` the calling process's record by
 * the badge, ENOMEM when the table is full. */
#define POSIX_CALLER(name)                                                                         \
    struct posix_service *service = context;                                                       \
    struct vfs_process *name = posix_service_process(service, badge);                              \
    if (name == NULL)                                                                              \
        return KOITO_POSIX_ERROR_ENOMEM;

/* The stat reply's words beyond the first six (fstat's, stat's and fstatat's results, in their
 * order), and posix_stat_out's arguments as a handler names them. */
#define POSIX_STAT_OUT_TAIL                                                                        \
    uint64_t *owner, uint64_t *group, uint64_t *access_seconds, uint64_t *access_nanoseconds,      \
        uint64_t *modify_seconds, uint64_t *modify_nanoseconds, uint64_t *change_seconds,          \
        uint64_t *change_nanoseconds
#define POSIX_STAT_OUT_ARGUMENTS                                                                   \
    device, inode, mode, links, size, device_number, owner, group, access_seconds,                 \
        access_nanoseconds, modify_seconds, modify_nanoseconds, change_seconds, change_nanoseconds
/* posix_service.c: status into a stat reply's words. */
void posix_stat_out(const struct vfs_stat *status, uint64_t *device, uint64_t *inode,
                    uint64_t *mode, uint64_t *links, uint64_t *size, uint64_t *device_number,
                    POSIX_STAT_OUT_TAIL);

/* posix_service.c: the two times of a utimens, futimens or utimensat request; false when a
 * nanoseconds word cannot be one. */
bool posix_times_in(uint64_t access_seconds, uint64_t access_nanoseconds, uint64_t modify_seconds,
                    uint64_t modify_nanoseconds, struct vfs_time times[2]);

/* posix_at.c: the *at requests: openat, fstatat, unlinkat, mkdirat, renameat, faccessat,
 * fchmodat, utimensat, fchownat, linkat, and fchdir. utimensat, fchownat and linkat are cold:
 * koito_posix_serve inlines every request's dispatch into one loop, and their many arguments
 * otherwise cost the hot requests registers (a write took 5 more instructions, 592 for 587). */
enum koito_posix_error posix_openat_request(void *context, uint64_t badge, uint64_t directory,
                                            uint64_t flags, uint64_t mode, const uint8_t *path,
                                            uint64_t path_length, uint64_t *descriptor);
enum koito_posix_error posix_fstatat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t flags, const uint8_t *path,
                                             uint64_t path_length, uint64_t *device,
                                             uint64_t *inode, uint64_t *mode, uint64_t *links,
                                             uint64_t *size, uint64_t *device_number,
                                             POSIX_STAT_OUT_TAIL);
enum koito_posix_error posix_unlinkat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t flags, const uint8_t *path,
                                              uint64_t path_length);
enum koito_posix_error posix_mkdirat_request(void *context, uint64_t badge, uint64_t directory,
                                             uint64_t mode, const uint8_t *path,
                                             uint64_t path_length);
enum koito_posix_error posix_renameat_request(void *context, uint64_t badge,
                                              uint64_t from_directory, uint64_t to_directory,
                                              uint64_t from_length, const uint8_t *paths,
                                              uint64_t paths_length);
enum koito_posix_error posix_faccessat_request(void *context, uint64_t badge, uint64_t directory,
                                               uint64_t mode, uint64_t flags, const uint8_t *path,
                                               uint64_t path_length);
enum koito_posix_error posix_fchmodat_request(void *context, uint64_t badge, uint64_t directory,
                                              uint64_t mode, uint64_t flags, const uint8_t *path,
                                              uint64_t path_length);
__attribute__((cold)) enum koito_posix_error
posix_utimensat_request(void *context, uint64_t badge, uint64_t directory, uint64_t flags,
                        uint64_t access_seconds, uint64_t access_nanoseconds,
                        uint64_t modify_seconds, uint64_t modify_nanoseconds, const uint8_t *path,
                        uint64_t path_length);
__attribute__((cold)) enum koito_posix_error
posix_fchownat_request(void *context, uint64_t badge, uint64_t directory, uint64_t owner,
                       uint64_t group, uint64_t flags, const uint8_t *path, uint64_t path_length);
__attribute__((cold)) enum koito_posix_error
posix_linkat_request(void *context, uint64_t badge, uint64_t from_directory, uint64_t to_directory,
                     uint64_t flags, uint64_t from_length, const uint8_t *paths,
                     uint64_t paths_length);
enum koito_posix_error posix_fchdir_request(void *context, uint64_t badge, uint64_t descriptor);

/* posix_buffer.c: the server's mapping of process's shared buffer, NULL before it has one. */
uint8_t *posix_buffer_of(struct posix_service *service, const struct vfs_process *process);
/* The server's capability to frame index of process's buffer, made (with the rest) on first use. */
enum koito_posix_error posix_buffer_frame(struct posix_service *service,
                                          const struct vfs_process *process, uint64_t index,
                                          a9n_descriptor_t *frame);

/* The record of pid if there is one (a zombie's too), else NULL. */
struct vfs_process *posix_service_find(struct posix_service *service, uint64_t pid);
/* A free record's index, releasing ended processes' records first when the table is full;
 * POSIX_SERVICE_PROCESSES if it is still full. */
unsigned posix_service_free_entry(struct posix_service *service);
/* Let go of record index: its descriptors, working directory and buffer contents. */
void posix_service_release(struct posix_service *service, unsigned index);

/* posix_process.c: processes: the spawn, wait and kill requests (handlers of the protocol). */
enum koito_posix_error posix_spawn_request(void *context, uint64_t badge, uint64_t size,
                                           uint64_t *child);
enum koito_posix_error posix_wait_request(void *context, uint64_t badge, uint64_t process,
                                          uint64_t options, uint64_t *child, uint64_t *status);
enum koito_posix_error posix_kill_request(void *context, uint64_t badge, uint64_t process,
                                          uint64_t signal);
/* Release the records of parent's children that ended: nobody will wait for them. */
void posix_orphans_release(struct posix_service *service, uint32_t parent);
/* Learn from init how the spawned children that ended did, releasing what they held (and the
 * records nobody can wait for any more). */
void posix_children_collect(struct posix_service *service);
/* Collect ended children as soon as init signals the server's KOITO_SLOT_CHILDREN (bound to the
 * serving thread, after the loop is set up); the kernel's error if it cannot be bound. */
enum a9n_error posix_children_watch(struct posix_service *service);

/* Whether the process ancestor is target or started it (or an ancestor of it): whom a process
 * may signal. */
bool posix_process_descends(struct posix_service *service, const struct vfs_process *target,
                            uint32_t ancestor);

/* posix_group.c: process groups, sessions and the console's foreground group. */
enum koito_posix_error posix_get_group_request(void *context, uint64_t badge, uint64_t process,
                                               uint64_t *group, uint64_t *session);
enum koito_posix_error posix_set_group_request(void *context, uint64_t badge, uint64_t process,
                                               uint64_t group);
enum koito_posix_error posix_new_session_request(void *context, uint64_t badge, uint64_t *session);
enum koito_posix_error posix_foreground_request(void *context, uint64_t badge, uint64_t descriptor,
                                                uint64_t *group);
enum koito_posix_error posix_set_foreground_request(void *context, uint64_t badge,
                                                    uint64_t descriptor, uint64_t group);
enum koito_posix_error posix_kill_group_request(void *context, uint64_t badge, uint64_t group,
                                                uint64_t signal);
/* Record index (a process the configuration started) leads a session and a group of its own. */
void posix_group_lead(struct posix_service *service, unsigned index);
/* Record index is let go: its group goes, and the console is free again if it led the session
 * the console belonged to. */
void posix_group_forget(struct posix_service *service, unsigned index);
/* A spawn's group (KOITO_POSIX_SPAWN_ACTION_GROUP; 0: the child's own, -1: none asked): 0, or
 * -EINVAL for a negative one, -EPERM for one not in the session of record parent. */
int posix_group_spawn_check(const struct posix_service *service, unsigned parent, int64_t group);
/* Record child, just spawned by record parent, joins its session and group, or the one asked. */
void posix_group_spawned(struct posix_service *service, unsigned parent, unsigned child,
                         int64_t group);
/* The bits the console signalled on the server's notification: SIGINT (bit SIGINT) or SIGQUIT
 * (bit SIGQUIT) to each process of the foreground group. */
void posix_terminal_notified(struct posix_service *service, uint64_t bits);
/* Hand the console the notifications for ^C and ^\ (console signal_to), when the server's
 * standard input is the console's; a refusal leaves the console's signals to nobody. */
void posix_terminal_watch(void);

/* posix_signal.c: signals: the signals, signal_routes and signal_next requests. */
enum koito_posix_error posix_signals_request(void *context, uint64_t badge,
                                             a9n_descriptor_t *notification);
enum koito_posix_error posix_signal_routes_request(void *context, uint64_t badge, uint64_t catching,
                                                   uint64_t ignoring);
enum koito_posix_error posix_signal_next_request(void *context, uint64_t badge, uint64_t *signal,
                                                 uint64_t *code, uint64_t *sender, uint64_t *value);
/* Whether signal is one of the stop signals, which kill refuses (no job control: EINVAL). */
bool posix_signal_stops(uint64_t signal);
/* Send signal (1..64) to the process of record index: dropped if it ignores it, pending (and its
 * notification signalled) if it catches it, else the default action, which may end it; false
 * when that would end a process the configuration started, which the server cannot end. */
bool posix_signal_send(struct posix_service *service, unsigned index, unsigned signal,
                       const struct posix_signal_info *info);
/* posix_process.c: end the spawned process of record index as killed by signal, through init,
 * and collect it; a process the configuration started is left alone (false). */
bool posix_process_end(struct posix_service *service, unsigned index, unsigned signal);

/* posix_pipe.c: pipes: the pipe and events requests, and the pipe_wait answer. */
/* Wake the processes that wait on a pipe whenever one changes (vfs_fs.changed of pipe_fs). */
void posix_pipes_init(struct posix_service *service);
enum koito_posix_error posix_pipe_request(void *context, uint64_t badge, uint64_t flags,
                                          uint64_t *read_end, uint64_t *write_end);
/* posix_pipe.c: the notification of the caller's record kept in slots (one per record: the
 * events or the signal notification), made on first use and kept for the record's next
 * process; signalled at once, then handed to the caller. ENOMEM for an unknown caller or when
 * no notification can be made. */
enum koito_posix_error posix_record_notification(struct posix_service *service, uint64_t badge,
                                                 uint64_t *slots, a9n_descriptor_t *notification);
enum koito_posix_error posix_events_request(void *context, uint64_t badge,
                                            a9n_descriptor_t *notification);
/* The answer to a read or write of descriptor that got VFS_PIPE_WAIT: process waits on its pipe. */
enum koito_posix_error posix_pipe_wait(struct posix_service *service, struct vfs_process *process,
                                       uint64_t descriptor);
/* Note or forget that record index waits (on a pipe, or through poll on a set of descriptors). */
void posix_wait_on(struct posix_service *service, unsigned index, const struct vfs_node *pipe,
                   uint64_t polls);
/* Set or clear record index's bit of `waiting` from what it waits on. */
void posix_waiting_update(struct posix_service *service, unsigned index);
/* Signal record index's events notification, if it has one. */
void posix_events_signal(struct posix_service *service, unsigned index);

/* posix_handoff.c: the read_handoff and read_handoff_cancel requests, and the hand-off itself. */
enum koito_posix_error posix_read_handoff_request(void *context, uint64_t badge,
                                                  uint64_t descriptor, uint64_t max,
                                                  uint64_t *count);
enum koito_posix_error posix_read_handoff_cancel_request(void *context, uint64_t badge);
/* Finish the hand-offs that wait on node, a pipe that changed, as far as it has bytes (or has no
 * writer left); part of pipe_fs's `changed`, before the other waiting processes are woken. */
void posix_handoff_deliver(struct posix_service *service, const struct vfs_node *node);
/* Forget record index's hand-off, finished or not (its process asked anew, or is gone). */
void posix_handoff_forget(struct posix_service *service, unsigned index);

/* posix_poll.c: the poll request: readiness now; with wait and nothing ready, the process is
 * woken (its events notification) when a pipe among the descriptors changes. */
enum koito_posix_error posix_poll_request(void *context, uint64_t badge, uint64_t descriptors,
                                          uint64_t read_set, uint64_t write_set, uint64_t wait,
                                          uint64_t *readable, uint64_t *writable, uint64_t *hangup,
                                          uint64_t *failed, uint64_t *invalid, uint64_t *console);

/* posix_proc.c: the records behind /proc (the VFS's proc source, set up by posix_proc_init). */
void posix_proc_init(struct posix_service *service);
/* Record index's command: the base name of path, and argv (length bytes, each NUL-terminated);
 * without memory for argv, the arguments stay unknown (an empty cmdline). */
void posix_command_set(struct posix_service *service, unsigned index, const char *path,
                       const char *arguments, size_t length);
/* Forget record index's command (its record is released). */
void posix_command_clear(struct posix_service *service, unsigned index);
/* Learn record index's command from init (a process the server did not start). */
void posix_command_describe(struct posix_service *service, unsigned index);
/* Bring the records of the processes the server serves without having started them in step with
 * init's: a record for each that runs, none for one that ended (nobody can wait for it). */
void posix_configured_sync(struct posix_service *service);

/* posix_usage.c: the usage request: the server's heap, session and records in use. */
enum koito_posix_error posix_children_cpu_time_request(void *context, uint64_t badge,
                                                       uint64_t *nanoseconds);
enum koito_posix_error posix_usage_request(void *context, uint64_t badge, uint64_t *heap,
                                           uint64_t *session, uint64_t *records);

/* posix_alive.c: whether process pid still runs (its supervisor, init, knows); true when init
 * cannot say, so nothing is released by mistake. */
bool posix_process_alive(uint64_t pid);
/* posix_alive.c: the processor time running process pid has used, in nanoseconds (init reads
 * the kernel's count); 0 when init cannot say. */
uint64_t posix_process_cpu_time(uint64_t pid);

/* Serve port until the kernel refuses to receive on it; that error. */
enum a9n_error posix_service_run(struct posix_service *service, a9n_descriptor_t port,
                                 uint64_t *ipc_buffer);

#endif
