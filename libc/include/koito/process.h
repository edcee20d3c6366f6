/*
 * <koito/process.h>: the world every KOITO program starts in (KOITO ABI, installed with the SDK;
 * shared by the init server that builds processes and the C runtime that reads them).
 *
 * A process is a capability node, an address space and threads, all made by its creator from
 * memory the creator owns. The program's node (radix in the auxiliary vector, KOITO_AUX_NODE_RADIX)
 * holds at fixed slots:
 *   KOITO_SLOT_NODE            the node itself
 *   KOITO_SLOT_THREAD          the main thread
 *   KOITO_SLOT_ADDRESS_SPACE   the address space
 *   KOITO_SLOT_IPC_BUFFER      the main thread's IPC buffer frame
 *   KOITO_SLOT_MEMORY          the process's ULMM session (ULMMI, <ulmm/ulmmi.h>), with the
 *                              quota its configuration gives; also every thread's fault resolver
 *                              (lazy ranges, the main stack's growth). Empty in the memory manager
 *                              itself and in a system configured without one
 *   KOITO_SLOT_OS              the badged port to the OS personality, the POSIX server that
 *                              serves it (badge: its process id; the configuration may start
 *                              several, role = posix, and says which serves whom; a spawned
 *                              child has its parent's); empty in the programs init starts before
 *                              their server and in the servers
 *   KOITO_SLOT_STDIN/OUT/ERR   the standard streams; what they hold KOITO_AUX_STREAMS says:
 *                              KOITO_STREAMS_CONSOLE  capabilities to the console server (the
 *                                  boot configuration has a role = console program): STDIN to its
 *                                  input port, STDOUT and STDERR to its output port, each badged
 *                                  with the process id as the client, its stream and the right it
 *                                  needs (<koito/protocol/console.h>: KOITO_CONSOLE_CLIENT_SHIFT,
 *                                  KOITO_CONSOLE_STREAM_*, KOITO_CONSOLE_RIGHT_*); sending only,
 *                                  so a program can neither receive another's requests nor
 *                                  pass for another client
 *                              KOITO_STREAMS_DEBUG  STDOUT and STDERR hold copies of the kernel's
 *                                  debug capability, STDIN is empty: no console is configured
 *                                  (and the console server's own streams)
 *                              KOITO_STREAMS_NONE  all three empty (no console, and a kernel
 *                                  without the debug call)
 *   KOITO_SLOT_SUPERVISOR      a badged port to the supervisor (init): exit and object requests;
 *                              the threads' fault resolver when there is no ULMM session
 *   KOITO_SLOT_NAME_SERVICE    the name service, when the configuration grants name-service
 *   KOITO_SLOT_CHILDREN        a notification init signals whenever a program this one started
 *                              ends (programs granted spawn, programs with an OS port and the
 *                              POSIX server; empty otherwise): <koito/spawn.h> and waitpid()
 *                              wait on it instead of polling
 *   KOITO_SLOT_TIMER           the timer service (koito/protocol/timer.json), badged with the
 *                              process id, when the boot configuration has one (the program
 *                              granted port:timer) and it was started before this program;
 *                              empty otherwise: KOITO-libc's sleeps and timed waits use it
 *   KOITO_SLOT_EVENTS          empty at start: the C library receives the POSIX server's events
 *                              notification here on its first wait for a pipe (pipe_wait)
 *   KOITO_SLOT_SIGNALS         empty at start: the C library receives the POSIX server's signal
 *                              notification here when its signal thread starts
 *   KOITO_SLOT_OS_BUFFER..+3   empty at start: the C library receives the frames of its shared
 *                              buffer with the POSIX server here (mapped at
 *                              KOITO_OS_BUFFER_ADDRESS) on its first bulk transfer
 *   from KOITO_SLOT_FIRST_GRANT the capabilities the boot configuration granted, in its order,
 *                              findable by name through the information block
 *   the rest                   free, for the program's slot allocator (libkoito)
 * Nothing else: no generic memory, no physical addresses, no interrupt or I/O capabilities unless
 * granted.
 *
 * The main thread starts at the ELF entry with rcx = the information block's address (rdi = rdx =
 * 0, rsi = its IPC buffer, rsp = the stack top, 16-byte aligned), so crt0 tells a process from the
 * kernel's root program (which gets rcx = 0).
 */
#ifndef KOITO_PROCESS_H
#define KOITO_PROCESS_H

#include <stdint.h>

