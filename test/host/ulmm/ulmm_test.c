/*
 * Unit tests of ULMM's core (ulmm/core) against the fake kernel.
 *
 * Layer: host tests of ULMM. Each test builds a fresh ULMM with 16 MiB and
 * 1 MiB of generic memory, runs requests, and checks their answers, what the
 * fake kernel then holds (frames, mappings, tables, objects), the quota
 * figures, and ulmm_check() after every step. Every test ends by closing its
 * sessions and checking that all memory came back to the byte.
 */
#include "check.h"
#include "fake_backend.h"
#include "ulmm.h"

#include <stdlib.h>

#define KIB       UINT64_C(1024)
#define MIB       (KIB * KIB)
#define PAGE      ULMM_PAGE_SIZE
#define RECORD    ULMM_RECORD_CHARGE
#define RW        (ULMM_PROT_READ | ULMM_PROT_WRITE)
#define RX        (ULMM_PROT_READ | ULMM_PROT_EXECUTE)
#define R         ULMM_PROT_READ
#define META_BASE UINT64_C(0x400000000000)
#define META_SIZE (UINT64_C(1) << 40)

struct world {
    struct fake_backend *fake;
    struct ulmm *u;
    void *bootstrap;
    uint64_t root;
    uint64_t total;
};

static void world_checked(struct world *w)
{
    const char *what = NULL;
    enum ulmm_error error = ulmm_check(w->u, &what);
    if (error != ULMM_OK)
        fprintf(stderr, "invariant broken: %s\n", what);
    CHECK_EQ(error, ULMM_OK);
}

static struct world world_make(void)
{
    struct world w = {.fake = fake_backend_create(), .u = calloc(1, sizeof(struct ulmm))};
    w.bootstrap = aligned_alloc(PAGE, 4 * PAGE);
    struct ulmm_backend ops = fake_backend_ops(w.fake);
    struct ulmm_config config = {w.bootstrap, 4 * PAGE, 0x1234567, fake_backend_space(w.fake),
                                 META_BASE,   META_SIZE};
    ulmm_init(w.u, &ops, &config);
    CHECK_EQ(ulmm_add_generic(w.u, fake_backend_generic(w.fake, 24), 24), ULMM_OK);
    CHECK_EQ(ulmm_add_generic(w.u, fake_backend_generic(w.fake, 20), 20), ULMM_OK);
    w.total = 16 * MIB + MIB;
    /* The root keeps 1 MiB back for ULMM's own bookkeeping. */
    CHECK_EQ(ulmm_root_session(w.u, w.total - MIB, 0, 0, &w.root), ULMM_OK);
    world_checked(&w);
    return w;
}

static uint64_t world_open(struct world *w, uint64_t parent, uint64_t quota)
{
    uint64_t child = 0;
    CHECK_EQ(ulmm_session_open(w->u, parent, quota, fake_backend_space(w->fake), 1, 0, 0, &child),
             ULMM_OK);
    world_checked(w);
    return child;
}

static struct ulmm_quota_info world_quota(struct world *w, uint64_t session)
{
    struct ulmm_quota_info info = {0};
    CHECK_EQ(ulmm_quota_query(w->u, session, &info), ULMM_OK);
    return info;
}

/* Everything made for sessions is gone: only ULMM's bookkeeping pages are
 * left in use, as frames mapped for ULMM itself. */
static void world_all_back(struct world *w)
{
    struct fake_counts c = fake_backend_counts(w->fake);
    CHECK_EQ(c.mappings, 0);
    CHECK_EQ(c.tables, w->u->meta.table_count);
    CHECK_EQ(c.objects, 0);
    CHECK_EQ(c.spaces, 1); /* ULMM's own: every session's went with it */
    CHECK_EQ(c.frames, c.self_pages);
    CHECK_EQ(c.frames, w->u->meta.pages);
    CHECK_EQ(w->u->buddy.free_bytes + w->u->buddy.pool_bytes,
             w->total - (w->u->meta.pages + w->u->meta.table_count) * PAGE - w->u->meta.slot_bytes);
    struct ulmm_quota_info root = world_quota(w, w->root);
    CHECK_EQ(root.quota, w->total - MIB);
    CHECK_EQ(root.used, RECORD);
    world_checked(w);
}

static void world_free(struct world *w)
{
    fake_backend_destroy(w->fake);
    free(w->u);
    free(w->bootstrap);
}

/* Memory given after the start (what KOITO releases later) grows the root's quota only: a child
 * cannot add memory, and the totals balance with the new generic counted. */
