/*
 * Benchmarks of IPC ports: call and reply-receive between a client and a
 * server of equal priority, in one address space and across two, with
 * messages of 0 words, of A9N_MESSAGE_REGISTERS words (all in registers)
 * and of IPC_LONG words (the rest through the IPC buffers); and a send from
 * a thread to a waiting receiver of higher priority.
 *
 * One ping-pong measures both directions, as sel4bench does:
 *   client: start = now; call ............................. back_end = now
 *   server:        (receive returns) end = now; back_start = now; reply_receive
 * call one way = end - start, reply-receive one way = back_end - back_start,
 * round trip = the sum of the two. Each side keeps its timestamps in
 * registers across its call and stores them afterwards (the server stores
 * back_start after its next receive), so the timed regions hold only the
 * call stubs; the client makes one call more than recorded for that reason.
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"

#include <guest_test.h>

#define IPC_LONG  64u
#define IPC_BADGE 1u

struct ipc_case {
    const char *parameters;
    unsigned words;
    int other_space;
};

static const struct ipc_case ipc_cases[] = {
    {"\"address_space\": \"same\", \"words\": 0", 0, 0},
    {"\"address_space\": \"other\", \"words\": 0", 0, 1},
    {"\"address_space\": \"same\", \"words\": 8", A9N_MESSAGE_REGISTERS, 0},
    {"\"address_space\": \"other\", \"words\": 8", A9N_MESSAGE_REGISTERS, 1},
    {"\"address_space\": \"same\", \"words\": 64", IPC_LONG, 0},
    {"\"address_space\": \"other\", \"words\": 64", IPC_LONG, 1},
};

/* Length of the messages of the running case, both ways. */
static volatile unsigned ipc_words;

static void ipc_client(uint64_t i)
{
    a9n_descriptor_t port = scratch(SLOT_COPY);
    uint64_t info = A9N_MESSAGE_INFO(ipc_words, 0);
    for (unsigned k = 0; k <= BENCH_TOTAL; k++) {
        struct a9n_message m = {.info = info};
        uint64_t start = bench_now();
        enum a9n_error error = a9n_ipc_port_call(port, &m);
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(error, A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.back_end[k] = end;
    }
    helper_park(i);
}

/* Answer calls until the port goes away (fixture_end); never parks while the benchmark runs. Each
 * timestamp is read right after the call returns, before anything looks at the result. */
static void ipc_server(uint64_t i)
{
    a9n_descriptor_t port = scratch(SLOT_PORT);
    uint64_t info = A9N_MESSAGE_INFO(ipc_words, 0);
    struct a9n_message first = {0};
    enum a9n_error error = a9n_ipc_port_receive(port, &first);
    uint64_t end = bench_now();
    for (unsigned k = 0; error == A9N_OK && k <= BENCH_TOTAL; k++) {
        bench_stamps.end[k] = end;
        struct a9n_message m = {.info = info};
        uint64_t back_start = bench_now();
        error = a9n_ipc_port_reply_receive(port, &m);
        end = bench_now();
        bench_stamps.back_start[k] = back_start;
    }
    helper_park(i);
}

static void call_and_reply(const struct ipc_case *c)
{
    bench_begin();
    ipc_words = c->words;
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, IPC_BADGE);
    a9n_descriptor_t space = c->other_space ? bench_space_make() : bench_root_space();
    bench_thread_start(1, ipc_server, BENCH_PRIORITY, space, A9N_THREAD_NO_RESOLVER);
    bench_thread_start(0, ipc_client, BENCH_PRIORITY, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_run(1);
    const struct bench_stamps *s = &bench_stamps;
    bench_record("ipc_call", c->parameters, s->start, s->end);
    bench_record("ipc_reply_receive", c->parameters, s->back_start, s->back_end);
    bench_record_sum("ipc_round_trip", c->parameters, s->start, s->end, s->back_start, s->back_end);
    bench_end();
}

static void sender(uint64_t i)
{
    a9n_descriptor_t port = scratch(SLOT_COPY);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        struct a9n_message m = {.info = A9N_MESSAGE_INFO(0, 0)};
        uint64_t start = bench_now();
        enum a9n_error error = a9n_ipc_port_send(port, &m);
        GUEST_CHECK_EQ(error, A9N_OK);
        bench_stamps.start[k] = start;
    }
    helper_park(i);
}

static void receiver(uint64_t i)
{
    a9n_descriptor_t port = scratch(SLOT_PORT);
    enum a9n_error error = A9N_OK;
    for (unsigned k = 0; error == A9N_OK && k < BENCH_TOTAL; k++) {
        struct a9n_message m = {0};
        error = a9n_ipc_port_receive(port, &m);
        bench_stamps.end[k] = bench_now();
    }
    GUEST_CHECK_EQ(error, A9N_OK);
    helper_park(i);
}

static void send_to_higher_priority(void)
{
    bench_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    mint(SLOT_COPY, SLOT_PORT, A9N_RIGHT_WRITE, IPC_BADGE);
    bench_thread_start(1, receiver, BENCH_PRIORITY_HIGH, bench_root_space(),
                       A9N_THREAD_NO_RESOLVER);
    bench_thread_start(0, sender, BENCH_PRIORITY, bench_root_space(), A9N_THREAD_NO_RESOLVER);
    bench_run(2);
    bench_record("ipc_send", "\"receiver\": \"higher priority\", \"words\": 0", bench_stamps.start,
                 bench_stamps.end);
    bench_end();
}

void bench_ipc(void)
{
    for (unsigned c = 0; c < sizeof ipc_cases / sizeof ipc_cases[0]; c++)
        call_and_reply(&ipc_cases[c]);
    send_to_higher_priority();
}