#define KOITO_SLOT_NODE          1u
#define KOITO_SLOT_THREAD        2u
#define KOITO_SLOT_ADDRESS_SPACE 3u
#define KOITO_SLOT_IPC_BUFFER    4u
#define KOITO_SLOT_MEMORY        5u
#define KOITO_SLOT_OS            6u
#define KOITO_SLOT_STDIN         7u
#define KOITO_SLOT_STDOUT        8u
#define KOITO_SLOT_STDERR        9u
#define KOITO_SLOT_SUPERVISOR    10u
#define KOITO_SLOT_NAME_SERVICE  11u
#define KOITO_SLOT_CHILDREN      12u
#define KOITO_SLOT_TIMER         13u
#define KOITO_SLOT_EVENTS        14u
#define KOITO_SLOT_SIGNALS       15u
#define KOITO_SLOT_OS_BUFFER     16u /* four slots */
#define KOITO_SLOT_FIRST_GRANT   20u

/* Fixed places of a process's address space (the image lies below KOITO_IMAGE_LIMIT). */
#define KOITO_IMAGE_LIMIT        0x0000700000000000ull
#define KOITO_THREAD_AREA        0x00007e0000000000ull /* libkoito's thread stacks, buffers, TLS */
#define KOITO_THREAD_AREA_SIZE   0x0000000100000000ull
#define KOITO_INITRD_ADDRESS     0x0000780000000000ull /* where the POSIX server sees the initrd */
/* The main thread's IPC buffer and the information block (read-only) share the stack's last
 * 2 MiB, so one set of page tables serves all three. */
#define KOITO_INFO_ADDRESS       0x00007fffffe02000ull
#define KOITO_INFO_MAX_SIZE      0x4000u
#define KOITO_IPC_BUFFER_ADDRESS 0x00007fffffe00000ull
#define KOITO_STACK_TOP          0x00007ffffff00000ull /* the main thread's stack, guard below */
/* The shared buffer with the POSIX server (16 KiB), right above the information block's room,
 * in the same 2 MiB: it needs no page table. */
#define KOITO_OS_BUFFER_ADDRESS  (KOITO_INFO_ADDRESS + KOITO_INFO_MAX_SIZE)
/* POSIX servers only (role = posix): their spawn area, KOITO_SPAWN_AREA_SIZE bytes of their own
 * memory above the main stack's top (a guard page between), in the same 2 MiB, so it needs no page
 * table. The server writes a KOITO_SUPERVISOR_START request's strings there; init reads them
 * through its own read-only mapping of the same frames, and no other process sees them. */
#define KOITO_SPAWN_AREA_ADDRESS (KOITO_STACK_TOP + 0x1000ull)
#define KOITO_SPAWN_AREA_SIZE    0x3000u
/* The lowest address the main stack grows down to on demand: ULMM backs [KOITO_STACK_LIMIT, the
 * mapped stack) lazily, one zeroed page per fault; the guard page below it, right above the
 * shared buffer's room, stays unmapped (about 1 MiB of stack in all). */
#define KOITO_STACK_LIMIT        (KOITO_OS_BUFFER_ADDRESS + 0x4000ull + 0x1000ull)

#define KOITO_PROCESS_INFO_MAGIC   0x4f464e494f54494bull /* "KOITOINF" */
#define KOITO_PROCESS_INFO_VERSION 2u

