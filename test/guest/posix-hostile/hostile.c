/*
 * A hostile client of the POSIX server (test/guest/posix-hostile): it sends HOSTILE_REQUESTS
 * requests made of random and boundary words over its OS port, straight through the kernel
 * rather than the C library's checked stubs: labels of every request and of none, lengths that
 * disagree with their contents, paths and data of any length, capabilities the protocol never
 * takes, and it scribbles over the buffer it shares with the server between requests.
 *
 * The server must answer every request with a reply the protocol defines (success or one of its
 * errors) and keep answering: after every request the kernel refused and every 512 requests the
 * program checks that getpid still reports its process id. Exit status 0 when all of that held,
 * else the number of violations (at most 100).
 */
#include <a9n/a9n.h>
#include <fcntl.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HOSTILE_REQUESTS 50000u

/* libc's shared buffer with the server (libc/src/koito/__koito_os_buffer.c): mapped on first use,
 * NULL when the server has none to give. */
unsigned char *__koito_os_buffer_acquire(void);
void __koito_os_buffer_release(void);

static uint64_t random_state;

/* xorshift64*: a fixed sequence per process id, so a failure replays. */
static uint64_t random_next(void)
{
    random_state ^= random_state >> 12;
    random_state ^= random_state << 25;
    random_state ^= random_state >> 27;
    return random_state * UINT64_C(0x2545f4914f6cdd1d);
}

static uint64_t random_below(uint64_t bound)
{
    return random_next() % bound;
}

/* Values at the edges of what the server checks: descriptors, lengths, limits, signs. */
static uint64_t boundary_word(void)
{
    static const uint64_t words[] = {
        0,
        1,
        2,
        3,
        4,
        7,
        8,
        15,
        63,
        64,
        255,
        256,
        1023,
        KOITO_POSIX_PATH_MAX,
        KOITO_POSIX_PATH_MAX + 1,
        KOITO_POSIX_RENAME_MAX,
        KOITO_POSIX_IO_MAX,
        KOITO_POSIX_IO_MAX + 1,
        4096,
        KOITO_POSIX_BUFFER_SIZE,
        KOITO_POSIX_BUFFER_SIZE + 1,
        0x7fffffff,
        0x80000000,
        0xffffffff,
        UINT64_C(0x7fffffffffffffff),
        UINT64_C(0x8000000000000000),
        UINT64_MAX,
        UINT64_MAX - 1,
        KOITO_POSIX_OPEN_CREAT | KOITO_POSIX_OPEN_RDWR,
        KOITO_POSIX_OPEN_DIRECTORY,
        KOITO_POSIX_DUP_SAME_OK,
    };
    uint64_t choice = random_below(4);
    if (choice == 0)
        return random_next();
    if (choice == 1)
        return random_below(24); /* a descriptor that may be open */
    return words[random_below(sizeof words / sizeof words[0])];
}

/* Paths that meet the server's tree: its directories, files, devices, and nonsense. */
static const char *random_path(void)
{
    static const char *const paths[] = {
        "/tmp/h",
        "/tmp/h/x",
        "/tmp/h/y/z",
        "/tmp",
        "/",
        "/etc",
        "/dev",
        "/dev/null",
        "/dev/zero",
        "/dev/console",
        "/dev/tty",
        "..",
        ".",
        "",
        "/tmp/h/../h/./x",
        "x/../../..",
        "//tmp//h",
        "/tmp/h/x/..",
        "/nonexistent",
        "/etc/greeting/x",
        "/bin",
        "h",
        "/tmp/h/\xff!",
        "/tmp/\n",
        "/tmp/h/aaaaaaaaaaaaaaaaaaaa",
    };
    return paths[random_below(sizeof paths / sizeof paths[0])];
}

/* A request label: mostly this protocol's requests and the numbers just past them, sometimes
 * another protocol's, sometimes anything. */
static uint64_t random_label(void)
{
    uint64_t choice = random_below(20);
    uint64_t protocol = KOITO_POSIX_OPEN & ~UINT64_C(0xffff);
    uint64_t past_last = (KOITO_POSIX_LINKAT & 0xffff) + 4; /* the last request, and beyond */
    if (choice < 17)
        return protocol | random_below(past_last);
    if (choice < 19)
        return (random_below(8) << 16) | random_below(past_last);
    return random_next();
}

/* Build a request in `words`; returns its length in words. */
static uint64_t random_request(uint64_t *words)
{
    words[0] = random_label();
    uint64_t length = 1 + random_below(8);
    if (random_below(16) == 0)
        length = 1 + random_below(A9N_IPC_MAX_LENGTH);
    for (uint64_t i = 1; i < length; i++)
        words[i] = boundary_word();
    if (random_below(2) == 0) {
        /* A path or data trailer: its length word, then its bytes, most often consistent. */
        uint64_t at = 1 + random_below(4);
        const char *path = random_path();
        uint64_t bytes = strlen(path);
        if (random_below(8) == 0) {
            bytes = random_below(KOITO_POSIX_RENAME_MAX + 64);
            path = NULL;
        }
        words[at] = random_below(10) == 0 ? boundary_word() : bytes;
        unsigned char *data = (unsigned char *)&words[at + 1];
        for (uint64_t i = 0; i < bytes && at + 1 + i / 8 < A9N_IPC_MAX_LENGTH; i++)
            data[i] = path ? (unsigned char)path[i] : (unsigned char)random_next();
        uint64_t end = at + 1 + (bytes + 7) / 8;
        length = end < A9N_IPC_MAX_LENGTH ? end : A9N_IPC_MAX_LENGTH;
        if (random_below(10) == 0)
            length = 1 + random_below(length);
    }
    return length;
}

