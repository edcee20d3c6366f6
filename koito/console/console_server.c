/*
 * The console server's handlers and loops (KOITO server); see
 * console_server.h. The generated dispatch has checked every request
 * (label, rights in the badge, lengths) before a handler here runs.
 */
#include "console_server.h"

#include <koito/protocol/console_server.h>

/* The input mode bits set_attributes changes. */
#define CONSOLE_MODE                                                                               \
    (KOITO_CONSOLE_ATTRIBUTE_ECHO | KOITO_CONSOLE_ATTRIBUTE_CANONICAL |                            \
     KOITO_CONSOLE_ATTRIBUTE_SIGNALS)

/* A stream's output line is keyed by its client and stream: the badge without its rights. */
static uint64_t console_stream(uint64_t badge)
{
    return badge >> KOITO_CONSOLE_STREAM_SHIFT;
}

/* The key of stream `stream` of the client the badge names. */
static uint64_t console_client_stream(uint64_t badge, uint64_t stream)
{
    uint64_t client = (badge >> KOITO_CONSOLE_CLIENT_SHIFT) & UINT32_MAX;
    return client << (KOITO_CONSOLE_CLIENT_SHIFT - KOITO_CONSOLE_STREAM_SHIFT) | stream;
}

static void console_lock(struct console_server *server)
{
    a9n_notification_port_wait(server->config.lock, 0);
}

static void console_unlock(struct console_server *server)
{
    a9n_notification_port_signal(server->config.lock);
}

/* Send bytes to the UART with each '\n' as "\r\n", as a terminal wants them.
 * Called with the lock held. */
static int console_emit(void *device, const uint8_t *bytes, size_t length)
{
    const struct serial_console *serial = device;
    size_t start = 0;
    for (size_t i = 0; i < length; i++) {
        if (bytes[i] != '\n')
            continue;
        if (serial_console_write(serial, (const char *)bytes + start, i - start) != A9N_OK ||
            serial_console_write(serial, "\r\n", 2) != A9N_OK)
            return 1;
        start = i + 1;
    }
    return serial_console_write(serial, (const char *)bytes + start, length - start) != A9N_OK;
}

static enum koito_console_error console_write(void *context, uint64_t badge, const uint8_t *data,
                                              uint64_t data_length)
{
    struct console_server *server = context;
    console_lock(server);
    int failed =
        console_output_write(&server->output, console_stream(badge), data, (size_t)data_length);
    console_unlock(server);
    return failed ? KOITO_CONSOLE_ERROR_DEVICE_ERROR : KOITO_CONSOLE_OK;
}

static enum koito_console_error console_flush(void *context, uint64_t badge)
{
    struct console_server *server = context;
    console_lock(server);
    int failed = console_output_flush(&server->output, console_stream(badge));
    console_unlock(server);
    return failed ? KOITO_CONSOLE_ERROR_DEVICE_ERROR : KOITO_CONSOLE_OK;
}

/* A reader's prompt: its client's unfinished output and error lines go out before the echo. */
static enum koito_console_error console_flush_prompt(struct console_server *server, uint64_t badge)
{
    console_lock(server);
    int failed = console_output_flush(&server->output,
                                      console_client_stream(badge, KOITO_CONSOLE_STREAM_OUTPUT));
    if (console_output_flush(&server->output,
                             console_client_stream(badge, KOITO_CONSOLE_STREAM_ERROR)) != 0)
        failed = 1;
    console_unlock(server);
    return failed ? KOITO_CONSOLE_ERROR_DEVICE_ERROR : KOITO_CONSOLE_OK;
}

static enum koito_console_error console_echo(struct console_server *server, size_t echo)
{
    if (echo == 0)
        return KOITO_CONSOLE_OK;
    console_lock(server);
    enum a9n_error error = serial_console_write(&server->serial, (const char *)server->echo, echo);
    console_unlock(server);
    return error == A9N_OK ? KOITO_CONSOLE_OK : KOITO_CONSOLE_ERROR_DEVICE_ERROR;
}

/* Feed the bytes queued behind the last line (type-ahead) until a line is finished. */
static enum koito_console_error console_feed_queued(struct console_server *server)
{
    enum koito_console_error error = KOITO_CONSOLE_OK;
    uint8_t byte = 0;
    while (error == KOITO_CONSOLE_OK && line_discipline_next_queued(&server->line, &byte))
        error = console_echo(server, line_discipline_input(&server->line, byte, server->echo));
    return error;
}

/* One byte from the device: input for the line discipline's queue, or a signal character, which
 * signals the notification the POSIX server gave for it (none yet: the character only
 * discards the input). *signalled says which it was. */