/* Auxiliary vector entry types; the vector ends with KOITO_AUX_NULL. */
enum koito_aux_type {
    KOITO_AUX_NULL = 0,
    KOITO_AUX_PAGE_SIZE = 1,       /* bytes of a page */
    KOITO_AUX_NODE_RADIX = 2,      /* radix of the program's node */
    KOITO_AUX_FIRST_FREE_SLOT = 3, /* first slot after the granted ones */
    KOITO_AUX_IMAGE_START = 4,     /* lowest address of the loaded image */
    KOITO_AUX_IMAGE_END = 5,       /* first address past it */
    KOITO_AUX_LOAD_BASE = 6,       /* what was added to a position-independent image, else 0 */
    KOITO_AUX_ENTRY = 7,           /* the program's entry point */
    KOITO_AUX_STACK_BASE = 8,      /* lowest address of the main stack */
    KOITO_AUX_STACK_TOP = 9,
    KOITO_AUX_IPC_BUFFER = 10,  /* the main thread's IPC buffer */
    KOITO_AUX_THREAD_AREA = 11, /* where libkoito places threads */
    KOITO_AUX_THREAD_AREA_SIZE = 12,
    KOITO_AUX_TSC_HZ = 13, /* time-stamp counter frequency, 0 if unknown */
    KOITO_AUX_GRANTS = 14, /* address of struct koito_grant[KOITO_AUX_GRANT_COUNT] */
    KOITO_AUX_GRANT_COUNT = 15,
    KOITO_AUX_PROCESS_ID = 16, /* the badge of its supervisor and OS ports */
    KOITO_AUX_PRIORITY = 17,   /* the main thread's priority, the highest it may give */
    /* Where the POSIX server (role = posix) sees the initrd, read-only, else 0. */
    KOITO_AUX_INITRD_ADDRESS = 18,
    KOITO_AUX_INITRD_SIZE = 19,
    KOITO_AUX_STREAMS = 20, /* what the standard stream slots hold: enum koito_streams */
    /* The POSIX server's root: the address of the initrd directory's name it serves as / (no
     * leading or trailing '/'; its configuration's root key), 0 for the whole initrd. */
    KOITO_AUX_POSIX_ROOT = 21,
    /* The signal mask the program starts with (bit n-1 for signal n): posix_spawn's
     * POSIX_SPAWN_SETSIGMASK, else the parent's; 0 for every other start. */
    KOITO_AUX_SIGNAL_MASK = 22,
    /* The signals the program starts ignoring (bit n-1 for signal n): those its posix_spawn
     * parent ignored, less POSIX_SPAWN_SETSIGDEF's; 0 for every other start. */
    KOITO_AUX_SIGNAL_IGNORED = 23,
};

/* What KOITO_SLOT_STDIN, _STDOUT and _STDERR hold (KOITO_AUX_STREAMS). */
enum koito_streams {
    KOITO_STREAMS_NONE = 0,
    KOITO_STREAMS_DEBUG = 1,
    KOITO_STREAMS_CONSOLE = 2,
};

struct koito_aux {
    uint64_t type; /* enum koito_aux_type */
    uint64_t value;
};

#define KOITO_GRANT_NAME_MAX 24u

/* One granted capability: the slot of the program's node it sits in, and its name. */
struct koito_grant {
    uint32_t slot;
    uint32_t type;                   /* enum a9n_object_type */
    char name[KOITO_GRANT_NAME_MAX]; /* NUL-terminated */
};

/*
 * The clocks of every process (Linux's vDSO idea): a program reads the time from the time-stamp
 * counter and these fields, with no kernel call and no IPC. init fills them for every process
 * from what the kernel measured at boot (the TSC's rate against the PIT) and from the CMOS
 * real-time clock, which init reads once at boot.
 *   monotonic nanoseconds = (tsc * tsc_to_ns) >> KOITO_CLOCK_SHIFT, with a 128-bit product
 *                           (koito_clock_monotonic): time since the TSC started, at reset
 *   realtime nanoseconds  = monotonic + realtime_offset (since 1970-01-01 00:00 UTC)
 * tsc_hz is 0 when the kernel could not measure the TSC: then no clock is available. The
 * realtime clock has the CMOS clock's one-second resolution at boot and then advances with the
 * TSC; rtc_seconds is what the CMOS clock said (seconds since 1970), 0 when there was none to read,
 * and then the realtime clock starts at 1970 at reset, like Linux without an RTC.
 * Under QEMU's -icount shift=0 the TSC counts 10^9 per second of the guest's virtual time, which
 * advances one nanosecond per instruction executed (idle time passes too; sleep=off skips it at
 * once): both clocks then measure guest work, not the host's wall time.
 */
#define KOITO_CLOCK_SHIFT 32u

struct koito_clock {
    uint64_t tsc_hz;         /* time-stamp counter ticks per second; 0: unknown */
    uint64_t tsc_to_ns;      /* (10^9 << KOITO_CLOCK_SHIFT) / tsc_hz */
    int64_t realtime_offset; /* nanoseconds from the monotonic clock to the realtime clock */
    uint64_t rtc_seconds;    /* the CMOS clock at boot, seconds since 1970; 0: none */
};

static inline uint64_t koito_clock_monotonic(const struct koito_clock *clock, uint64_t tsc)
{
    __extension__ unsigned __int128 product = (unsigned __int128)tsc * clock->tsc_to_ns;
    return (uint64_t)(product >> KOITO_CLOCK_SHIFT);
}

