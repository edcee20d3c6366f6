/*
 * The child's ULMMI errors (KOITO system suite): a real client process asks ULMM, through its own
 * session (KOITO_SLOT_MEMORY), for what it must be refused, one request after another, and checks
 * each answer's exact code.
 *   ulmmi-errors  receive the handles of a share and of a kernel object of the driver's session
 *                 (two words on the port granted as "gate"), then: argument errors, addresses
 *                 outside the window, overlaps, holes and double unmaps, W^X, rights a grant does
 *                 not give, forged, replayed and foreign handles, the kernel's refusal of a
 *                 mapping over init's, and with the quota spent every request that charges;
 *                 last, ULMM's invariant check. Exit 0 if every answer was the expected one, else
 *                 the request's line (mod 100, + 1); the first wrong answer is printed.
 *   (churn)       child_ulmmi_share_round(): a shared object mapped twice, each side seeing the
 *                 other's bytes (the 64 churning clients share through ULMM too)
 *   ulmmi-busy    a second thread maps and unmaps 64 KiB through ULMM without pause while the
 *                 main thread returns after a few yields, after an odd number having suspended
 *                 that thread and made a request of its own: the process ends with a request in
 *                 flight, being answered, or of a suspended thread (the driver checks that this
 *                 harms no one)
 * Not reachable from a process: out_of_memory (the quotas keep the system's memory from running
 * out), pinned (only a parent pins a child session's range, and a process has no address space to
 * give a child session) and inconsistent (ULMM's own bug); the ULMM suite and the host tests check
 * those through the core.
 */
#include "child.h"

#include <a9n/a9n.h>
#include <koito/boot.h>
#include <koito/capabilities.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <koito/thread.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>

#define PAGE         UINT64_C(4096)
#define R            KOITO_ULMMI_PROT_READ
#define RW           (KOITO_ULMMI_PROT_READ | KOITO_ULMMI_PROT_WRITE)
#define RWX          (RW | KOITO_ULMMI_PROT_EXECUTE)
#define EAGER        KOITO_ULMMI_MAP_EAGER
#define LAZY         KOITO_ULMMI_MAP_LAZY
#define FIXED        KOITO_ULMMI_MAP_FIXED
#define KERNEL       UINT64_C(0xffff800000000000) /* the upper half: never a client's */
#define FILL_MAX     4096u                        /* pages at most while spending the quota */
/* The first handle ULMM issues: the root session's (index 1, kind session, generation 1). */
#define ROOT_SESSION (UINT64_C(1) | UINT64_C(1) << 24 | UINT64_C(1) << 32)

static int ulmmi_failed;

static void expect(enum koito_ulmmi_error got, enum koito_ulmmi_error want, int line)
{
    if (got == want || ulmmi_failed != 0)
        return;
    ulmmi_failed = line;
    printf("ulmmi-errors: line %d: %s, not %s\n", line, koito_ulmmi_error_name(got),
           koito_ulmmi_error_name(want));
}

#define EXPECT(call, want) expect((call), KOITO_ULMMI_##want, __LINE__)

static a9n_descriptor_t session(void)
{
    return koito_slot(KOITO_SLOT_MEMORY);
}

/* A range reserved and given back: nothing of the session's is there. */
static uint64_t ulmmi_hole(uint64_t size)
{
    uint64_t hole = 0;
    EXPECT(koito_ulmmi_reserve(session(), 0, size, 0, &hole), OK);
    EXPECT(koito_ulmmi_unmap(session(), hole, size), OK);
    return hole;
}