static enum koito_console_error console_receive(struct console_server *server, uint8_t byte,
                                                bool *signalled)
{
    size_t echo = 0;
    enum line_discipline_signal signal =
        line_discipline_receive(&server->line, byte, server->echo, &echo);
    *signalled = signal != LINE_DISCIPLINE_NONE;
    if (*signalled) {
        unsigned which = signal == LINE_DISCIPLINE_INTERRUPT ? KOITO_CONSOLE_SIGNAL_INTERRUPT
                                                             : KOITO_CONSOLE_SIGNAL_QUIT;
        if (server->signal_named[which])
            a9n_notification_port_signal(server->config.signal_slots[which]);
    }
    return console_echo(server, echo);
}

/* Take every byte the device holds, without waiting; *signalled when one was a signal
 * character. */
static enum koito_console_error console_drain(struct console_server *server, bool *signalled)
{
    enum koito_console_error error = KOITO_CONSOLE_OK;
    *signalled = false;
    /* A full queue leaves the rest in the device (and the host's line) until a reader comes. */
    while (error == KOITO_CONSOLE_OK && line_discipline_can_receive(&server->line)) {
        uint8_t byte = 0;
        enum a9n_error taken = serial_console_try_read(&server->serial, &byte);
        if (taken == A9N_ERROR_WOULD_BLOCK)
            break;
        bool signal = false;
        error = taken == A9N_OK ? console_receive(server, byte, &signal)
                                : KOITO_CONSOLE_ERROR_DEVICE_ERROR;
        *signalled = *signalled || signal;
    }
    return error;
}

/* Edit lines from the keyboard until one is finished, the queued bytes first. Runs on the
 * input thread, which waits for the UART without holding the lock. A signal character ends
 * the wait: interrupted. */
static enum koito_console_error console_edit_line(struct console_server *server)
{
    enum koito_console_error error = console_feed_queued(server);
    while (error == KOITO_CONSOLE_OK && !line_discipline_finished(&server->line)) {
        uint8_t byte = 0;
        bool signalled = false;
        if (serial_console_read(&server->serial, &byte) != A9N_OK)
            return KOITO_CONSOLE_ERROR_DEVICE_ERROR;
        error = console_receive(server, byte, &signalled);
        if (error == KOITO_CONSOLE_OK && signalled)
            return KOITO_CONSOLE_ERROR_INTERRUPTED;
        if (error == KOITO_CONSOLE_OK)
            error = console_feed_queued(server);
    }
    return error;
}

static enum koito_console_error console_read_line(void *context, uint64_t badge, uint64_t max,
                                                  uint8_t *data, uint64_t *data_length)
{
    struct console_server *server = context;
    if (max == 0 || max > KOITO_CONSOLE_LINE_MAX)
        return KOITO_CONSOLE_ERROR_INVALID_ARGUMENT;
    enum koito_console_error error = console_flush_prompt(server, badge);
    if (error == KOITO_CONSOLE_OK)
        error = console_edit_line(server);
    if (error == KOITO_CONSOLE_OK)
        *data_length = line_discipline_take(&server->line, data, (size_t)max);
    return error;
}

/* Runs on the input thread: read_line's wait without its take. If the client is gone by the time
 * the line is finished, the reply goes nowhere and the line waits for the next reader. */
static enum koito_console_error console_wait_line(void *context, uint64_t badge)
{
    struct console_server *server = context;
    enum koito_console_error error = console_flush_prompt(server, badge);
    if (error == KOITO_CONSOLE_OK)
        error = console_edit_line(server);
    return error;
}

/* Runs on the input thread: what was typed so far is edited, without waiting for more. */
static enum koito_console_error console_input_ready(void *context, uint64_t badge, uint64_t *ready)
{
    struct console_server *server = context;
    bool signalled = false;
    enum koito_console_error error = console_flush_prompt(server, badge);
    if (error == KOITO_CONSOLE_OK)
        error = console_feed_queued(server);
    if (error == KOITO_CONSOLE_OK)
        error = console_drain(server, &signalled);
    if (error == KOITO_CONSOLE_OK)
        error = console_feed_queued(server);
    *ready = line_discipline_finished(&server->line);
    return error;
}

/* The UART's interrupt while the input thread waits for requests (its notification is bound
 * to the thread): what was typed goes to the line discipline now, so ^C reaches the foreground
 * group while nobody reads, and the echo shows at once. */
static void console_input_notified(void *context, uint64_t bits)
{
    struct console_server *server = context;
    bool signalled = false;
    (void)bits;
    if (a9n_interrupt_port_acknowledge(server->serial.interrupt_port) == A9N_OK)
        console_drain(server, &signalled);
}

/* The line discipline's signal characters: on while the attribute says so and a POSIX server
 * has said where they go; without one ^C and ^\ stay ordinary bytes, as before. */