static void test_root_adds_memory(void)
{
    struct world w = world_make();
    uint64_t a = world_open(&w, w.root, MIB);
    uint64_t before = world_quota(&w, w.root).quota;
    uint64_t free_before = world_quota(&w, w.root).system_free;
    CHECK_EQ(ulmm_root_add_generic(w.u, a, fake_backend_generic(w.fake, 21), 21),
             ULMM_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(ulmm_root_add_generic(w.u, a + 1000, fake_backend_generic(w.fake, 21), 21),
             ULMM_ERROR_BAD_HANDLE);
    CHECK_EQ(ulmm_root_add_generic(w.u, w.root, fake_backend_generic(w.fake, 3), 3),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(world_quota(&w, w.root).quota, before);
    world_checked(&w);
    CHECK_EQ(ulmm_root_add_generic(w.u, w.root, fake_backend_generic(w.fake, 21), 21), ULMM_OK);
    CHECK_EQ(world_quota(&w, w.root).quota, before + 2 * MIB);
    CHECK(world_quota(&w, w.root).system_free >= free_before + 2 * MIB - 4 * PAGE);
    world_checked(&w);
    /* The new memory is the root's to give: a child may now get more than the old total. */
    uint64_t b = world_open(&w, w.root, before + MIB);
    CHECK_EQ(ulmm_session_close(w.u, w.root, b), ULMM_OK);
    CHECK_EQ(ulmm_session_close(w.u, w.root, a), ULMM_OK);
    w.total += 2 * MIB;
    world_all_back(&w);
    world_free(&w);
}

static void test_sessions_donate_and_return_quota(void)
{
    struct world w = world_make();
    uint64_t a = world_open(&w, w.root, 4 * MIB);
    CHECK_EQ(world_quota(&w, w.root).quota, w.total - MIB - 4 * MIB);
    CHECK_EQ(world_quota(&w, a).quota, 4 * MIB);
    CHECK_EQ(world_quota(&w, a).used, RECORD);
    uint64_t b = world_open(&w, a, MIB);
    CHECK_EQ(world_quota(&w, a).quota, 3 * MIB);
    uint64_t unused;
    /* A child cannot be given more than the parent has unspent. */
    CHECK_EQ(ulmm_session_open(w.u, a, 3 * MIB, 0, 0, 0, 0, &unused), ULMM_ERROR_OUT_OF_QUOTA);
    CHECK_EQ(ulmm_session_open(w.u, a, 8, 0, 0, 0, 0, &unused), ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_quota_give(w.u, a, b, MIB), ULMM_OK);
    CHECK_EQ(world_quota(&w, b).quota, 2 * MIB);
    CHECK_EQ(ulmm_quota_take(w.u, a, b, 2 * MIB), ULMM_ERROR_OUT_OF_QUOTA); /* record is spent */
    CHECK_EQ(ulmm_quota_take(w.u, a, b, 2 * MIB - RECORD), ULMM_OK);
    CHECK_EQ(world_quota(&w, b).quota, RECORD);
    CHECK_EQ(ulmm_quota_give(w.u, a, b, 4 * MIB), ULMM_ERROR_OUT_OF_QUOTA);
    /* Only the parent may manage a child: the root is not b's parent. */
    CHECK_EQ(ulmm_quota_give(w.u, w.root, b, PAGE), ULMM_ERROR_FOREIGN_HANDLE);
    CHECK_EQ(ulmm_session_close(w.u, w.root, b), ULMM_ERROR_FOREIGN_HANDLE);
    CHECK_EQ(ulmm_session_close(w.u, b, a), ULMM_ERROR_FOREIGN_HANDLE);
    ulmm_cap client_copy;
    ulmm_cap endpoint = fake_backend_endpoint(w.fake, &client_copy);
    CHECK_EQ(ulmm_session_set_endpoint(w.u, b, endpoint), ULMM_OK);
    CHECK_EQ(ulmm_session_set_endpoint(w.u, b, endpoint), ULMM_ERROR_INVALID_ARGUMENT);
    world_checked(&w);
    /* Closing a closes b too, and everything returns to the root; b's
     * capability is gone from its client too. */
    CHECK_EQ(ulmm_session_close(w.u, w.root, a), ULMM_OK);
    struct ulmm_quota_info info;
    CHECK_EQ(ulmm_quota_query(w.u, a, &info), ULMM_ERROR_STALE_HANDLE);
    CHECK_EQ(ulmm_quota_query(w.u, b, &info), ULMM_ERROR_STALE_HANDLE);
    CHECK(!fake_backend_live(w.fake, client_copy));
    CHECK(!fake_backend_live(w.fake, endpoint));
    CHECK_EQ(ulmm_quota_query(w.u, a + 1000, &info), ULMM_ERROR_BAD_HANDLE); /* never issued */
    CHECK_EQ(ulmm_quota_query(w.u, 0, &info), ULMM_ERROR_BAD_HANDLE);
    CHECK_EQ(ulmm_quota_query(w.u, a + (UINT64_C(7) << 32), &info), ULMM_ERROR_BAD_HANDLE);
    world_all_back(&w);
    world_free(&w);
}

static void test_eager_map_charges_and_unmap_returns(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, 2 * MIB);
    uint64_t space_frames = fake_backend_counts(w.fake).frames;
    uint64_t at = 0;
    CHECK_EQ(ulmm_map(w.u, s, 0, 16 * PAGE, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    CHECK(at != 0);
    world_checked(&w);
    struct fake_counts c = fake_backend_counts(w.fake);
    CHECK_EQ(c.mappings, 16);
    CHECK_EQ(c.tables, 3 + w.u->meta.table_count); /* one table at each depth */
    CHECK(c.frames >= space_frames + 16);
    uint64_t prot = 0;
    struct ulmm_session *session;
    CHECK_EQ(ulmm_session_find(w.u, s, &session), ULMM_OK);
    CHECK(fake_backend_mapped(w.fake, session->space, at + 15 * PAGE, &prot));
    CHECK_EQ(prot, RW);
    CHECK_EQ(world_quota(&w, s).used, RECORD + RECORD + 16 * PAGE + 3 * PAGE);
    /* Unmapping the middle splits the region and frees its pages. */
    CHECK_EQ(ulmm_unmap(w.u, s, at + 4 * PAGE, 4 * PAGE), ULMM_OK);
    world_checked(&w);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 12);
    CHECK_EQ(world_quota(&w, s).used, RECORD + 2 * RECORD + 12 * PAGE + 3 * PAGE);
    /* A double unmap is refused and changes nothing. */
    CHECK_EQ(ulmm_unmap(w.u, s, at + 4 * PAGE, PAGE), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(ulmm_unmap(w.u, s, at, 16 * PAGE), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 12);
    CHECK_EQ(ulmm_unmap(w.u, s, at, 4 * PAGE), ULMM_OK);
    CHECK_EQ(ulmm_unmap(w.u, s, at + 8 * PAGE, 8 * PAGE), ULMM_OK);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 0);
    /* Page tables stay the session's until it closes. */
    CHECK_EQ(world_quota(&w, s).used, RECORD + 3 * PAGE);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_ranges_refused(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, MIB);
    uint64_t at;
    CHECK_EQ(ulmm_reserve(w.u, s, 0x400000, 8 * PAGE, ULMM_MAP_FIXED, &at), ULMM_OK);
    CHECK_EQ(at, 0x400000);
    CHECK_EQ(ulmm_reserve(w.u, s, 0x404000, PAGE, ULMM_MAP_FIXED, &at), ULMM_ERROR_OVERLAP);
    CHECK_EQ(ulmm_reserve(w.u, s, 0x400001, PAGE, ULMM_MAP_FIXED, &at),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_reserve(w.u, s, 0x400000, 0, ULMM_MAP_FIXED, &at), ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_reserve(w.u, s, 0, PAGE, ULMM_MAP_FIXED, &at), ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_reserve(w.u, s, UINT64_C(0xffff800000000000), PAGE, ULMM_MAP_FIXED, &at),
             ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_reserve(w.u, s, ULMM_WINDOW_END - PAGE, 2 * PAGE, ULMM_MAP_FIXED, &at),
             ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_reserve(w.u, s, UINT64_MAX & ~(PAGE - 1), PAGE, ULMM_MAP_FIXED, &at),
             ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_reserve(w.u, s, 0, PAGE, 0x80, &at), ULMM_ERROR_INVALID_ARGUMENT);
    /* A hint that is taken is moved elsewhere without FIXED. */
    CHECK_EQ(ulmm_reserve(w.u, s, 0x400000, PAGE, 0, &at), ULMM_OK);
    CHECK(at != 0x400000);
    CHECK_EQ(ulmm_unmap(w.u, s, 0x300000, PAGE), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(ulmm_unmap(w.u, s, 0, PAGE), ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_unmap(w.u, s, 0x400000, 9 * PAGE), ULMM_ERROR_NOT_MAPPED);
    /* Backing: only reserved, unbacked, whole ranges. */
    CHECK_EQ(ulmm_back(w.u, s, 0x400000, 9 * PAGE, R, ULMM_MAP_LAZY), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(ulmm_back(w.u, s, 0x400000, PAGE, R, ULMM_MAP_LAZY | ULMM_MAP_EAGER),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_back(w.u, s, 0x400000, PAGE, RW | ULMM_PROT_EXECUTE, ULMM_MAP_LAZY),
             ULMM_ERROR_WRITE_EXECUTE);
    CHECK_EQ(ulmm_back(w.u, s, 0x400000, PAGE, ULMM_PROT_WRITE, ULMM_MAP_LAZY),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_back(w.u, s, 0x402000, 2 * PAGE, RW, ULMM_MAP_EAGER), ULMM_OK);
    CHECK_EQ(ulmm_back(w.u, s, 0x400000, 4 * PAGE, RW, ULMM_MAP_EAGER), ULMM_ERROR_OVERLAP);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_lazy_pages_and_faults(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, MIB);
    uint64_t at;
    CHECK_EQ(ulmm_map(w.u, s, 0, 256 * MIB, RW, ULMM_MAP_LAZY, &at), ULMM_OK);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 0);
    CHECK_EQ(world_quota(&w, s).used, 2 * RECORD);
    CHECK_EQ(ulmm_fault(w.u, s, at + 5 * PAGE + 17, ULMM_PROT_WRITE), ULMM_OK);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 1);
    /* A second fault on the same page (another thread) maps nothing more. */
    CHECK_EQ(ulmm_fault(w.u, s, at + 5 * PAGE, ULMM_PROT_READ), ULMM_OK);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 1);
    CHECK_EQ(world_quota(&w, s).used, 2 * RECORD + PAGE + 3 * PAGE);
    CHECK_EQ(ulmm_fault(w.u, s, at + 5 * PAGE, ULMM_PROT_EXECUTE), ULMM_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(ulmm_fault(w.u, s, 0x1000, ULMM_PROT_READ), ULMM_ERROR_NOT_BACKED);
    CHECK_EQ(ulmm_fault(w.u, s, at, 0x10), ULMM_ERROR_INVALID_ARGUMENT);
    uint64_t reserved;
    CHECK_EQ(ulmm_reserve(w.u, s, 0, PAGE, 0, &reserved), ULMM_OK);
    CHECK_EQ(ulmm_fault(w.u, s, reserved, ULMM_PROT_READ), ULMM_ERROR_NOT_BACKED);
    world_checked(&w);
    /* A stack that grows to its limit: faults succeed until the quota is spent. */
    enum ulmm_error error = ULMM_OK;
    uint64_t pages = 0;
    for (uint64_t page = at + 256 * MIB - PAGE; error == ULMM_OK; page -= PAGE, pages++)
        error = ulmm_fault(w.u, s, page, ULMM_PROT_WRITE);
    CHECK_EQ(error, ULMM_ERROR_OUT_OF_QUOTA);
    CHECK(pages > 200);
    struct ulmm_quota_info q = world_quota(&w, s);
    CHECK(q.quota - q.used < PAGE);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_protect_wx(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, MIB);
    uint64_t at;
    CHECK_EQ(ulmm_map(w.u, s, 0x500000, 4 * PAGE, RW, ULMM_MAP_EAGER | ULMM_MAP_FIXED, &at),
             ULMM_OK);
    struct ulmm_session *session;
    CHECK_EQ(ulmm_session_find(w.u, s, &session), ULMM_OK);
    uint64_t prot = 0;
    CHECK(fake_backend_mapped(w.fake, session->space, 0x501000, &prot));
    CHECK_EQ(prot, RW);
    CHECK_EQ(ulmm_protect(w.u, s, 0x501000, PAGE, RW | ULMM_PROT_EXECUTE),
             ULMM_ERROR_WRITE_EXECUTE);
    CHECK_EQ(ulmm_protect(w.u, s, 0x501000, PAGE, RX), ULMM_OK);
    CHECK(fake_backend_mapped(w.fake, session->space, 0x501000, &prot));
    CHECK_EQ(prot, RX);
    CHECK(fake_backend_mapped(w.fake, session->space, 0x502000, &prot));
    CHECK_EQ(prot, RW);
    CHECK_EQ(ulmm_protect(w.u, s, 0x500000, 5 * PAGE, R), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(ulmm_protect(w.u, s, 0x500000, 4 * PAGE, R), ULMM_OK);
    CHECK(fake_backend_mapped(w.fake, session->space, 0x503000, &prot));
    CHECK_EQ(prot, R);
    CHECK_EQ(ulmm_fault(w.u, s, 0x503000, ULMM_PROT_WRITE), ULMM_ERROR_INSUFFICIENT_RIGHTS);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* A session in ULMM's own address space (as in the guest suite) cannot
 * reach ULMM's bookkeeping window there. */
static void test_own_window_refused(void)
{
    struct world w = world_make();
    uint64_t s = 0, at;
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, w.u->self_space, 1, 0, 0, &s), ULMM_OK);
    CHECK_EQ(world_quota(&w, s).used, 2 * RECORD);
    CHECK_EQ(ulmm_unmap(w.u, s, META_BASE, PAGE), ULMM_ERROR_PINNED);
    CHECK_EQ(ulmm_protect(w.u, s, META_BASE, PAGE, RW), ULMM_ERROR_PINNED);
    CHECK_EQ(ulmm_map(w.u, s, META_BASE, PAGE, RW, ULMM_MAP_EAGER | ULMM_MAP_FIXED, &at),
             ULMM_ERROR_OVERLAP);
    CHECK_EQ(ulmm_back(w.u, s, META_BASE, PAGE, RW, ULMM_MAP_EAGER), ULMM_ERROR_PINNED);
    CHECK_EQ(ulmm_fault(w.u, s, META_BASE, R), ULMM_ERROR_NOT_BACKED);
    CHECK_EQ(ulmm_map(w.u, s, 0, 64 * PAGE, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    CHECK(at + 64 * PAGE <= META_BASE || at >= META_BASE + META_SIZE);
    uint64_t small;
    CHECK_EQ(ulmm_session_open(w.u, w.root, RECORD, w.u->self_space, 1, 0, 0, &small),
             ULMM_ERROR_OUT_OF_QUOTA);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_pinned_ranges(void)
{
    struct world w = world_make();
    uint64_t parent = world_open(&w, w.root, 2 * MIB);
    uint64_t child = world_open(&w, parent, MIB);
    uint64_t at;
    CHECK_EQ(ulmm_map(w.u, child, 0x600000, 2 * PAGE, RW, ULMM_MAP_EAGER | ULMM_MAP_FIXED, &at),
             ULMM_OK);
    CHECK_EQ(ulmm_pin(w.u, w.root, child, 0x600000, PAGE), ULMM_ERROR_FOREIGN_HANDLE);
    CHECK_EQ(ulmm_pin(w.u, parent, child, 0x600000, 3 * PAGE), ULMM_ERROR_NOT_MAPPED);
    CHECK_EQ(ulmm_pin(w.u, parent, child, 0x600000, PAGE), ULMM_OK);
    CHECK_EQ(ulmm_unmap(w.u, child, 0x600000, 2 * PAGE), ULMM_ERROR_PINNED);
    CHECK_EQ(ulmm_protect(w.u, child, 0x600000, PAGE, RX), ULMM_ERROR_PINNED);
    CHECK_EQ(ulmm_unmap(w.u, child, 0x601000, PAGE), ULMM_OK);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, parent), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_quota_exhaustion_changes_nothing(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, 64 * KIB);
    uint64_t at;
    struct ulmm_quota_info before = world_quota(&w, s);
    struct fake_counts counts = fake_backend_counts(w.fake);
    CHECK_EQ(ulmm_map(w.u, s, 0, 64 * KIB, RW, ULMM_MAP_EAGER, &at), ULMM_ERROR_OUT_OF_QUOTA);
    /* Pages fit, but the page tables do not: undone, all of it. */
    CHECK_EQ(ulmm_map(w.u, s, 0, 14 * PAGE, RW, ULMM_MAP_EAGER, &at), ULMM_ERROR_OUT_OF_QUOTA);
    CHECK_EQ(world_quota(&w, s).used, before.used);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, counts.mappings);
    CHECK_EQ(fake_backend_counts(w.fake).tables, counts.tables);
    uint64_t object;
    ulmm_cap cap;
    CHECK_EQ(ulmm_object_alloc(w.u, s, ULMM_OBJECT_NODE, 12, &object, &cap),
             ULMM_ERROR_OUT_OF_QUOTA);
    CHECK_EQ(ulmm_share_create(w.u, s, 64 * KIB, &object), ULMM_ERROR_OUT_OF_QUOTA);
    CHECK_EQ(world_quota(&w, s).used, before.used);
    CHECK_EQ(ulmm_map(w.u, s, 0, 8 * PAGE, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_shared_memory(void)
{
    struct world w = world_make();
    uint64_t a = world_open(&w, w.root, MIB);
    uint64_t b = world_open(&w, w.root, MIB);
    uint64_t share, grant, key, at_a, at_b;
    CHECK_EQ(ulmm_share_create(w.u, a, 4 * PAGE, &share), ULMM_OK);
    CHECK_EQ(world_quota(&w, a).used, RECORD + 4 * PAGE + RECORD);
    CHECK_EQ(ulmm_share_grant(w.u, b, share, R, &grant, &key), ULMM_ERROR_FOREIGN_HANDLE);
    CHECK_EQ(ulmm_share_grant(w.u, a, share, RW | ULMM_PROT_EXECUTE, &grant, &key), ULMM_OK);
    CHECK_EQ(ulmm_share_map(w.u, a, grant, key, 0, RW, 0, &at_a), ULMM_OK);
    uint64_t read_grant, read_key;
    CHECK_EQ(ulmm_share_grant(w.u, a, share, R, &read_grant, &read_key), ULMM_OK);
    CHECK_EQ(ulmm_share_map(w.u, b, read_grant, read_key + 2, 0, R, 0, &at_b),
             ULMM_ERROR_BAD_HANDLE);
    CHECK_EQ(ulmm_share_map(w.u, b, read_grant, read_key, 0, RW, 0, &at_b),
             ULMM_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(ulmm_share_map(w.u, b, read_grant, read_key, 0, R, 0, &at_b), ULMM_OK);
    world_checked(&w);
    /* b pays for its page tables and its region, not for the pages. */
    CHECK_EQ(world_quota(&w, b).used, RECORD + RECORD + 3 * PAGE);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 8);
    CHECK_EQ(ulmm_protect(w.u, b, at_b, PAGE, RW), ULMM_ERROR_INSUFFICIENT_RIGHTS);
    CHECK_EQ(ulmm_share_destroy(w.u, b, share), ULMM_ERROR_FOREIGN_HANDLE);
    /* Destroying takes the pages from b too; b's range stays reserved. */
    CHECK_EQ(ulmm_share_destroy(w.u, a, share), ULMM_OK);
    world_checked(&w);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 0);
    CHECK_EQ(ulmm_fault(w.u, b, at_b, R), ULMM_ERROR_NOT_BACKED);
    CHECK_EQ(ulmm_share_map(w.u, b, read_grant, read_key, 0, R, 0, &at_b), ULMM_ERROR_STALE_HANDLE);
    CHECK_EQ(ulmm_unmap(w.u, b, at_b, 4 * PAGE), ULMM_OK);
    /* Closing the owner's session ends its objects' mappings elsewhere too. */
    CHECK_EQ(ulmm_share_create(w.u, a, 2 * PAGE, &share), ULMM_OK);
    CHECK_EQ(ulmm_share_grant(w.u, a, share, R, &grant, &key), ULMM_OK);
    CHECK_EQ(ulmm_share_map(w.u, b, grant, key, 0, R, 0, &at_b), ULMM_OK);
    CHECK_EQ(ulmm_unmap(w.u, b, at_b + PAGE, PAGE), ULMM_OK);
    CHECK_EQ(ulmm_session_close(w.u, w.root, a), ULMM_OK);
    world_checked(&w);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 0);
    CHECK_EQ(ulmm_session_close(w.u, w.root, b), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_kernel_objects(void)
{
    struct world w = world_make();
    uint64_t a = world_open(&w, w.root, MIB);
    uint64_t b = world_open(&w, w.root, MIB);
    uint64_t thread, node, port;
    ulmm_cap cap;
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_THREAD, 0, &thread, &cap), ULMM_OK);
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_NODE, 8, &node, &cap), ULMM_OK);
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_IPC_PORT, 0, &port, &cap), ULMM_OK);
    /* A node of radix 8 takes 64 * 257 bytes: a 32 KiB block. */
    CHECK_EQ(world_quota(&w, a).used, RECORD + 3 * RECORD + PAGE + 32 * KIB + PAGE);
    CHECK_EQ(fake_backend_counts(w.fake).objects, 3);
    uint64_t unused;
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_FRAME, 12, &unused, &cap),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_PAGE_TABLE, 1, &unused, &cap),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_NODE, 0, &unused, &cap),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_object_alloc(w.u, a, ULMM_OBJECT_THREAD, 1, &unused, &cap),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_object_alloc(w.u, a, 99, 0, &unused, &cap), ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_object_free(w.u, b, thread), ULMM_ERROR_FOREIGN_HANDLE);
    CHECK_EQ(ulmm_object_free(w.u, a, thread), ULMM_OK);
    CHECK_EQ(ulmm_object_free(w.u, a, thread), ULMM_ERROR_STALE_HANDLE);
    CHECK_EQ(ulmm_object_free(w.u, a, node ^ (UINT64_C(1) << 24)), ULMM_ERROR_BAD_HANDLE);
    CHECK_EQ(ulmm_object_free(w.u, a, a), ULMM_ERROR_BAD_HANDLE); /* a session is no object */
    CHECK_EQ(fake_backend_counts(w.fake).objects, 2);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, a), ULMM_OK);
    CHECK_EQ(ulmm_session_close(w.u, w.root, b), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* A backend call fails at every point of a request in turn: each time the
 * request is refused or done whole, and ULMM stays consistent. */
static void test_backend_failures_undone(void)
{
    for (uint64_t n = 1; n < 120; n++) {
        struct world w = world_make();
        uint64_t a = world_open(&w, w.root, 4 * MIB);
        uint64_t b = world_open(&w, w.root, MIB);
        fake_backend_fail_after(w.fake, n);
        uint64_t at, share, grant, key, object;
        ulmm_cap cap;
        if (ulmm_map(w.u, a, 0, 40 * PAGE, RW, ULMM_MAP_EAGER, &at) == ULMM_OK)
            ulmm_unmap(w.u, a, at + PAGE, PAGE);
        world_checked(&w);
        if (ulmm_share_create(w.u, a, 8 * PAGE, &share) == ULMM_OK &&
            ulmm_share_grant(w.u, a, share, R, &grant, &key) == ULMM_OK)
            ulmm_share_map(w.u, b, grant, key, 0, R, 0, &at);
        world_checked(&w);
        ulmm_object_alloc(w.u, b, ULMM_OBJECT_NODE, 10, &object, &cap);
        world_checked(&w);
        fake_backend_fail_after(w.fake, 0);
        CHECK_EQ(ulmm_session_close(w.u, w.root, a), ULMM_OK);
        CHECK_EQ(ulmm_session_close(w.u, w.root, b), ULMM_OK);
        world_all_back(&w);
        world_free(&w);
    }
}

/* Pieces are merged only when a large block is needed: then they are. Long-
 * lived pages (bookkeeping, page tables) come from their own pool, so
 * memory used and freed by clients becomes whole again. */
static void test_free_blocks_coalesce_when_needed(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, 15 * MIB + MIB / 2);
    uint64_t at, object;
    ulmm_cap cap;
    CHECK_EQ(ulmm_map(w.u, s, 0, 15 * MIB, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    CHECK_EQ(ulmm_unmap(w.u, s, at, 15 * MIB), ULMM_OK);
    uint64_t generics = fake_backend_counts(w.fake).generics;
    /* A node of radix 14 takes a block of 2 MiB: pieces merge for it. */
    CHECK_EQ(ulmm_object_alloc(w.u, s, ULMM_OBJECT_NODE, 14, &object, &cap), ULMM_OK);
    CHECK(fake_backend_counts(w.fake).generics < generics);
    struct ulmm_session *session;
    CHECK_EQ(ulmm_session_find(w.u, s, &session), ULMM_OK);
    CHECK_EQ(world_quota(&w, s).used, 2 * RECORD + 2 * MIB + session->table_count * PAGE);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* 64 sessions allocate, share and free at random (a fixed seed); after
 * every round the invariants hold, and at the end every byte is back. */
static void test_64_sessions_stress(void)
{
    enum { CLIENTS = 64, ROUNDS = 40 };
    struct world w = world_make();
    uint64_t sessions[CLIENTS], mapped[CLIENTS] = {0}, shares[CLIENTS] = {0};
    uint64_t grants[CLIENTS] = {0}, keys[CLIENTS] = {0};
    for (unsigned c = 0; c < CLIENTS; c++)
        sessions[c] = world_open(&w, w.root, 192 * KIB);
    uint64_t seed = 12345, done = 0;
    for (unsigned round = 0; round < ROUNDS; round++) {
        for (unsigned c = 0; c < CLIENTS; c++) {
            seed = seed * 6364136223846793005u + 1442695040888963407u;
            unsigned what = (unsigned)(seed >> 33) % 6, other = (unsigned)(seed >> 40) % CLIENTS;
            uint64_t at;
            switch (what) {
            case 0:
                if (mapped[c] == 0 &&
                    ulmm_map(w.u, sessions[c], 0, 4 * PAGE, RW, ULMM_MAP_EAGER, &at) == ULMM_OK)
                    mapped[c] = at, done++;
                break;
            case 1:
                if (mapped[c] != 0) {
                    CHECK_EQ(ulmm_unmap(w.u, sessions[c], mapped[c], 4 * PAGE), ULMM_OK);
                    mapped[c] = 0;
                }
                break;
            case 2:
                if (shares[c] == 0 &&
                    ulmm_share_create(w.u, sessions[c], 2 * PAGE, &shares[c]) == ULMM_OK)
                    CHECK_EQ(ulmm_share_grant(w.u, sessions[c], shares[c], R, &grants[c], &keys[c]),
                             ULMM_OK);
                break;
            case 3:
                if (shares[other] != 0 && ulmm_share_map(w.u, sessions[c], grants[other],
                                                         keys[other], 0, R, 0, &at) == ULMM_OK)
                    done++;
                break;
            case 4:
                if (shares[c] != 0) {
                    CHECK_EQ(ulmm_share_destroy(w.u, sessions[c], shares[c]), ULMM_OK);
                    shares[c] = 0;
                }
                break;
            default:
                CHECK(ulmm_fault(w.u, sessions[c], ULMM_WINDOW_START, ULMM_PROT_READ) ==
                      ULMM_ERROR_NOT_BACKED);
                break;
            }
        }
        world_checked(&w);
    }
    CHECK(done > CLIENTS);
    for (unsigned c = 0; c < CLIENTS; c++)
        CHECK_EQ(ulmm_session_close(w.u, w.root, sessions[c]), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* ULMM's room for capabilities grows as it needs, a node at a time, from
 * its own memory. */
static void test_slots_grow(void)
{
    struct world w = world_make();
    fake_backend_slot_budget(w.fake, 300);
    uint64_t s = world_open(&w, w.root, 9 * MIB), at;
    CHECK_EQ(ulmm_map(w.u, s, 0, 8 * MIB, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    CHECK(fake_backend_nodes(w.fake) >= 4);
    CHECK_EQ(w.u->meta.slot_bytes, fake_backend_nodes(w.fake) * 64 * KIB);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* session_open with a lazily backed range (a process's stack): the session comes with the range
 * in one request; a refused range opens nothing and costs the parent nothing. */
static void test_session_with_lazy_range(void)
{
    struct world w = world_make();
    const uint64_t stack = 0x10000000, size = 16 * PAGE;
    uint64_t s = 0, none = 0;
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, fake_backend_space(w.fake), 1, stack, size, &s),
             ULMM_OK);
    CHECK_EQ(world_quota(&w, s).used, 2 * RECORD);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 0);
    CHECK_EQ(ulmm_fault(w.u, s, stack + size - 8, ULMM_PROT_WRITE), ULMM_OK);
    CHECK_EQ(fake_backend_counts(w.fake).mappings, 1);
    CHECK_EQ(ulmm_fault(w.u, s, stack - 8, ULMM_PROT_WRITE), ULMM_ERROR_NOT_BACKED);
    uint64_t at;
    CHECK_EQ(ulmm_reserve(w.u, s, stack, PAGE, ULMM_MAP_FIXED, &at), ULMM_ERROR_OVERLAP);
    world_checked(&w);

    struct ulmm_quota_info root = world_quota(&w, w.root);
    const uint64_t sessions = w.u->sessions;
    const ulmm_cap space = fake_backend_space(w.fake);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, space, 1, stack + 1, size, &none),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, space, 1, stack, size + 1, &none),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, 0, 0, stack, size, &none),
             ULMM_ERROR_INVALID_ARGUMENT);
    CHECK_EQ(ulmm_session_open(w.u, w.root, RECORD, space, 1, stack, size, &none),
             ULMM_ERROR_OUT_OF_QUOTA);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, space, 1, 0, size, &none), ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, space, 1, ULMM_WINDOW_END - PAGE, 2 * PAGE, &none),
             ULMM_ERROR_NOT_OWNED);
    CHECK_EQ(ulmm_session_open(w.u, w.root, MIB, w.u->self_space, 1, META_BASE, size, &none),
             ULMM_ERROR_OVERLAP);
    CHECK_EQ(none, 0);
    CHECK_EQ(w.u->sessions, sessions);
    CHECK_EQ(world_quota(&w, w.root).quota, root.quota);
    CHECK_EQ(world_quota(&w, w.root).used, root.used);
    world_checked(&w);
    /* Refused, the space stays the caller's. */
    w.u->backend.cap_release(w.u->backend.context, space);

    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

