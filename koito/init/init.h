/*
 * KOITO init: the first process (KOITO, koito/init; internal header shared by init's files).
 *
 * Init receives every initial capability from the kernel (<a9n/root_info.h>), reads the boot
 * configuration (koito/config) from the initrd and builds each program there as a process
 * (<koito/process.h>), then supervises them over one IPC port: exits, faults and object requests.
 *
 * Init's own capability space: its root node as the kernel made it, plus one bookkeeping node
 * (radix INIT_BOOK_RADIX, in the first free slot of the root node) holding
 *   INIT_BOOK_PORT                the supervisor port
 *   INIT_BOOK_SCRATCH_TABLES...   page tables of init's window (the 2 MiB at INIT_SCRATCH_ADDRESS)
 *   INIT_BOOK_CONSOLE_OUTPUT/INPUT the console server's two ports (streams.c)
 *   INIT_BOOK_MEMORY_*            the ULMMI port, the root session, two slots for a moment
 *   INIT_BOOK_FIRST_RESERVE...    the memory init keeps when ULMM takes the rest (memory.c)
 *   INIT_BOOK_FIRST_NAMED...      the named ports and notifications of grants
 *   INIT_BOOK_FIRST_PROCESS...    for process-table entry p, INIT_BOOK_PROCESS_SLOTS slots:
 *                                 its memory block (a generic), its node, its holding node and,
 *                                 for a POSIX server, its KOITO_SLOT_CHILDREN badged
 *                                 KOITO_CHILDREN_SERVED_ENDED
 * Each process gets a block of generic memory of its own; every kernel object of the process is
 * made from it (the program's node and everything in it, the holding node with the frames and page
 * tables of its address space), so revoking the block ends the process and returns all of it. The
 * block itself stays with the table entry for the next process of the same size.
 */
#ifndef KOITO_INIT_H
#define KOITO_INIT_H

#include "config.h"
#include "loader.h"

#include <a9n/a9n.h>
#include <koito/process.h>
#include <stdbool.h>
#include <stdint.h>

#define INIT_BOOK_RADIX          12u
#define INIT_BOOK_PORT           1u
#define INIT_BOOK_SCRATCH_TABLES 2u /* three slots */
#define INIT_BOOK_MEMORY_PORT    5u
#define INIT_BOOK_MEMORY_ROOT    6u
#define INIT_BOOK_FIRST_RESERVE  9u
#define INIT_MAX_RESERVE         7u
#define INIT_BOOK_CONSOLE_OUTPUT 80u
#define INIT_BOOK_CONSOLE_INPUT  81u
#define INIT_BOOK_FIRST_NAMED    16u
#define INIT_MAX_NAMED           64u
#define INIT_BOOK_FIRST_PROCESS  256u
#define INIT_BOOK_PROCESS_SLOTS  4u
#define INIT_MAX_PROCESSES       128u
/* The program's node: 2^(memory bits - 12) slots, within these bounds. */
#define INIT_CHILD_RADIX_MIN     8u
#define INIT_CHILD_RADIX_MAX     12u
#define INIT_STACK_SIZE          (64u * 1024u)
/* A POSIX child's session gets this part of its parent's session quota, from the parent's. */
#define INIT_SPAWN_QUOTA_DIVIDE  8u
/* Init's window: 2 MiB of its own address space under one set of page tables. Its first page is
 * the scratch page (frames being filled); from INIT_SPAWN_WINDOWS on, the POSIX servers' spawn
 * areas, read-only, each at init_posix_spawn_window() (posix.c). */
#define INIT_SCRATCH_ADDRESS     0x00007f0000000000ull
#define INIT_SPAWN_WINDOWS       (INIT_SCRATCH_ADDRESS + 0x100000ull)
#define INIT_SPAWN_WINDOW_SPAN   0x4000u /* KOITO_SPAWN_AREA_SIZE and a page unmapped */
#define INIT_SPAWN_AREA_PAGES    (KOITO_SPAWN_AREA_SIZE / KOITO_LOADER_PAGE)
#define INIT_PIE_BASE            0x0000000200000000ull
#define INIT_MAX_ENDED           128u

/* A badge of the supervisor port: the process id, and whether the holder may start programs. */
#define INIT_BADGE_PID_MASK 0xffffffffull
#define INIT_BADGE_SPAWN    (1ull << 40)
/* ... or that it is ULMM: ready, or forwarding a fault it could not resolve
 * (<koito/memory_manager.h>). */
#define INIT_BADGE_FORWARD  (1ull << 41)

enum init_process_state {
    INIT_PROCESS_FREE = 0,
    INIT_PROCESS_RUNNING = 1,
};

