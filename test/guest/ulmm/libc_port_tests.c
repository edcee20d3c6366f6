/*
 * ULMM suite: the C library's page functions (libc/src/koito), which its
 * allocator and mmap() call, served by ULMM through the test program's session.
 */
#include "tests.h"
#include "ulmm_fixture.h"

#include <guest_test.h>
#include <ulmm/ulmmi.h>

/* The port functions (libc's internal port.h declares them). */
extern uint64_t __koito_memory_session;
void *__koito_pages_map(size_t bytes);
void __koito_pages_unmap(void *pages, size_t bytes);

static uint64_t used_now(void)
{
    uint64_t quota = 0, used = 0, free = 0;
    GUEST_CHECK_EQ(koito_ulmmi_quota(ulmm_root(), &quota, &used, &free), KOITO_ULMMI_OK);
    return used;
}

void test_libc_pages_from_session(void)
{
    ulmm_begin();
    __koito_memory_session = 0;
    GUEST_CHECK(__koito_pages_map(ULMM_PAGE) == 0); /* no session, no pages */
    __koito_memory_session = ulmm_root();
    uint64_t before = used_now();
    volatile uint64_t *pages = __koito_pages_map(16 * ULMM_PAGE);
    GUEST_CHECK(pages != 0);
    uint64_t nonzero = 0;
    for (uint64_t i = 0; i < 16 * ULMM_PAGE / 8; i++) {
        nonzero += pages[i] != 0;
        pages[i] = i;
    }
    GUEST_CHECK_EQ(nonzero, 0);
    GUEST_CHECK_EQ(pages[1000], 1000);
    GUEST_CHECK(used_now() >= before + 16 * ULMM_PAGE);
    __koito_pages_unmap((void *)pages, 16 * ULMM_PAGE);
    /* What stays charged is the page tables the first mapping made. */
    GUEST_CHECK(used_now() < before + ULMM_PAGE * 4);
    /* More than the quota: an answer, not a crash. */
    GUEST_CHECK(__koito_pages_map(ULMM_TEST_QUOTA + ULMM_PAGE) == 0);
    GUEST_CHECK(__koito_pages_map(100) == 0);
    __koito_memory_session = 0;
    ulmm_end();
}