static void test_memory_runs_out_cleanly(void)
{
    struct world w = world_make();
    /* The root may hand out more than there is once ULMM's own pages are
     * counted; the request that finds no memory is refused whole. */
    uint64_t s = world_open(&w, w.root, w.total - MIB - RECORD);
    uint64_t at;
    enum ulmm_error error;
    do
        error = ulmm_map(w.u, s, 0, MIB, RW, ULMM_MAP_EAGER, &at);
    while (error == ULMM_OK);
    CHECK(error == ULMM_ERROR_OUT_OF_MEMORY || error == ULMM_ERROR_OUT_OF_QUOTA);
    world_checked(&w);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    world_all_back(&w);
    world_free(&w);
}

/* The system's totals: every generic given, and free falls by what a map
 * takes and comes back on unmap; an unknown session learns nothing. */
static void test_memory_totals(void)
{
    struct world w = world_make();
    uint64_t s = world_open(&w, w.root, 2 * MIB);
    uint64_t total = 0, free_before = 0, free_after = 0, at = 0;
    CHECK_EQ(ulmm_memory_query(w.u, s, &total, &free_before), ULMM_OK);
    CHECK_EQ(total, w.total);
    CHECK(free_before < total);
    CHECK_EQ(ulmm_map(w.u, s, 0, 16 * PAGE, RW, ULMM_MAP_EAGER, &at), ULMM_OK);
    CHECK_EQ(ulmm_memory_query(w.u, s, &total, &free_after), ULMM_OK);
    CHECK(free_after <= free_before - 16 * PAGE);
    CHECK_EQ(ulmm_unmap(w.u, s, at, 16 * PAGE), ULMM_OK);
    CHECK_EQ(ulmm_session_close(w.u, w.root, s), ULMM_OK);
    CHECK_EQ(ulmm_memory_query(w.u, w.root, &total, &free_after), ULMM_OK);
    CHECK_EQ(total, w.total);
    uint64_t untouched_total = 7, untouched_free = 7;
    CHECK_EQ(ulmm_memory_query(w.u, s, &untouched_total, &untouched_free),
             ULMM_ERROR_STALE_HANDLE); /* closed */
    CHECK_EQ(ulmm_memory_query(w.u, s + 1000, &untouched_total, &untouched_free),
             ULMM_ERROR_BAD_HANDLE); /* never issued */
    CHECK_EQ(untouched_total, 7);
    CHECK_EQ(untouched_free, 7);
    world_all_back(&w);
    world_free(&w);
}

int main(void)
{
    test_sessions_donate_and_return_quota();
    test_root_adds_memory();
    test_eager_map_charges_and_unmap_returns();
    test_ranges_refused();
    test_lazy_pages_and_faults();
    test_protect_wx();
    test_pinned_ranges();
    test_own_window_refused();
    test_quota_exhaustion_changes_nothing();
    test_shared_memory();
    test_kernel_objects();
    test_backend_failures_undone();
    test_free_blocks_coalesce_when_needed();
    test_64_sessions_stress();
    test_slots_grow();
    test_memory_runs_out_cleanly();
    test_session_with_lazy_range();
    test_memory_totals();
    return check_summary();
}