struct init_process {
    enum init_process_state state;
    uint32_t pid;
    uint32_t spawner; /* pid of the program that asked for it, 0 if the configuration did */
    unsigned program; /* index in the configuration */
    unsigned instance;
    unsigned restarts;
    char name[KOITO_CONFIG_NAME_MAX + 8];
    unsigned block_bits;        /* size of the entry's memory block, 0 if it has none */
    unsigned child_radix;       /* of the program's node */
    unsigned hold_radix;        /* of the holding node: one slot for each page the block can give */
    unsigned hold_next;         /* next free slot of the holding node */
    enum koito_streams streams; /* what its standard stream slots hold */
    uint32_t posix_parent;      /* the POSIX process that spawned it (posix_spawn.c), else 0 */
    bool posix_port;            /* it holds an OS port to its POSIX server (posix.c) */
    uint64_t session;           /* its ULMM session's handle, 0 if it has none */
    uint64_t quota;             /* bytes its session was opened with */
    uint32_t payer;             /* the process whose quota paid for the session, 0: the root's */
    /* Faults the process handles itself (fault.c): the signals it catches among
     * KOITO_FAULT_SIGNALS, and its main thread's last fault handed to it (words 0..3). */
    uint64_t fault_signals;
    bool fault_held; /* fault is waiting for the process to take it */
    uint64_t fault[4];
};

/* What a process is started from: a configured program's file, arguments and environment and its
 * grants (process.c), or those of a POSIX spawn request, which has no grants (posix_spawn.c). */
struct init_launch {
    const char *path;
    const uint8_t *file;
    uint64_t size;
    unsigned argc;
    const char *const *argv;
    unsigned envc;
    const char *const *envp;
    unsigned grant_count; /* the program's grants given: all of them, or 0 */
    uint32_t posix_parent;
    uint64_t signal_mask;    /* KOITO_AUX_SIGNAL_MASK: what posix_spawn gave, else 0 */
    uint64_t signal_ignored; /* KOITO_AUX_SIGNAL_IGNORED: likewise */
};

/* How a process ended, kept until its spawner collects it. */
struct init_ended {
    uint32_t pid;
    uint32_t spawner;
    bool killed;
    uint64_t value;    /* the exit status, or the fault kind */
    uint64_t detail;   /* for a fault, its architecture detail (word 3) */
    uint64_t cpu_time; /* its processor time in nanoseconds (its address space's count) */
};

struct init_state {
    const struct a9n_root_info *root;
    unsigned root_radix;
    unsigned book_slot; /* the bookkeeping node's slot in the root node */
    struct koito_config config;
    const uint8_t *initrd;
    uint64_t initrd_size;
    struct koito_clock clock; /* what every information block carries (clock.c) */
    uint32_t next_pid;
    unsigned running;
    struct init_process processes[INIT_MAX_PROCESSES];
    struct init_ended ended[INIT_MAX_ENDED];
    unsigned ended_next;
    unsigned named_count;
    struct {
        char name[KOITO_CONFIG_NAME_MAX];
        enum koito_config_grant_kind kind;
    } named[INIT_MAX_NAMED];
    bool init_program_ended;
    int init_program_status;
    /* The memory manager (memory.c). */
    uint32_t memory_pid; /* 0 if none was started */
    bool memory_ready;   /* it sent the root session */
    bool memory_lost;    /* it ended: the system cannot go on */
    unsigned reserve_count;
};

extern struct init_state init;

/* cspace.c: init's own slots and memory. */
a9n_descriptor_t init_root_slot(unsigned index);
/* The pool address-space identifiers come from (every conversion names it; only address spaces
 * take from it). */
a9n_descriptor_t init_identifier_pool(void);
a9n_descriptor_t init_book_slot(unsigned index);
/* The bookkeeping node itself (for conversions into it). */
a9n_descriptor_t init_book_node(void);
enum a9n_error init_cspace_setup(void);
/* A root generic of general memory: neither reclaimable nor device memory. */
bool init_generic_is_general(const struct a9n_root_generic *generic);
/* Make count objects from init's general memory into bookkeeping slots index.. */
enum a9n_error init_convert(enum a9n_object_type type, unsigned size_bits, unsigned count,
                            unsigned index);
/* Sum of the free bytes of every generic init holds (its reserve and the blocks included). */
uint64_t init_free_memory(void);
/* Map frame in init's window at address (inside it) with rights, making the window's page
 * tables the first time. */
enum a9n_error init_window_map(a9n_descriptor_t frame, uint64_t address, a9n_rights_t rights);
/* Map frame at init's scratch address (read and write) and unmap it again. */
enum a9n_error init_scratch_map(a9n_descriptor_t frame);
enum a9n_error init_scratch_unmap(a9n_descriptor_t frame);

