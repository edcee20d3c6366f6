/*
 * Benchmarks of capability operations on the root node: copying a
 * capability to an IPC port, deleting that copy, and deleting the last
 * capability to a port (which destroys the port).
 */
#include "bench.h"

#include "../guest/capability/fixture.h"
#include "../guest/ipc/helpers.h"

#include <guest_test.h>

void bench_capabilities(void)
{
    bench_begin();
    make_object(A9N_OBJECT_IPC_PORT, SLOT_PORT);
    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        uint64_t start = bench_now();
        enum a9n_error copied = a9n_node_copy(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY),
                                              scratch(SLOT_PORT), A9N_RIGHTS_ALL);
        uint64_t end = bench_now();
        uint64_t back_start = bench_now();
        enum a9n_error deleted = a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY));
        uint64_t back_end = bench_now();
        GUEST_CHECK_EQ(copied, A9N_OK);
        GUEST_CHECK_EQ(deleted, A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
        bench_stamps.back_start[k] = back_start;
        bench_stamps.back_end[k] = back_end;
    }
    bench_record("node_copy", "\"object\": \"ipc_port\"", bench_stamps.start, bench_stamps.end);
    bench_record("node_delete", "\"object\": \"ipc_port\", \"last\": false",
                 bench_stamps.back_start, bench_stamps.back_end);

    for (unsigned k = 0; k < BENCH_TOTAL; k++) {
        make_object(A9N_OBJECT_IPC_PORT, SLOT_COPY);
        uint64_t start = bench_now();
        enum a9n_error deleted = a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(SLOT_COPY));
        uint64_t end = bench_now();
        GUEST_CHECK_EQ(deleted, A9N_OK);
        bench_stamps.start[k] = start;
        bench_stamps.end[k] = end;
    }
    bench_record("node_delete", "\"object\": \"ipc_port\", \"last\": true", bench_stamps.start,
                 bench_stamps.end);
    bench_end();
}