static void console_update_signals(struct console_server *server)
{
    bool told = server->signal_named[KOITO_CONSOLE_SIGNAL_INTERRUPT] ||
                server->signal_named[KOITO_CONSOLE_SIGNAL_QUIT];
    line_discipline_set_signals(&server->line, server->signals && told);
}

/* Runs on the input thread. The POSIX server's notification for one signal character. */
static enum koito_console_error console_signal_to(void *context, uint64_t badge, uint64_t signal,
                                                  a9n_descriptor_t notification)
{
    struct console_server *server = context;
    (void)badge;
    enum a9n_object_type type = A9N_OBJECT_NONE;
    a9n_rights_t rights = 0;
    if (signal > KOITO_CONSOLE_SIGNAL_QUIT ||
        a9n_node_inspect(A9N_DESCRIPTOR_ROOT, notification, &type, &rights, 0) != A9N_OK ||
        type != A9N_OBJECT_NOTIFICATION_PORT || !(rights & A9N_RIGHT_WRITE))
        return KOITO_CONSOLE_ERROR_INVALID_ARGUMENT;
    if (server->signal_named[signal])
        return KOITO_CONSOLE_ERROR_BUSY;
    if (a9n_node_move(A9N_DESCRIPTOR_ROOT, server->config.signal_slots[signal], notification) !=
        A9N_OK)
        return KOITO_CONSOLE_ERROR_INVALID_ARGUMENT;
    server->signal_named[signal] = true;
    console_update_signals(server);
    return KOITO_CONSOLE_OK;
}

static enum koito_console_error console_get_attributes(void *context, uint64_t badge,
                                                       uint64_t *attributes)
{
    struct console_server *server = context;
    (void)badge;
    console_lock(server);
    *attributes = server->attributes;
    console_unlock(server);
    return KOITO_CONSOLE_OK;
}

/* Runs on the input thread, the line discipline's owner, between two reads. */
static enum koito_console_error console_set_attributes(void *context, uint64_t badge,
                                                       uint64_t attributes)
{
    struct console_server *server = context;
    (void)badge;
    if (attributes & ~(CONSOLE_MODE | KOITO_CONSOLE_ATTRIBUTE_TERMINAL))
        return KOITO_CONSOLE_ERROR_INVALID_ARGUMENT;
    line_discipline_set_mode(&server->line, attributes & KOITO_CONSOLE_ATTRIBUTE_ECHO,
                             attributes & KOITO_CONSOLE_ATTRIBUTE_CANONICAL);
    server->signals = (attributes & KOITO_CONSOLE_ATTRIBUTE_SIGNALS) != 0;
    console_update_signals(server);
    console_lock(server);
    server->attributes = KOITO_CONSOLE_ATTRIBUTE_TERMINAL | (attributes & CONSOLE_MODE);
    console_unlock(server);
    return KOITO_CONSOLE_OK;
}

static const struct koito_console_handlers console_output_handlers = {
    .write = console_write,
    .flush = console_flush,
    .get_attributes = console_get_attributes,
};

static const struct koito_console_handlers console_input_handlers = {
    .read_line = console_read_line,
    .wait_line = console_wait_line,
    .input_ready = console_input_ready,
    .get_attributes = console_get_attributes,
    .set_attributes = console_set_attributes,
    .signal_to = console_signal_to,
};

enum a9n_error console_server_init(struct console_server *server,
                                   const struct console_server_config *config,
                                   const struct serial_console *serial)
{
    server->config = *config;
    server->serial = *serial;
    console_output_init(&server->output, console_emit, &server->serial);
    line_discipline_init(&server->line);
    server->signals = true;
    line_discipline_set_signals(&server->line, false); /* until signal_to */
    server->attributes = KOITO_CONSOLE_ATTRIBUTE_TERMINAL | CONSOLE_MODE;
    koito_console_server_init(&server->output_loop, config->output_port, NULL,
                              &console_output_handlers, server);
    koito_console_server_init(&server->input_loop, config->input_port, NULL,
                              &console_input_handlers, server);
    server->input_loop.notified = console_input_notified;
    server->input_loop.receive_slot = config->receive_slot;
    return a9n_notification_port_signal(config->lock);
}

enum a9n_error console_server_run_output(struct console_server *server, uint64_t *ipc_buffer)
{
    server->output_loop.ipc_buffer = ipc_buffer;
    return koito_console_serve(&server->output_loop, &console_output_handlers);
}

enum a9n_error console_server_run_input(struct console_server *server, uint64_t *ipc_buffer)
{
    server->input_loop.ipc_buffer = ipc_buffer;
    return koito_console_serve(&server->input_loop, &console_input_handlers);
}