/* process.c: the process table, building and tearing down. */
a9n_descriptor_t init_process_slot(const struct init_process *process, unsigned index);
a9n_descriptor_t init_process_hold_slot(const struct init_process *process, unsigned index);
a9n_descriptor_t init_process_block(const struct init_process *process);
a9n_descriptor_t init_process_node(const struct init_process *process);
a9n_descriptor_t init_process_hold_node(const struct init_process *process);
/* A POSIX server's KOITO_SLOT_CHILDREN, badged KOITO_CHILDREN_SERVED_ENDED (posix.c makes it). */
a9n_descriptor_t init_process_served_ended(const struct init_process *process);
/* Start instance `instance` of configured program `program`; its pid, or 0 after reporting why. */
uint32_t init_process_start(unsigned program, unsigned instance, uint32_t spawner);
/* Start a process named name from launch, with the memory, priority and streams of configured
 * program `program`; its pid, or 0 after reporting why (*refused, unless NULL, says whether the
 * loader refused the file). */
uint32_t init_process_launch(unsigned program, unsigned instance, uint32_t spawner,
                             const char *name, const struct init_launch *launch, bool *refused);
struct init_process *init_process_find(uint32_t pid);
/* End a process: report, tear down, restart or record as the policy says. */
void init_process_end(struct init_process *process, bool killed, uint64_t value,
                      const uint64_t *fault_words);

/* fault.c: a fault of one of the process's threads (the message's words 0..3): handed to the
 * process when its main thread faulted and it catches the fault's signal, else it ends it. */
void init_fault(struct init_process *process, const uint64_t *words);
/* fault.c: KOITO_SUPERVISOR_FAULTS, _FAULT and _FAULT_END from the process itself. */
enum a9n_error init_fault_catch(struct init_process *process, uint64_t signals);
enum a9n_error init_fault_take(struct init_process *process, uint64_t words[4]);
enum a9n_error init_fault_end(struct init_process *process);

/* image.c: the address space of a process. */
enum a9n_error init_image_map(struct init_process *process, a9n_descriptor_t frame,
                              uint64_t address, a9n_rights_t rights);
/* Load the checked image; on failure the process's memory is left for teardown. */
enum a9n_error init_image_load(struct init_process *process, const struct koito_loader_plan *plan);
/* Make and map fresh zeroed pages [address, address + size) with rights. */
enum a9n_error init_image_map_fresh(struct init_process *process, uint64_t address, uint64_t size,
                                    a9n_rights_t rights);
/* Make frames for `size` bytes, fill them from `bytes` and map them at address with rights. */
enum a9n_error init_image_map_copy(struct init_process *process, uint64_t address,
                                   const void *bytes, uint64_t size, a9n_rights_t rights);
/* Map the initrd's own frames read-only at address (plus the initrd's offset in its first page),
 * through copies in the holding node that carry only the read right: the POSIX server serves its
 * root from them, so the initrd is in memory once. */
enum a9n_error init_image_share_initrd(struct init_process *process, uint64_t address);
/* Make fresh frames for `size` bytes, map them read-write in the process at address and
 * read-only in init's window at window, through copies in the holding node that carry only the
 * read right: init's view goes when the process does. */
enum a9n_error init_image_share_with_init(struct init_process *process, uint64_t address,
                                          uint64_t size, uint64_t window);

/* info_block.c: the information block; its size, or 0 if it does not fit. */
uint64_t init_info_block_build(uint8_t *block, uint64_t capacity,
                               const struct koito_config_program *program,
                               const struct init_launch *launch, const struct init_process *process,
                               const struct koito_loader_plan *plan, unsigned first_free_slot);

/* grants.c: the slot of the program's node grant `index` goes to. */
unsigned init_grant_slot(const struct koito_config_program *program, unsigned index);
/* grants.c: the granted capabilities; the number of slots used, or -1 after reporting why. */
int init_grants_give(struct init_process *process, const struct koito_config_program *program);

/* posix.c: the POSIX servers' part of a new process: the shared initrd for a server itself, the
 * badged OS port of its server for every program started after that. */
enum a9n_error init_posix_prepare(struct init_process *process,
                                  const struct koito_config_program *program);
/* posix_spawn.c: KOITO_SUPERVISOR_START and _END from asker (only the POSIX server may ask). */
enum a9n_error init_posix_start(const struct init_process *asker, const struct a9n_message *message,
                                uint32_t *pid);
enum a9n_error init_posix_end(const struct init_process *asker, uint64_t pid);
/* posix.c: the configured program (its index) whose POSIX server serves program's processes,
 * -1 if none does. */
int init_posix_server_of(unsigned program);
/* posix.c: where init sees the spawn area of POSIX server `server` (a process of a role = posix
 * program: one instance at most, so its program's index picks the place). */
