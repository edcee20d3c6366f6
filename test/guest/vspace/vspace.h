/*
 * Helpers of the vspace suite: a resolver port the root server receives
 * faults on, a pager that builds the page tables a mapping needs, threads
 * in the root server's address space or in a second one, and the program
 * (program.S) that runs in the second one.
 *
 * Layout of the scratch slots (see ../capability/fixture.h), on top of the
 * IPC suite's (../ipc/helpers.h: threads 0..3, SLOT_PORT the resolver port,
 * SLOT_COPY the resolver capability the threads are configured with):
 *   VSPACE_SLOT_GENERIC              a child generic, for tests that revoke it
 *   VSPACE_SLOT_AS                   the second address space
 *   VSPACE_SLOT_CODE, _DATA, _STACK  the program's frames; + VSPACE_COPY: copies
 *   VSPACE_SLOT_FRAME                any other frame (two slots)
 *   VSPACE_SLOT_TABLES ..            page tables the pager makes (the rest)
 *
 * Virtual memory: the root server's image lies low and its stack, buffers
 * and boot information below 2^47, so the window at VSPACE_WINDOW (16 TiB)
 * is free; everything the tests map there comes from the test's generic
 * and goes when fixture_end revokes it.
 */
#ifndef KOITO_GUEST_VSPACE_VSPACE_H
#define KOITO_GUEST_VSPACE_VSPACE_H

#include <a9n/a9n.h>
#include <stdint.h>

enum vspace_slot {
    VSPACE_SLOT_GENERIC = 16,
    VSPACE_SLOT_AS,
    VSPACE_SLOT_CODE,
    VSPACE_SLOT_DATA,
    VSPACE_SLOT_STACK,
    VSPACE_SLOT_FRAME = VSPACE_SLOT_STACK + 4,
    VSPACE_SLOT_TABLES = VSPACE_SLOT_FRAME + 2,
};

/* A program frame's copy is this many slots after it. */
#define VSPACE_COPY 3u

#define VSPACE_PAGE   UINT64_C(0x1000)
#define VSPACE_RW     (A9N_RIGHT_READ | A9N_RIGHT_WRITE)
#define VSPACE_BADGE  UINT64_C(0x5eed)
#define VSPACE_WINDOW UINT64_C(0x100000000000)

/* The program in the second address space: code, the shared data page, a
 * guard page, the stack page; and where code and data show in the root
 * server's window. */
#define PROGRAM_CODE        UINT64_C(0x400000)
#define PROGRAM_DATA        (PROGRAM_CODE + VSPACE_PAGE)
#define PROGRAM_STACK       (PROGRAM_CODE + 3 * VSPACE_PAGE)
#define PROGRAM_WINDOW_CODE VSPACE_WINDOW
#define PROGRAM_WINDOW_DATA (VSPACE_WINDOW + VSPACE_PAGE)

/* The fault words' detail on x86_64 (vector << 32 | error code): invalid
 * opcode; a user write to a page not present (U|W) or read-only (U|W|P). */
#define DETAIL_INVALID_OPCODE    (UINT64_C(6) << 32)
#define DETAIL_WRITE_NOT_PRESENT ((UINT64_C(14) << 32) | 0x6)
#define DETAIL_WRITE_PROTECTED   ((UINT64_C(14) << 32) | 0x7)

/* The program's bytes (program.S). */
extern const uint8_t vspace_program[], vspace_program_ud2[], vspace_program_store[],
    vspace_program_end[];

/* Where vspace_writer writes (set before starting it). */
extern volatile uint64_t *vspace_target;

/* The root server's own address space. */
a9n_descriptor_t vspace_root(void);

/* Start a test: memory from the fixture, the resolver port and its capability. */
void vspace_begin(void);

/* Convert `count` objects from `generic` into scratch n... */
void vspace_convert(a9n_descriptor_t generic, enum a9n_object_type type, uint64_t size_bits,
                    uint64_t count, unsigned n);

/* Map the frame in scratch `frame` (of 2^size_bits bytes) at `address` in `as`, as a pager that
 * knows no architecture does: while get_missing_depth names a missing table, convert one of that
 * depth from `generic` into the first free table slot and link it. */
void vspace_map(a9n_descriptor_t generic, a9n_descriptor_t as, unsigned frame, uint64_t size_bits,
                uint64_t address, a9n_rights_t rights);

/* Build the second address space from `generic`: the address space, its program's frames and
 * their copies, the program copied in through the window, code mapped read and execute, data
 * and stack read and write, data also in the window. */
void vspace_load_program(a9n_descriptor_t generic);

/* Make thread `i` run the program in the second address space with `value`, at low priority,
 * its faults going to the resolver port, and resume it. */
a9n_descriptor_t vspace_program_start(unsigned i, uint64_t value);

/* Make helper thread `i` run entry(i) in the root server's address space at low priority, its
 * faults going to the resolver port, and resume it. */
a9n_descriptor_t vspace_thread_start(unsigned i, void (*entry)(uint64_t));

/* Receive the next fault on the resolver port and check it is one. */
void vspace_receive_fault(struct a9n_message *message);

/* Reply to the fault received last, resuming its thread. */
void vspace_reply(void);

/* A helper thread: write 1 to vspace_target[0], suspend itself, write 2, park. */
void vspace_writer(uint64_t i);

#endif
