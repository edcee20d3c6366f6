/*
 * The KOITO boot configuration: parser of the text file (KOITO, koito/config; freestanding C with
 * snprintf only, built into init and on the host for unit tests and fuzzing).
 *
 * The file (the initrd's etc/koito.conf) lists programs, one section each:
 *
 *   # a comment; blank lines are ignored
 *   [hello]                     the program's name (letters, digits, '-', '_', '.')
 *   path = bin/hello            its ELF file in the initrd (required)
 *   args = hello "two words"    argv[0..]: words split at blanks, "..." keeps blanks
 *                               (default: the name alone)
 *   env = GREETING=hi           one environment variable a line
 *   priority = 100              1..254, default 100
 *   memory = 1024               KiB of memory init builds it from (its node, image, stack, the
 *                               objects it asks its supervisor for): a power of two, 256..65536,
 *                               default 1024
 *   quota = 1024                KiB of its ULMM session's quota (what malloc, mmap and ULMMI may
 *                               use): 64..4194304, default KOITO_CONFIG_QUOTA_DEFAULT_KIB
 *   base = 0x200000000          where a position-independent program is loaded (page aligned,
 *                               below 2^47; init's default 0x200000000); a static one with a
 *                               base is refused when it starts
 *   grant = port:ping           a capability, by name; may repeat (see below)
 *   restart = on-failure 3      never (default) | on-failure N (N = 1..1000)
 *   instances = 4               start that many copies, 1..100, default 1
 *   start = on-request          boot (default): at boot; on-request: only when a program with
 *                               the spawn grant asks
 *   role = init                 the init program: when it ends, the system ends with its status
 *   role = posix                a POSIX server: it gets the initrd mapped read-only and,
 *                               as the grant "posix", its own port (the named port of its
 *                               section's name; a grant = port:posix line in its section says
 *                               the same); every program it serves, started after it, gets a
 *                               port to it badged with its process id in KOITO_SLOT_OS. One
 *                               instance; there may be several such sections (containers)
 *   root = /containers/a        (role = posix only) the initrd directory the server serves as
 *                               its root (default: the whole initrd); its own /tmp and /dev
 *                               are mounted in it
 *   posix = posix-b             the role = posix section, above this one, whose server serves
 *                               the program (default: the first role = posix section); every
 *                               process it spawns through posix_spawn is served by it too
 *   role = console              the console server: init starts it before every other program,
 *                               grants it the console's two ports (as console-output and
 *                               console-input, after its own grants) and gives every program it
 *                               starts afterwards badged capabilities to them as its standard
 *                               streams (<koito/process.h>); at most one program has it
 *   role = memory               the memory manager (ULMM): started before every other program,
 *                               at boot, one instance; it receives the general memory and every
 *                               other program gets a session with it (<koito/memory_manager.h>)
 *
 * Capabilities are granted by name: port:NAME and notification:NAME are an IPC port or a
 * notification port that init makes once and gives every program granted the same name (how
 * programs find each other); serial is the eight I/O ports of COM2 (0x2f8, the user-level serial
 * line: COM1 is the kernel's), serial-interrupt the interrupt port of its line (ISA IRQ 3);
 * pit the PIT's four I/O ports (0x40, the timer service's hardware: the kernel uses it only to
 * calibrate its own timer at boot), pit-interrupt the interrupt port of its line (ISA IRQ 0);
 * debug-exit the
 * port that ends a QEMU run; spawn a port to init through which the program may start the
 * configured programs, collect how they ended and read the free memory (<koito/spawn.h>);
 * name-service the name service (the port the name service program is granted as port:names),
 * badged for looking up and registering names, in the program's KOITO_SLOT_NAME_SERVICE. In the
 * program each shows up under NAME (the part after the colon) or its own name.
 *
 * Errors name the file, the line and the problem. A section with an error is skipped whole (its
 * errors are all reported) and the rest of the file still counts.
 */