static void ulmmi_ranges(void)
{
    a9n_descriptor_t s = session();
    uint64_t at = 0, reserved = 0;
    /* reserve */
    EXPECT(koito_ulmmi_reserve(s, 0, 0, 0, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_reserve(s, 0, PAGE + 1, 0, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_reserve(s, 0, PAGE, 8, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_reserve(s, KERNEL, PAGE, FIXED, &at), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_reserve(s, 0, PAGE, FIXED, &at), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_reserve(s, 0, 2 * PAGE, 0, &reserved), OK);
    EXPECT(koito_ulmmi_reserve(s, reserved + PAGE, PAGE, FIXED, &at), ERROR_OVERLAP);
    /* map */
    EXPECT(koito_ulmmi_map(s, 0, PAGE, 0, EAGER, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_map(s, 0, PAGE, RW, 0, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_map(s, 0, PAGE, RW, EAGER | LAZY, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_map(s, 0, PAGE, RWX, EAGER, &at), ERROR_WRITE_EXECUTE);
    EXPECT(koito_ulmmi_map(s, KERNEL, PAGE, RW, EAGER | FIXED, &at), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_map(s, reserved, PAGE, RW, EAGER | FIXED, &at), ERROR_OVERLAP);
    /* Init mapped the IPC buffer, not ULMM: the kernel refuses the mapping, ULMM undoes it. */
    EXPECT(koito_ulmmi_map(s, KOITO_IPC_BUFFER_ADDRESS, PAGE, RW, EAGER | FIXED, &at),
           ERROR_BACKEND);
    /* back */
    uint64_t hole = ulmmi_hole(PAGE);
    EXPECT(koito_ulmmi_back(s, reserved, PAGE, RW, 0), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_back(s, reserved, PAGE, RWX, EAGER), ERROR_WRITE_EXECUTE);
    EXPECT(koito_ulmmi_back(s, KERNEL, PAGE, RW, EAGER), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_back(s, hole, PAGE, RW, EAGER), ERROR_NOT_MAPPED);
    EXPECT(koito_ulmmi_back(s, reserved, PAGE, RW, LAZY), OK);
    EXPECT(koito_ulmmi_back(s, reserved, PAGE, RW, EAGER), ERROR_OVERLAP);
    /* protect */
    EXPECT(koito_ulmmi_protect(s, reserved, PAGE, 0), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_protect(s, reserved, PAGE, RWX), ERROR_WRITE_EXECUTE);
    EXPECT(koito_ulmmi_protect(s, KERNEL, PAGE, R), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_protect(s, hole, PAGE, R), ERROR_NOT_MAPPED);
    EXPECT(koito_ulmmi_protect(s, reserved, PAGE, R), OK);
    /* unmap, and the double unmap */
    EXPECT(koito_ulmmi_unmap(s, reserved, 0), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_unmap(s, reserved + 1, PAGE), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_unmap(s, KERNEL, PAGE), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_unmap(s, hole, PAGE), ERROR_NOT_MAPPED);
    EXPECT(koito_ulmmi_unmap(s, reserved, 2 * PAGE), OK);
    EXPECT(koito_ulmmi_unmap(s, reserved, 2 * PAGE), ERROR_NOT_MAPPED);
}

static void ulmmi_handles(uint64_t foreign_share, uint64_t foreign_object)
{
    a9n_descriptor_t s = session();
    uint64_t share = 0, grant = 0, key = 0, at = 0, object = 0, child = 0;
    /* share_create */
    EXPECT(koito_ulmmi_share_create(s, 0, &share), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_share_create(s, PAGE + 8, &share), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_share_create(s, 2 * PAGE, &share), OK);
    /* share_grant */
    EXPECT(koito_ulmmi_share_grant(s, 12345, R, &grant, &key), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_share_grant(s, share, KOITO_ULMMI_PROT_WRITE, &grant, &key),
           ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_share_grant(s, foreign_share, R, &grant, &key), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_share_grant(s, share, R, &grant, &key), OK);
    /* share_map: the grant gives reading only */
    EXPECT(koito_ulmmi_share_map(s, 12345, key, 0, R, 0, &at), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_share_map(s, grant, key + 1, 0, R, 0, &at), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_share_map(s, grant, key, 0, R, LAZY, &at), ERROR_INVALID_ARGUMENT);
    EXPECT(koito_ulmmi_share_map(s, grant, key, 0, RWX, 0, &at), ERROR_WRITE_EXECUTE);
    EXPECT(koito_ulmmi_share_map(s, grant, key, 0, RW, 0, &at), ERROR_INSUFFICIENT_RIGHTS);
    EXPECT(koito_ulmmi_share_map(s, grant, key, KERNEL, R, FIXED, &at), ERROR_NOT_OWNED);
    EXPECT(koito_ulmmi_share_map(s, grant, key, 0, R, 0, &at), OK);
    EXPECT(koito_ulmmi_share_map(s, grant, key, at, R, FIXED, &at), ERROR_OVERLAP);
    EXPECT(koito_ulmmi_protect(s, at, PAGE, RW), ERROR_INSUFFICIENT_RIGHTS);
    EXPECT(koito_ulmmi_unmap(s, at, 2 * PAGE), OK);
    /* share_destroy: forged, foreign, then replayed handles of it and of its grant */
    EXPECT(koito_ulmmi_share_destroy(s, 12345), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_share_destroy(s, foreign_share), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_share_destroy(s, share), OK);
    EXPECT(koito_ulmmi_share_destroy(s, share), ERROR_STALE_HANDLE);
    EXPECT(koito_ulmmi_share_grant(s, share, R, &grant, &key), ERROR_STALE_HANDLE);
    EXPECT(koito_ulmmi_share_map(s, grant, key, 0, R, 0, &at), ERROR_STALE_HANDLE);
    /* object_alloc, object_free */
    uint64_t slot = koito_slot_allocate(1);
    EXPECT(koito_ulmmi_object_alloc(s, 99, 0, &object, koito_slot(slot)), ERROR_INVALID_ARGUMENT);
    EXPECT(
        koito_ulmmi_object_alloc(s, KOITO_ULMMI_OBJECT_NOTIFICATION, 0, &object, koito_slot(slot)),
        OK);
    EXPECT(koito_ulmmi_object_free(s, 12345), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_object_free(s, foreign_object), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_object_free(s, object), OK);
    EXPECT(koito_ulmmi_object_free(s, object), ERROR_STALE_HANDLE);
    /* The freed object's capability went with it. */
    EXPECT(a9n_notification_port_signal(koito_slot(slot)) == A9N_ERROR_EMPTY_SLOT
               ? KOITO_ULMMI_OK
               : KOITO_ULMMI_ERROR_INCONSISTENT,
           OK);
    koito_slot_free(slot, 1);
    /* Sessions it does not parent: the root session and a forged one. */
    EXPECT(koito_ulmmi_session_close(s, ROOT_SESSION), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_session_close(s, 12345), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_quota_give(s, ROOT_SESSION, PAGE), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_quota_take(s, ROOT_SESSION, PAGE), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_quota_give(s, 12345, PAGE), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_quota_take(s, 12345, PAGE), ERROR_BAD_HANDLE);
    EXPECT(koito_ulmmi_pin(s, ROOT_SESSION, PAGE, PAGE), ERROR_FOREIGN_HANDLE);
    EXPECT(koito_ulmmi_pin(s, 12345, PAGE, PAGE), ERROR_BAD_HANDLE);
    /* A child session with more quota than its own. */
    uint64_t child_slot = koito_slot_allocate(1);
    EXPECT(koito_ulmmi_session_open(s, UINT64_C(1) << 40, 0, 0,
                                    koito_slot(KOITO_SLOT_ADDRESS_SPACE), &child,
                                    koito_slot(child_slot)),
           ERROR_OUT_OF_QUOTA);
    koito_slot_free(child_slot, 1);
}

/* Spend the quota with eager pages, then records: every request that charges is refused
 * OUT_OF_QUOTA, and all of it comes back. */
static void ulmmi_quota_spent(void)
{
    a9n_descriptor_t s = session();
    static uint64_t pages[FILL_MAX];
    uint64_t three = 0, at = 0, share = 0, object = 0, quota = 0, used = 0, system = 0;
    unsigned count = 0;
    EXPECT(koito_ulmmi_reserve(s, 0, 3 * PAGE, 0, &three), OK);
    enum koito_ulmmi_error error = KOITO_ULMMI_OK;
    while (count < FILL_MAX && error == KOITO_ULMMI_OK) {
        error = koito_ulmmi_map(s, 0, PAGE, RW, EAGER, &pages[count]);
        count += error == KOITO_ULMMI_OK;
    }
    EXPECT(error, ERROR_OUT_OF_QUOTA);
    for (error = KOITO_ULMMI_OK; count < FILL_MAX && error == KOITO_ULMMI_OK;) {
        error = koito_ulmmi_reserve(s, 0, PAGE, 0, &pages[count]);
        count += error == KOITO_ULMMI_OK;
    }
    EXPECT(error, ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_quota(s, &quota, &used, &system), OK);
    EXPECT(quota - used < 64 ? KOITO_ULMMI_OK : KOITO_ULMMI_ERROR_INCONSISTENT, OK);
    EXPECT(koito_ulmmi_reserve(s, 0, PAGE, 0, &at), ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_map(s, 0, PAGE, RW, LAZY, &at), ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_back(s, three + PAGE, PAGE, RW, LAZY), ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_protect(s, three + PAGE, PAGE, RW), ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_unmap(s, three + PAGE, PAGE), ERROR_OUT_OF_QUOTA);
    EXPECT(koito_ulmmi_share_create(s, PAGE, &share), ERROR_OUT_OF_QUOTA);
    uint64_t slot = koito_slot_allocate(1);
    EXPECT(
        koito_ulmmi_object_alloc(s, KOITO_ULMMI_OBJECT_NOTIFICATION, 0, &object, koito_slot(slot)),
        ERROR_OUT_OF_QUOTA);
    koito_slot_free(slot, 1);
    while (count > 0)
        EXPECT(koito_ulmmi_unmap(s, pages[--count], PAGE), OK);
    EXPECT(koito_ulmmi_unmap(s, three, 3 * PAGE), OK);
    uint64_t after = 0;
    EXPECT(koito_ulmmi_quota(s, &quota, &after, &system), OK);
    EXPECT(after < used ? KOITO_ULMMI_OK : KOITO_ULMMI_ERROR_INCONSISTENT, OK);
}

int child_ulmmi_errors(void)
{
    struct a9n_message message = {.info = 0};
    if (a9n_ipc_port_receive(koito_capability("gate"), &message) != A9N_OK ||
        A9N_MESSAGE_LENGTH(message.info) != 2)
        return 101;
    ulmmi_ranges();
    ulmmi_handles(message.words[0], message.words[1]);
    ulmmi_quota_spent();
    EXPECT(koito_ulmmi_check(session()), OK);
    return ulmmi_failed == 0 ? 0 : ulmmi_failed % 100 + 1;
}

static void ulmmi_busy_loop(void *argument)
{
    (void)argument;
    for (;;) {
        uint64_t at = 0;
        if (koito_ulmmi_map(session(), 0, 16 * PAGE, RW, EAGER, &at) == KOITO_ULMMI_OK)
            koito_ulmmi_unmap(session(), at, 16 * PAGE);
    }
}

int child_ulmmi_busy(unsigned yields)
{
    static struct koito_thread busy;
    if (koito_thread_create(&busy, ulmmi_busy_loop, NULL) != A9N_OK)
        return 1;
    for (unsigned i = 0; i < yields; i++)
        a9n_yield();
    if (yields % 2 == 0)
        return 0; /* ends with the thread running */
    /* Suspended wherever it is (its request queued, being answered, or answered): ULMM still
     * answers the process's other thread. */
    if (a9n_thread_suspend(koito_slot(busy.thread_slot)) != A9N_OK)
        return 2;
    uint64_t quota = 0, used = 0, system = 0;
    return koito_ulmmi_quota(session(), &quota, &used, &system) == KOITO_ULMMI_OK ? 0 : 3;
}

/* One round of shared memory through ULMM: an object of `pages`, granted read-write, mapped twice,
 * written through one mapping and read through the other, both unmapped, destroyed. 0 if all
 * of it worked and each side saw the other's bytes. */
int child_ulmmi_share_round(unsigned pages, uint8_t value)
{
    a9n_descriptor_t s = session();
    uint64_t size = pages * PAGE, share = 0, grant = 0, key = 0, one = 0, two = 0;
    if (koito_ulmmi_share_create(s, size, &share) != KOITO_ULMMI_OK)
        return 1;
    int bad = koito_ulmmi_share_grant(s, share, RW, &grant, &key) != KOITO_ULMMI_OK ||
              koito_ulmmi_share_map(s, grant, key, 0, RW, 0, &one) != KOITO_ULMMI_OK ||
              koito_ulmmi_share_map(s, grant, key, 0, R, 0, &two) != KOITO_ULMMI_OK;
    for (uint64_t i = 0; !bad && i < size; i += PAGE / 2) {
        ((volatile uint8_t *)(uintptr_t)one)[i] = (uint8_t)(value + i / PAGE);
        bad = ((volatile uint8_t *)(uintptr_t)two)[i] != (uint8_t)(value + i / PAGE);
    }
    if (one != 0)
        bad |= koito_ulmmi_unmap(s, one, size) != KOITO_ULMMI_OK;
    if (two != 0)
        bad |= koito_ulmmi_unmap(s, two, size) != KOITO_ULMMI_OK;
    bad |= koito_ulmmi_share_destroy(s, share) != KOITO_ULMMI_OK;
    return bad;
}
