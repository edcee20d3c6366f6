/*
 * ULMM suite: memory a client maps through ULMMI, read and written for
 * real; demand paging; protection; shared memory; what ULMM can learn.
 */
#include "tests.h"
#include "ulmm_fixture.h"

#include "../capability/fixture.h"
#include "../ipc/helpers.h"

#include <guest_test.h>
#include <ulmm/ulmmi.h>

static uint64_t used_now(void)
{
    uint64_t quota = 0, used = 0, free = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(ulmm_root(), &quota, &used, &free), KOITO_ULMMI_OK);
    return used;
}

void test_eager_map_zero_and_usable(void)
{
    ulmm_begin();
    uint64_t before = used_now();
    uint64_t start = 0;
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_root(), 0, 8 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
        KOITO_ULMMI_OK);
    GUEST_CHECK(start != 0);
    volatile uint64_t *words = (volatile uint64_t *)(uintptr_t)start;
    uint64_t nonzero = 0;
    for (uint64_t i = 0; i < 8 * ULMM_PAGE / 8; i++)
        nonzero += words[i] != 0;
    GUEST_CHECK_EQ(nonzero, 0);
    for (uint64_t i = 0; i < 8 * ULMM_PAGE / 8; i++)
        words[i] = i * 3;
    uint64_t wrong = 0;
    for (uint64_t i = 0; i < 8 * ULMM_PAGE / 8; i++)
        wrong += words[i] != i * 3;
    GUEST_CHECK_EQ(wrong, 0);
    /* Eight pages and a region's record at least (page tables maybe). */
    uint64_t after = used_now();
    GUEST_CHECK(after >= before + 8 * ULMM_PAGE + ULMM_RECORD_CHARGE);
    GUEST_CHECK_EQ(koito_ulmmi_unmap(ulmm_root(), start, 8 * ULMM_PAGE), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(used_now(), after - 8 * ULMM_PAGE - ULMM_RECORD_CHARGE);
    GUEST_CHECK_EQ(koito_ulmmi_unmap(ulmm_root(), start, 8 * ULMM_PAGE),
                   KOITO_ULMMI_ERROR_NOT_MAPPED);
    ulmm_end();
}

/* Write the first word of the touch address, then read a word three pages on. */
static void touch_write_then_read(uint64_t i)
{
    ulmm_touch_address[0] = 0xfeed;
    ulmm_touch_seen = ulmm_touch_address[3 * 512] + 1;
    helper_park(i);
}

void test_lazy_pages_resolved_zero(void)
{
    ulmm_begin();
    uint64_t start = 0;
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_root(), 0, 64 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_LAZY, &start),
        KOITO_ULMMI_OK);
    uint64_t before = used_now();
    ulmm_touch_address = (volatile uint64_t *)(uintptr_t)(start + 5 * ULMM_PAGE);
    ulmm_touch_seen = 0;
    ulmm_toucher_start(1, touch_write_then_read);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    GUEST_CHECK_EQ(ulmm_touch_seen, 1); /* the second lazy page read as zero */
    GUEST_CHECK_EQ(ulmm_touch_address[0], 0xfeed);
    GUEST_CHECK_EQ(ulmm_test_server.faults_resolved, 2);
    GUEST_CHECK_EQ(ulmm_test_server.faults_forwarded, 0);
    GUEST_CHECK(used_now() >= before + 2 * ULMM_PAGE);
    ulmm_end();
}

static void touch_write(uint64_t i)
{
    ulmm_touch_address[0] = 7;
    helper_park(i);
}