/* The information block, mapped read-only at KOITO_INFO_ADDRESS; every pointer points inside it. */
struct koito_process_info {
    uint64_t magic;   /* KOITO_PROCESS_INFO_MAGIC */
    uint32_t version; /* KOITO_PROCESS_INFO_VERSION */
    uint32_t size;    /* bytes of the block */
    uint64_t argc;
    char *const *argv; /* argc strings, then NULL */
    char *const *envp; /* "NAME=value" strings, then NULL */
    const struct koito_aux *auxv;
    struct koito_clock clock;
};

_Static_assert(sizeof(struct koito_aux) == 16, "koito_aux layout");
_Static_assert(sizeof(struct koito_grant) == 32, "koito_grant layout");
_Static_assert(sizeof(struct koito_clock) == 32, "koito_clock layout");
_Static_assert(sizeof(struct koito_process_info) == 80, "koito_process_info layout");

/*
 * The supervisor protocol, spoken over KOITO_SLOT_SUPERVISOR with call: word 0 is the request,
 * the rest its arguments; the reply's word 0 is an enum a9n_error.
 *   KOITO_SUPERVISOR_EXIT (status): the process ends; no reply ever comes.
 *   KOITO_SUPERVISOR_ALIVE (pid): word 1 of the reply is 1 while process pid runs, else 0; only
 *     the POSIX server (role = posix) may ask, to release what ended processes held.
 *   KOITO_SUPERVISOR_START (parent, offset, size, counts, length, mask, ignored): only the
 *     POSIX server may ask: start the ELF file at offset, size bytes long, of the initrd as a
 *     child of POSIX process parent, with the memory, priority and streams of the parent's
 *     configured program, no grants, the signal mask mask (KOITO_AUX_SIGNAL_MASK) and the ignored
 *     signals ignored (KOITO_AUX_SIGNAL_IGNORED). Its strings are the first length bytes of the
 *     server's spawn area (KOITO_SPAWN_AREA_ADDRESS): the file's path (its name), argc arguments,
 *     envc environment strings, each NUL-terminated (KOITO_POSIX_SPAWN_STRINGS_MAX bytes at most,
 *     <koito/protocol/posix.h>), with argc in the low 32 bits of counts and envc in its high 32.
 *     Word 1 of the reply is the child's id. The server is its spawner (it collects the end with
 *     KOITO_SUPERVISOR_WAIT); init also signals the parent's KOITO_SLOT_CHILDREN when it ends.
 *   KOITO_SUPERVISOR_END (pid): only the POSIX server may ask: end the child it started, as
 *     killed (a signal's default action).
 *   KOITO_SUPERVISOR_DESCRIBE (from): only a POSIX server may ask: of the running processes it
 *     serves that it did not start itself (the configuration's programs and what they started
 *     through the spawn grant), the one with the lowest id >= from. Reply: word 1 its id (0: none
 *     is left), word 2 1 when its standard streams are the console's, else 0, word 3 its argc,
 *     word 4 the byte count of the strings that follow from word 5 on: its file's path and its
 *     argc arguments, each NUL-terminated. Once such a process ends, init signals the server's
 *     KOITO_SLOT_CHILDREN with KOITO_CHILDREN_SERVED_ENDED, so the server lets go of its record.
 *   KOITO_SUPERVISOR_ALLOCATE (type, size_bits, slot, count): make count kernel objects from the
 *     process's own memory into slots slot..slot+count-1 of its node (threads, IPC and notification
 *     ports, frames of 4 KiB, page tables, nodes; never generic memory or address spaces).
 *   KOITO_SUPERVISOR_FREE_MEMORY () -> (bytes): the memory free for new processes: what init
 *     keeps unused plus what ULMM has not handed out (through the "spawn" grant only).
 *   KOITO_SUPERVISOR_WAIT (pid) -> (killed, value, detail, cpu_time): how a process the caller
 *     started ended: killed or not, the exit status or the fault kind, the fault's detail (word
 *     3), and the processor time it used in nanoseconds (word 4: the kernel's count for its
 *     address space, every thread that ran in it).
 *   KOITO_SUPERVISOR_CPU_TIME (pid) -> (nanoseconds): only a POSIX server may ask, of a running
 *     process it serves: the processor time it has used so far (for /proc).
 *   KOITO_SUPERVISOR_FAULTS (signals): the signals among KOITO_FAULT_SIGNALS (<koito/fault.h>)
 *     the process catches. A fault of its main thread whose signal it catches is then held for
 *     it: init signals its KOITO_SLOT_SIGNALS notification and leaves the thread stopped.
 *   KOITO_SUPERVISOR_FAULT () -> (kind, address, ip, detail): take the held fault (words 0..3 of
 *     its message), or kind 0 if none is held.
 *   KOITO_SUPERVISOR_FAULT_END (): end the process as killed by the fault it took last (its
 *     signal is blocked or no longer caught); no reply comes.
 * The objects of ALLOCATE come from the process's own memory block (its `memory`); pages for
 * malloc and mmap come from its ULMM session (its `quota`).
 */