/* A reply the protocol defines: at least the result word, which is success or a POSIX error. */
static int reply_well_formed(uint64_t length, const uint64_t *words)
{
    if (length == 0)
        return 0;
    if (words[0] == KOITO_POSIX_OK)
        return 1;
    return words[0] >= KOITO_POSIX_ERROR_UNKNOWN_REQUEST &&
           strncmp(koito_posix_error_name((enum koito_posix_error)words[0]), "KOITO_POSIX_", 12) ==
               0;
}

static unsigned violations;
/* A copy of the original standard output at a descriptor the random requests rarely name. */
static int report = -1;

static void violation(const char *what, uint64_t request, uint64_t label, uint64_t value)
{
    if (violations++ < 10 && report >= 0)
        dprintf(report, "hostile: request %llu (label %#llx): %s (%#llx)\n",
                (unsigned long long)request, (unsigned long long)label, what,
                (unsigned long long)value);
}

static a9n_descriptor_t os_port;

static void check_alive(uint64_t request, uint64_t label)
{
    uint64_t pid = 0;
    enum koito_posix_error error = koito_posix_getpid(os_port, &pid);
    if (error != KOITO_POSIX_OK)
        violation("the server stopped answering getpid", request, label, error);
    else if (pid != koito_aux_value(KOITO_AUX_PROCESS_ID, 0))
        violation("getpid answered another process id", request, label, pid);
}

/* Scribble over the shared buffer, as a process may at any time. */
static void scribble(void)
{
    unsigned char *buffer = __koito_os_buffer_acquire();
    if (buffer == NULL)
        return;
    uint64_t start = random_below(KOITO_POSIX_BUFFER_SIZE);
    uint64_t count = random_below(KOITO_POSIX_BUFFER_SIZE - start + 1);
    for (uint64_t i = 0; i < count; i++)
        buffer[start + i] = (unsigned char)random_next();
    __koito_os_buffer_release();
}

int main(void)
{
    unsigned radix = (unsigned)koito_aux_value(KOITO_AUX_NODE_RADIX, 0);
    os_port = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, KOITO_SLOT_OS);
    a9n_descriptor_t receive = a9n_descriptor_child(
        A9N_DESCRIPTOR_ROOT, radix, (uint64_t)koito_aux_value(KOITO_AUX_FIRST_FREE_SLOT, 0));
    a9n_descriptor_t offered = a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, radix, KOITO_SLOT_STDOUT);
    random_state = UINT64_C(0x9e3779b97f4a7c15) ^ koito_aux_value(KOITO_AUX_PROCESS_ID, 0);

    /* A bulk write makes the C library set up the shared buffer the requests then reach. The
     * standard descriptors become /dev/null, so what random writes send to them stays off the
     * console; reports go to a copy of the original standard output. */
    report = fcntl(1, F_DUPFD, 40);
    static char block[KOITO_POSIX_IO_MAX * 2];
    int null = open("/dev/null", O_RDWR);
    if (null < 0 || write(null, block, sizeof block) != (ssize_t)sizeof block)
        violation("could not set up the shared buffer", 0, 0, (uint64_t)null);
    for (int fd = 0; fd < 3; fd++)
        dup2(null, fd);
    mkdir("/tmp/h", 0755);

    uint64_t *words = (uint64_t *)koito_ipc_buffer();
    for (uint64_t request = 0; request < HOSTILE_REQUESTS && violations < 100; request++) {
        if (random_below(25) == 0)
            scribble();
        uint64_t length = random_request(words);
        uint64_t label = words[0];
        struct a9n_message message = {0};
        for (uint64_t i = 0; i < length && i < A9N_MESSAGE_REGISTERS; i++)
            message.words[i] = words[i];
        uint64_t flags = 0;
        if (random_below(32) == 0) {
            words[A9N_IPC_BUFFER_TRANSFER] = offered;
            flags = A9N_MESSAGE_CAPABILITY;
        }
        words[A9N_IPC_BUFFER_RECEIVE] = receive;
        message.info = A9N_MESSAGE_INFO(length, flags);
        enum a9n_error error = a9n_ipc_port_call(os_port, &message);
        if (error != A9N_OK) {
            /* The kernel may refuse what this program sends (a capability it may not give);
             * the server must still be there. */
            check_alive(request, label);
            continue;
        }
        uint64_t reply_length = A9N_MESSAGE_LENGTH(message.info);
        if (message.info & A9N_MESSAGE_CAPABILITY)
            a9n_node_delete(A9N_DESCRIPTOR_ROOT, receive);
        for (uint64_t i = 0; i < reply_length && i < A9N_MESSAGE_REGISTERS; i++)
            words[i] = message.words[i];
        if (!reply_well_formed(reply_length, words))
            violation("a reply the protocol does not define", request, label, words[0]);
        if (request % 512 == 0)
            check_alive(request, label);
    }
    check_alive(HOSTILE_REQUESTS, 0);
    dprintf(report, "hostile: %u requests sent, %u violations\n", HOSTILE_REQUESTS, violations);
    return violations > 100 ? 100 : (int)violations;
}
