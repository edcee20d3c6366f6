/*
 * libFuzzer target: the generated dispatch of the name-service and console
 * protocols (koito/names/generated, koito/console/generated) on random
 * messages. A handler may run only for a well-formed request from a badge
 * with the rights it needs, and no request word past the message's length
 * may be read: those words are poisoned for AddressSanitizer until a handler
 * runs. Handlers answer with random errors and results (some too long on
 * purpose), and the reply must always be one the protocol defines.
 *
 * Input: badge (8 bytes), flags (1: bit 0 a capability arrived, bit 1 the
 * console instead of the names protocol), length (2 bytes), then words.
 */
#include <koito/protocol/console_server.h>
#include <koito/protocol/names_server.h>
#include <sanitizer/asan_interface.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define WORDS 512u /* the IPC buffer */

static uint64_t words[WORDS];
static uint64_t length;
static const uint8_t *script; /* what handlers answer, taken from the input */
static size_t script_left;

static uint64_t next_byte(void)
{
    if (script_left == 0)
        return 0;
    script_left--;
    return *script++;
}

/* A request's words are all before `length`: open the rest for the reply. */
static void handler_entered(const void *data, uint64_t count)
{
    const uint64_t *first = data;
    if (data && ((uintptr_t)first < (uintptr_t)words ||
                 (uintptr_t)data + count > (uintptr_t)(words + length)))
        abort();
    __asan_unpoison_memory_region(words, sizeof words);
}

static uint64_t answer(void)
{
    return next_byte() < 200 ? 0 : KOITO_NAMES_ERROR_UNKNOWN_NAME;
}

static void need(uint64_t badge, uint64_t rights)
{
    if ((badge & rights) != rights)
        abort();
}

static enum koito_names_error names_register(void *server, uint64_t badge, const uint8_t *name,
                                             uint64_t name_length, a9n_descriptor_t port)
{
    (void)server;
    need(badge, KOITO_NAMES_RIGHT_REGISTER);
    if (name_length > KOITO_NAMES_NAME_MAX || port == A9N_DESCRIPTOR_INVALID)
        abort();
    handler_entered(name, name_length);
    return (enum koito_names_error)answer();
}

static enum koito_names_error names_lookup(void *server, uint64_t badge, const uint8_t *name,
                                           uint64_t name_length, a9n_descriptor_t *port)
{
    (void)server;
    need(badge, KOITO_NAMES_RIGHT_LOOKUP);
    if (name_length > KOITO_NAMES_NAME_MAX)
        abort();
    handler_entered(name, name_length);
    if (next_byte() & 1)
        *port = 42;
    return (enum koito_names_error)answer();
}

static enum koito_names_error names_unregister(void *server, uint64_t badge, const uint8_t *name,
                                               uint64_t name_length)
{
    (void)server;
    need(badge, KOITO_NAMES_RIGHT_REGISTER);
    if (name_length > KOITO_NAMES_NAME_MAX)
        abort();
    handler_entered(name, name_length);
    return (enum koito_names_error)answer();
}

static enum koito_names_error names_derive(void *server, uint64_t badge, uint64_t rights,
                                           a9n_descriptor_t *derived)
{
    (void)server;
    (void)rights;
    need(badge, KOITO_NAMES_RIGHT_DERIVE);
    handler_entered(NULL, 0);
    if (next_byte() & 1)
        *derived = 43;
    return (enum koito_names_error)answer();
}