uint64_t init_posix_spawn_window(const struct init_process *server);
/* posix.c: whether server is a POSIX server and serves process. */
bool init_posix_serves(const struct init_process *server, const struct init_process *process);
/* posix.c: KOITO_SUPERVISOR_ALIVE from asker: whether pid runs (only the POSIX server asks). */
enum a9n_error init_posix_alive(const struct init_process *asker, uint64_t pid, uint64_t *alive);
/* posix.c: KOITO_SUPERVISOR_CPU_TIME from asker: the processor time of pid, a running process
 * asker serves (only the POSIX server asks). */
enum a9n_error init_posix_cpu_time(const struct init_process *asker, uint64_t pid,
                                   uint64_t *nanoseconds);
/* process.c: the processor time of a running process, in nanoseconds: the kernel's count for its
 * address space (every thread that ran in it); 0 if the kernel will not say. */
uint64_t init_process_cpu_time(const struct init_process *process);
/* posix_describe.c: KOITO_SUPERVISOR_DESCRIBE from asker, answered on port. */
void init_posix_describe(a9n_descriptor_t port, const struct init_process *asker, uint64_t from);
/* posix_describe.c: a process the configuration started ended: its POSIX server, if it has one,
 * learns it (KOITO_CHILDREN_SERVED_ENDED). */
void init_posix_served_ended(const struct init_process *ended);
/* grants.c: the bookkeeping slot of the named port or notification name, 0 if none was made. */
unsigned init_grant_named(const char *name);
/* streams.c: the standard streams and the console server. */
/* What a process of `program` gets in its standard stream slots, if started now. */
enum koito_streams init_streams_kind(const struct koito_config_program *program);
/* Put them into the process's node. */
enum a9n_error init_streams_give(const struct init_process *process, enum koito_streams kind);
/* One of the console's ports (KOITO_CONFIG_GRANT_CONSOLE_OUTPUT or _INPUT), to grant. */
a9n_descriptor_t init_console_port(enum koito_config_grant_kind kind);
/* Make the console's ports and start the role = console program, if there is one. */
void init_console_start(void);
/* The console server ended for good: its ports go, and with them every program's streams. */
void init_console_ended(void);
/* memory.c: the memory manager. */
bool init_memory_configured(void);
/* Start it, if configured, and wait until it is ready; false after reporting why it is not. */
bool init_memory_start(void);
/* The memory manager's own slots (<koito/memory_manager.h>) and the general memory. */
enum a9n_error init_memory_grants(struct init_process *process);
/* memory.c: cut what is left of generic into the largest pieces it allows, without the physical
 * right, into ULMM's generics node from slot count on; the next free slot. */
unsigned init_memory_cut(a9n_descriptor_t generic, a9n_descriptor_t generics_node, unsigned count);
/* reclaim.c: once nothing can start a program from the initrd any more (no POSIX server, no spawn
 * grant, no program started on request or restarted), release its pages and give the memory that
 * becomes free to ULMM (ULMMI memory_add). Called once the configured programs have started. */
void init_reclaim_boot_memory(void);
/* The process's session into its KOITO_SLOT_MEMORY (nothing when there is no ULMM); a POSIX
 * child's quota is taken from its POSIX parent's session. */
enum a9n_error init_memory_session_open(struct init_process *process,
                                        const struct koito_config_program *program);
/* Close it: ULMM frees every page made for it, and its quota goes back to whoever paid it. */
void init_memory_session_close(struct init_process *process);
/* Bytes ULMM has not handed out (0 without ULMM). */
uint64_t init_memory_free(void);
/* A message of ULMM's (badge INIT_BADGE_FORWARD): KOITO_MEMORY_READY with the root session, or a
 * fault it could not resolve (init ends the process); ULMM always gets its answer. */
void init_memory_message(a9n_descriptor_t port, const struct a9n_message *message);

/* timer.c: the process's KOITO_SLOT_TIMER, once the timer service's port exists. */
enum a9n_error init_timer_prepare(struct init_process *process);

/* clock.c: init.clock from the TSC rate the kernel measured (0: unknown) and the CMOS clock. */
void init_clock_setup(uint64_t tsc_hz);

/* boot_report.c: the machine as the boot information describes it. */
void init_boot_report(const struct a9n_boot_info *info);

/* supervisor.c: wake a child's spawner, if it still runs (its KOITO_SLOT_CHILDREN). */
void init_supervisor_child_ended(uint32_t spawner);
/* supervisor.c: the loop; returns when the init program has ended or nothing is left to run. */
void init_supervise(void);
/* The loop until the memory manager is ready (or has ended). */
void init_supervise_memory_start(void);

#endif