enum koito_supervisor_request {
    KOITO_SUPERVISOR_EXIT = 1,
    KOITO_SUPERVISOR_ALLOCATE = 2,
    /* Through a port granted as "spawn" only; see <koito/spawn.h>. */
    KOITO_SUPERVISOR_SPAWN = 3,
    KOITO_SUPERVISOR_WAIT = 4,
    KOITO_SUPERVISOR_FREE_MEMORY = 5,
    KOITO_SUPERVISOR_ALIVE = 6,
    /* From the POSIX server only. */
    KOITO_SUPERVISOR_START = 7,
    KOITO_SUPERVISOR_END = 8,
    /* The process's own faults; see <koito/fault.h>. */
    KOITO_SUPERVISOR_FAULTS = 9,
    KOITO_SUPERVISOR_FAULT = 10,
    KOITO_SUPERVISOR_FAULT_END = 11,
    KOITO_SUPERVISOR_DESCRIBE = 12,
    KOITO_SUPERVISOR_CPU_TIME = 13,
};

/* KOITO_SUPERVISOR_START's words (request to ignored): all in the message registers, so the
 * kernel's fast path carries it. */
#define KOITO_SUPERVISOR_START_WORDS 8u

/* The bits init signals a POSIX server's KOITO_SLOT_CHILDREN with: a child it started ended
 * (bit 0, an unbadged signal), a process it serves but did not start ended (DESCRIBE). */
#define KOITO_CHILDREN_SPAWNED_ENDED 1u
#define KOITO_CHILDREN_SERVED_ENDED  2u

/*
 * Statuses of a process: 0..KOITO_EXIT_STATUS_MAX, the 8 bits POSIX's wait status carries (a
 * shell's 126 and 127 among them). When the boot configuration's init program ends, init ends
 * the system (under QEMU: the run) with its status, 0..KOITO_INIT_PROGRAM_STATUS_MAX (a larger
 * one ends it as that), so the statuses above are free for init's own: KOITO_INIT_STATUS_KILLED
 * when the init program was killed by a fault, KOITO_INIT_STATUS_SYSTEM_FAILURE when the system
 * itself cannot run (no configuration, the init program cannot start).
 */
#define KOITO_EXIT_STATUS_MAX            255
#define KOITO_INIT_PROGRAM_STATUS_MAX    119
#define KOITO_INIT_STATUS_KILLED         122
#define KOITO_INIT_STATUS_SYSTEM_FAILURE 123

/*
 * The thread control block every thread's TLS base (x86_64: the FS base) points at, right above
 * its static TLS block (TLS variant II): the first word points at itself, as the x86_64 ABI wants.
 */
struct koito_thread_control {
    struct koito_thread_control *self;
    void *ipc_buffer;
    uint64_t thread_slot; /* the thread's slot in the program's node */
    /* The descriptor of the thread's own notification port for blocking waits (libc's futex
     * waits on it, its wakers signal it); 0 while the thread has none (then waits poll). */
    uint64_t wait_notification;
    void *thread_record; /* libkoito's record of a thread it made; NULL for the main thread */
    /* The kernel's processor-time count (thread.get_cpu_time) of the thread's object when this
     * thread started in it: libkoito reuses ended threads' objects. 0 for the main thread. */
    uint64_t cpu_time_start;
    uint64_t reserved[2];
};

_Static_assert(sizeof(struct koito_thread_control) == 64, "koito_thread_control layout");

/*
 * Bytes of memory a thread's static TLS block and control block need (alignment slack included).
 */
__SIZE_TYPE__ koito_tls_area_size(void);

/*
 * Lay out a thread's TLS block (initialised from the program's TLS image) and its control block in
 * area (koito_tls_area_size() bytes), and return the control block: the value for the thread's
 * TLS base. The control block's other fields are zeroed.
 */
struct koito_thread_control *koito_tls_initialize(void *area, void *ipc_buffer,
                                                  uint64_t thread_slot);

/* The information block this process started with, NULL for the kernel's root program. */
const struct koito_process_info *koito_process_info(void);

/* A value of the auxiliary vector, or fallback if it has no entry of that type. */
uint64_t koito_aux_value(enum koito_aux_type type, uint64_t fallback);

#endif