static enum koito_console_error console_write(void *server, uint64_t badge, const uint8_t *data,
                                              uint64_t data_length)
{
    (void)server;
    need(badge, KOITO_CONSOLE_RIGHT_WRITE);
    if (data_length > KOITO_CONSOLE_WRITE_MAX)
        abort();
    handler_entered(data, data_length);
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_flush(void *server, uint64_t badge)
{
    (void)server;
    need(badge, KOITO_CONSOLE_RIGHT_WRITE);
    handler_entered(NULL, 0);
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_read_line(void *server, uint64_t badge, uint64_t max,
                                                  uint8_t *data, uint64_t *data_length)
{
    (void)server;
    (void)max;
    need(badge, KOITO_CONSOLE_RIGHT_READ);
    handler_entered(NULL, 0);
    /* Up to a little past the room the dispatch gave: it must refuse that. */
    uint64_t count = next_byte() + next_byte();
    if (count > KOITO_CONSOLE_LINE_MAX + 8)
        count = KOITO_CONSOLE_LINE_MAX + 8;
    memset(data, 'x', count > KOITO_CONSOLE_LINE_MAX ? KOITO_CONSOLE_LINE_MAX : count);
    *data_length = count;
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_get_attributes(void *server, uint64_t badge,
                                                       uint64_t *attributes)
{
    (void)server;
    (void)badge;
    handler_entered(NULL, 0);
    *attributes = next_byte();
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_set_attributes(void *server, uint64_t badge,
                                                       uint64_t attributes)
{
    (void)server;
    (void)attributes;
    need(badge, KOITO_CONSOLE_RIGHT_READ);
    handler_entered(NULL, 0);
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_input_ready(void *server, uint64_t badge, uint64_t *ready)
{
    (void)server;
    need(badge, KOITO_CONSOLE_RIGHT_READ);
    handler_entered(NULL, 0);
    *ready = next_byte();
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_wait_line(void *server, uint64_t badge)
{
    (void)server;
    need(badge, KOITO_CONSOLE_RIGHT_READ);
    handler_entered(NULL, 0);
    return (enum koito_console_error)answer();
}

static enum koito_console_error console_signal_to(void *server, uint64_t badge, uint64_t signal,
                                                  a9n_descriptor_t notification)
{
    (void)server;
    (void)signal;
    need(badge, KOITO_CONSOLE_RIGHT_TERMINAL);
    if (notification == A9N_DESCRIPTOR_INVALID)
        abort();
    handler_entered(NULL, 0);
    return (enum koito_console_error)answer();
}

static const struct koito_names_handlers names = {names_register, names_lookup, names_unregister,
                                                  names_derive};
static const struct koito_console_handlers console = {
    console_write,          console_flush,       console_read_line, console_get_attributes,
    console_set_attributes, console_input_ready, console_signal_to, console_wait_line};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 11)
        return 0;
    uint64_t badge;
    memcpy(&badge, data, 8);
    uint8_t flags = data[8];
    length = (uint64_t)(data[9] | data[10] << 8) % (A9N_IPC_MAX_LENGTH + 1);
    data += 11;
    size -= 11;
    memset(words, 0, sizeof words);
    size_t bytes = size < length * 8 ? size : length * 8;
    memcpy(words, data, bytes);
    script = data + bytes;
    script_left = size - bytes;

    /* Word 0 is where the reply's error goes even for an empty request. */
    __asan_poison_memory_region(words + 1, sizeof words - 8);
    __asan_unpoison_memory_region(words, length * 8);
    __asan_unpoison_memory_region(words, 8);
    struct koito_server_message message = {
        .badge = badge,
        .length = length,
        .words = words,
        .capability = flags & 1,
        .received = 7,
        .reply_capability = 99,
    };
    if (flags & 2)
        koito_console_dispatch(&console, NULL, &message);
    else
        koito_names_dispatch(&names, NULL, &message);
    __asan_unpoison_memory_region(words, sizeof words);

    /* The reply is always one the protocol defines. */
    if (message.length < 1 || message.length > A9N_IPC_MAX_LENGTH)
        abort();
    if (words[0] != 0 &&
        (message.length != 1 || message.reply_capability != A9N_DESCRIPTOR_INVALID))
        abort();
    if (words[0] == 0 && (flags & 2) && message.length >= 2 && words[1] > KOITO_CONSOLE_LINE_MAX &&
        message.length != 2)
        abort();
    return 0;
}