#ifndef KOITO_CONFIG_H
#define KOITO_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#define KOITO_CONFIG_MAX_PROGRAMS      48u
#define KOITO_CONFIG_MAX_ARGS          16u
#define KOITO_CONFIG_MAX_ENV           16u
#define KOITO_CONFIG_MAX_GRANTS        8u
#define KOITO_CONFIG_MAX_ERRORS        16u
#define KOITO_CONFIG_NAME_MAX          24u   /* bytes of a name, its NUL included */
#define KOITO_CONFIG_TEXT_MAX          1024u /* bytes of a program's strings */
#define KOITO_CONFIG_ERROR_MAX         160u
/* A program's ULMM quota when its section names none. */
#define KOITO_CONFIG_QUOTA_DEFAULT_KIB 1024u

enum koito_config_grant_kind {
    KOITO_CONFIG_GRANT_PORT = 1,
    KOITO_CONFIG_GRANT_NOTIFICATION = 2,
    KOITO_CONFIG_GRANT_SERIAL = 3,
    KOITO_CONFIG_GRANT_DEBUG_EXIT = 4,
    KOITO_CONFIG_GRANT_SPAWN = 5,
    KOITO_CONFIG_GRANT_NAME_SERVICE = 6,
    KOITO_CONFIG_GRANT_SERIAL_INTERRUPT = 7,
    /* Given by role = console only, never by a grant line: the console's ports to receive on. */
    KOITO_CONFIG_GRANT_CONSOLE_OUTPUT = 8,
    KOITO_CONFIG_GRANT_CONSOLE_INPUT = 9,
    KOITO_CONFIG_GRANT_PIT = 10,
    KOITO_CONFIG_GRANT_PIT_INTERRUPT = 11,
    /* Given by role = posix only: the server's own port, the named port of its section's name,
     * found in the program as "posix". */
    KOITO_CONFIG_GRANT_POSIX = 12,
};

enum koito_config_restart {
    KOITO_CONFIG_RESTART_NEVER = 0,
    KOITO_CONFIG_RESTART_ON_FAILURE = 1,
};

struct koito_config_grant {
    enum koito_config_grant_kind kind;
    char name[KOITO_CONFIG_NAME_MAX]; /* what the program finds it by */
};

struct koito_config_program {
    char name[KOITO_CONFIG_NAME_MAX];
    const char *path;
    unsigned argc;
    const char *argv[KOITO_CONFIG_MAX_ARGS];
    unsigned envc;
    const char *envp[KOITO_CONFIG_MAX_ENV];
    unsigned grant_count;
    struct koito_config_grant grants[KOITO_CONFIG_MAX_GRANTS];
    unsigned priority;
    unsigned memory_kib;
    uint64_t base; /* 0: init's default */
    unsigned quota_kib;
    enum koito_config_restart restart;
    unsigned restart_limit;
    unsigned instances;
    int on_request;
    int is_init;
    int is_posix;
    int is_console;
    int is_memory;
    const char *root;     /* role = posix: the initrd directory it serves as /, NULL: all of it */
    unsigned posix_index; /* 1 + the index of the role = posix section serving it, 0: default */
    unsigned line;        /* of its [name] line */
    /* The strings above point in here. */
    size_t text_used;
    char text[KOITO_CONFIG_TEXT_MAX];
};

struct koito_config {
    unsigned program_count;
    struct koito_config_program programs[KOITO_CONFIG_MAX_PROGRAMS];
    unsigned error_count;    /* errors recorded (at most KOITO_CONFIG_MAX_ERRORS) */
    unsigned errors_dropped; /* errors past that */
    char errors[KOITO_CONFIG_MAX_ERRORS][KOITO_CONFIG_ERROR_MAX]; /* "file:line: problem" */
};

/*
 * Parse `size` bytes of `text` (not NUL-terminated; any bytes) from the file named `file` into
 * `config`. Returns the number of programs accepted; the errors are in config->errors.
 */
unsigned koito_config_parse(struct koito_config *config, const char *file, const char *text,
                            size_t size);

#endif