void test_protect_takes_effect(void)
{
    ulmm_begin();
    uint64_t start = 0;
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_root(), 0, 2 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
        KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(
        koito_ulmmi_protect(ulmm_root(), start, ULMM_PAGE, ULMM_RW | KOITO_ULMMI_PROT_EXECUTE),
        KOITO_ULMMI_ERROR_WRITE_EXECUTE);
    GUEST_CHECK_EQ(koito_ulmmi_protect(ulmm_root(), start, ULMM_PAGE, KOITO_ULMMI_PROT_READ),
                   KOITO_ULMMI_OK);
    /* A write to the read-only page is not ULMM's to resolve: it goes to
     * the supervisor, with the address and the session. */
    ulmm_touch_address = (volatile uint64_t *)(uintptr_t)start;
    ulmm_toucher_start(1, touch_write);
    let_lower_run();
    struct a9n_message message;
    ulmm_receive_forwarded(&message);
    GUEST_CHECK_EQ(message.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(message.words[1], start);
    GUEST_CHECK_EQ(message.words[ULMM_FORWARD_SESSION], ulmm_test_root);
    GUEST_CHECK_EQ(a9n_thread_suspend(scratch(1)), A9N_OK);
    ulmm_reply_forwarded();
    GUEST_CHECK_EQ(helper_report[1].done, 0);
    GUEST_CHECK_EQ(ulmm_touch_address[0], 0);
    /* Writable again: the thread's write goes through when resumed. */
    GUEST_CHECK_EQ(koito_ulmmi_protect(ulmm_root(), start, ULMM_PAGE, ULMM_RW), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(scratch(1)), A9N_OK);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    GUEST_CHECK_EQ(ulmm_touch_address[0], 7);
    ulmm_end();
}

void test_unbacked_fault_forwarded(void)
{
    ulmm_begin();
    uint64_t start = 0;
    GUEST_CHECK_EQ(koito_ulmmi_reserve(ulmm_root(), 0, 4 * ULMM_PAGE, 0, &start), KOITO_ULMMI_OK);
    ulmm_touch_address = (volatile uint64_t *)(uintptr_t)(start + ULMM_PAGE);
    ulmm_toucher_start(1, touch_write);
    let_lower_run();
    struct a9n_message message;
    ulmm_receive_forwarded(&message);
    GUEST_CHECK_EQ(message.words[0], A9N_FAULT_PAGE);
    GUEST_CHECK_EQ(message.words[1], start + ULMM_PAGE);
    GUEST_CHECK_EQ(a9n_thread_suspend(scratch(1)), A9N_OK);
    ulmm_reply_forwarded();
    GUEST_CHECK_EQ(ulmm_test_server.faults_forwarded, 1);
    GUEST_CHECK_EQ(ulmm_test_server.faults_resolved, 0);
    /* Backed now, lazily: resumed, the thread's write is resolved. */
    GUEST_CHECK_EQ(
        koito_ulmmi_back(ulmm_root(), start, 4 * ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_LAZY),
        KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(a9n_thread_resume(scratch(1)), A9N_OK);
    let_lower_run();
    GUEST_CHECK_EQ(helper_report[1].done, 1);
    GUEST_CHECK_EQ(ulmm_touch_address[0], 7);
    GUEST_CHECK_EQ(ulmm_test_server.faults_resolved, 1);
    ulmm_end();
}

void test_shared_memory_seen_by_both_mappings(void)
{
    ulmm_begin();
    uint64_t share = 0, grant = 0, key = 0, first = 0, second = 0;
    GUEST_CHECK_EQ(koito_ulmmi_share_create(ulmm_root(), 2 * ULMM_PAGE, &share), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_share_grant(ulmm_root(), share, ULMM_RW, &grant, &key),
                   KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_share_map(ulmm_root(), grant, key, 0, ULMM_RW, 0, &first),
                   KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(
        koito_ulmmi_share_map(ulmm_root(), grant, key, 0, KOITO_ULMMI_PROT_READ, 0, &second),
        KOITO_ULMMI_OK);
    GUEST_CHECK(first != second);
    volatile uint64_t *a = (volatile uint64_t *)(uintptr_t)first;
    volatile uint64_t *b = (volatile uint64_t *)(uintptr_t)second;
    GUEST_CHECK_EQ(b[600], 0);
    a[600] = 0xabcdef;
    GUEST_CHECK_EQ(b[600], 0xabcdef);
    GUEST_CHECK_EQ(koito_ulmmi_share_map(ulmm_root(), grant, key ^ 1, 0, ULMM_RW, 0, &second),
                   KOITO_ULMMI_ERROR_BAD_HANDLE);
    GUEST_CHECK_EQ(koito_ulmmi_share_destroy(ulmm_root(), share), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_share_map(ulmm_root(), grant, key, 0, ULMM_RW, 0, &second),
                   KOITO_ULMMI_ERROR_STALE_HANDLE);
    ulmm_end();
}

void test_no_physical_addresses(void)
{
    ulmm_begin();
    uint64_t start = 0;
    GUEST_CHECK_EQ(
        koito_ulmmi_map(ulmm_root(), 0, ULMM_PAGE, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
        KOITO_ULMMI_OK);
    /* ULMM's generic and the frame it made from it cannot tell where they lie. */
    GUEST_CHECK_EQ(slot_rights(scratch(ULMM_SLOT_GENERIC)) & A9N_RIGHT_PHYSICAL, 0);
    struct ulmm_session *root = 0;
    GUEST_CHECK_EQ(ulmm_session_find(&ulmm_test_server.core, ulmm_test_root, &root), ULMM_OK);
    const struct ulmm_page *page = ulmm_pagemap_get(&root->pages, start / ULMM_PAGE);
    GUEST_CHECK(page != 0);
    uint64_t physical = 0;
    GUEST_CHECK_EQ(a9n_frame_get_physical_address(page->frame, &physical),
                   A9N_ERROR_INSUFFICIENT_RIGHTS);
    GUEST_CHECK_EQ(slot_rights(page->frame) & A9N_RIGHT_PHYSICAL, 0);
    ulmm_end();
}

/* 12 MiB mapped eagerly: more capabilities than ULMM's first leaf node
 * holds, so it grows its room from its own memory as it goes. */
void test_capability_room_grows(void)
{
    ulmm_begin();
    GUEST_CHECK_EQ(ulmm_test_server.kernel.leaves, 1);
    uint64_t start = 0, size = UINT64_C(12) << 20;
    GUEST_CHECK_EQ(koito_ulmmi_map(ulmm_root(), 0, size, ULMM_RW, KOITO_ULMMI_MAP_EAGER, &start),
                   KOITO_ULMMI_OK);
    GUEST_CHECK(ulmm_test_server.kernel.leaves > 4);
    volatile uint64_t *first = (volatile uint64_t *)(uintptr_t)start;
    volatile uint64_t *last = (volatile uint64_t *)(uintptr_t)(start + size - 8);
    GUEST_CHECK_EQ(*first + *last, 0);
    *first = 1;
    *last = 2;
    GUEST_CHECK_EQ(*first + *last, 3);
    GUEST_CHECK_EQ(koito_ulmmi_check(ulmm_root()), KOITO_ULMMI_OK);
    GUEST_CHECK_EQ(koito_ulmmi_unmap(ulmm_root(), start, size), KOITO_ULMMI_OK);
    ulmm_end();
}
