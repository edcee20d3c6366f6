/*
 * libFuzzer target: random sequences of ULMM requests across sessions.
 *
 * Layer: host tests of ULMM. The input is read as a stream of requests
 * (which request, which session, and arguments that are either handles and
 * addresses ULMM gave out earlier or raw garbage), with backend failures
 * injected now and then. After every request ulmm_check() must hold; a
 * refusal (other than a backend failure or no memory) must leave the
 * session's use unchanged; and at the end, closing every session must
 * return every byte: only ULMM's own bookkeeping pages stay in use, and the
 * root's quota is whole again. The fake kernel aborts on any kernel rule the
 * core breaks.
 */
#include "fake_backend.h"
#include "ulmm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SESSIONS   8
#define REMEMBERED 16
#define TOTAL      ((UINT64_C(1) << 23) + (UINT64_C(1) << 20))

struct input {
    const uint8_t *data;
    size_t size;
};

static uint64_t take(struct input *in, unsigned bytes)
{
    uint64_t value = 0;
    for (unsigned i = 0; i < bytes && in->size > 0; i++, in->data++, in->size--)
        value |= (uint64_t)in->data[0] << (8 * i);
    return value;
}

struct state {
    struct ulmm *u;
    struct fake_backend *fake;
    uint64_t sessions[SESSIONS]; /* 0: root; 0 entries are free */
    uint64_t addresses[REMEMBERED];
    uint64_t shares[REMEMBERED];
    uint64_t grants[REMEMBERED], keys[REMEMBERED];
    uint64_t objects[REMEMBERED];
};

static void fatal(const char *message, const char *what)
{
    fprintf(stderr, "ulmm fuzzer: %s%s%s\n", message, what ? ": " : "", what ? what : "");
    abort();
}

static uint64_t pick(struct input *in, const uint64_t *known, unsigned count)
{
    uint8_t how = (uint8_t)take(in, 1);
    if (how < 200)
        return known[how % count];
    if (how < 230)
        return known[how % count] ^ take(in, 1) << (take(in, 1) % 40); /* near a real one */
    return take(in, 8);
}

static void remember(uint64_t *list, uint64_t value, uint64_t slot)
{
    list[slot % REMEMBERED] = value;
}

static uint64_t size_of(struct input *in)
{
    uint8_t how = (uint8_t)take(in, 1);
    if (how < 180)
        return (uint64_t)(how % 24 + 1) << ULMM_PAGE_BITS;
    if (how < 230)
        return (uint64_t)(take(in, 2) + 1) << ULMM_PAGE_BITS; /* up to 256 MiB, for lazy ranges */
    return take(in, 8);
}

static uint64_t address_of(struct input *in, struct state *st)
{
    uint8_t how = (uint8_t)take(in, 1);
    if (how < 150)
        return st->addresses[how % REMEMBERED] + (take(in, 1) % 32) * ULMM_PAGE_SIZE;
    if (how < 200)
        return 0;
    if (how < 240)
        return (take(in, 2) + 1) << ULMM_PAGE_BITS;
    return take(in, 8);
}

static void step(struct input *in, struct state *st)
{
    uint8_t op = (uint8_t)take(in, 1);
    uint64_t session = pick(in, st->sessions, SESSIONS);
    uint64_t other = pick(in, st->sessions, SESSIONS);
    uint64_t slot = take(in, 1);
    uint64_t prot = take(in, 1) & 0xf;
    uint64_t flags = take(in, 1) & 0xf;
    uint64_t out = 0, key = 0;
    ulmm_cap cap;
    struct ulmm_quota_info before = {0}, after = {0};
    int known = ulmm_quota_query(st->u, session, &before) == ULMM_OK;
    enum ulmm_error error;
    switch (op % 18) {
    case 0: {
        /* Now and then in ULMM's own space, whose window it must keep; now and then with a
         * lazily backed range (a stack). */
        uint64_t quota = size_of(in) / 4;
        uint64_t lazy_size = slot & 0x40 ? size_of(in) : 0;
        uint64_t lazy_address = lazy_size ? address_of(in, st) : 0;
        error = ulmm_session_open(st->u, session, quota,
                                  slot & 0x80 ? st->u->self_space : fake_backend_space(st->fake), 1,
                                  lazy_address, lazy_size, &out);
        if (error == ULMM_OK)
            st->sessions[1 + slot % (SESSIONS - 1)] = out;
        break;
    }
    case 1:
        error = ulmm_session_close(st->u, session, other);
        break;
    case 2:
        error = ulmm_quota_give(st->u, session, other, size_of(in));
        break;
    case 3:
        error = ulmm_quota_take(st->u, session, other, size_of(in));
        break;
    case 4:
        error = ulmm_reserve(st->u, session, address_of(in, st), size_of(in), flags & 4, &out);
        if (error == ULMM_OK)
            remember(st->addresses, out, slot);
        break;
    case 5:
        error = ulmm_map(st->u, session, address_of(in, st), size_of(in), prot, flags, &out);
        if (error == ULMM_OK)
            remember(st->addresses, out, slot);
        break;
    case 6:
        error = ulmm_back(st->u, session, address_of(in, st), size_of(in), prot, flags & 3);
        break;
    case 7:
        error = ulmm_unmap(st->u, session, address_of(in, st), size_of(in));
        break;
    case 8:
        error = ulmm_protect(st->u, session, address_of(in, st), size_of(in), prot);
        break;
    case 9:
        error = ulmm_fault(st->u, session, address_of(in, st) + take(in, 2) % 4096, prot & 7);
        break;
    case 10:
        error = ulmm_share_create(st->u, session, size_of(in), &out);
        if (error == ULMM_OK)
            remember(st->shares, out, slot);
        break;
    case 11:
        error =
            ulmm_share_grant(st->u, session, pick(in, st->shares, REMEMBERED), prot, &out, &key);
        if (error == ULMM_OK) {
            remember(st->grants, out, slot);
            remember(st->keys, key, slot);
        }
        break;
    case 12: {
        uint8_t which = (uint8_t)take(in, 1);
        key = st->keys[which % REMEMBERED] ^ (which > 240 ? take(in, 8) : 0);
        error = ulmm_share_map(st->u, session, st->grants[which % REMEMBERED], key,
                               address_of(in, st), prot, flags & 4, &out);
        if (error == ULMM_OK)
            remember(st->addresses, out, slot);
        break;
    }
    case 13:
        error = ulmm_share_destroy(st->u, session, pick(in, st->shares, REMEMBERED));
        break;
    case 14:
        error = ulmm_object_alloc(st->u, session, take(in, 1) % 9, take(in, 1) % 24, &out, &cap);
        if (error == ULMM_OK)
            remember(st->objects, out, slot);
        break;
    case 15:
        error = ulmm_object_free(st->u, session, pick(in, st->objects, REMEMBERED));
        break;
    case 16:
        error = ulmm_pin(st->u, session, other, address_of(in, st), size_of(in));
        break;
    default:
        fake_backend_fail_after(st->fake, 1 + take(in, 1) % 64);
        return;
    }
    const char *what = NULL;
    if (ulmm_check(st->u, &what) != ULMM_OK)
        fatal("invariant broken", what);
    /* A refused request changes nothing its session is charged for. */
    if (error != ULMM_OK && error != ULMM_ERROR_OUT_OF_MEMORY && error != ULMM_ERROR_BACKEND &&
        known && ulmm_quota_query(st->u, session, &after) == ULMM_OK &&
        (after.used != before.used || after.quota != before.quota))
        fatal("a refusal changed the session's charges", NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct state st = {0};
    st.fake = fake_backend_create();
    st.u = calloc(1, sizeof *st.u);
    void *bootstrap = aligned_alloc(ULMM_PAGE_SIZE, 4 * ULMM_PAGE_SIZE);
    struct ulmm_backend ops = fake_backend_ops(st.fake);
    struct ulmm_config config = {bootstrap,
                                 4 * ULMM_PAGE_SIZE,
                                 42,
                                 fake_backend_space(st.fake),
                                 UINT64_C(0x400000000000),
                                 UINT64_C(1) << 40};
    ulmm_init(st.u, &ops, &config);
    if (ulmm_add_generic(st.u, fake_backend_generic(st.fake, 23), 23) != ULMM_OK ||
        ulmm_add_generic(st.u, fake_backend_generic(st.fake, 20), 20) != ULMM_OK ||
        ulmm_root_session(st.u, TOTAL - (UINT64_C(1) << 20), 0, 0, &st.sessions[0]) != ULMM_OK)
        fatal("setup failed", NULL);
    uint64_t root = st.sessions[0];
    /* Now and then little room for capabilities: ULMM must grow it. */
    if (size > 0 && data[0] % 4 == 0)
        fake_backend_slot_budget(st.fake, 200 + data[0]);
    struct input in = {data, size};
    for (unsigned steps = 0; in.size > 0 && steps < 200; steps++)
        step(&in, &st);
    fake_backend_fail_after(st.fake, 0);

    /* Close every child of the root: every byte must come back. */
    struct ulmm_session *r;
    if (ulmm_session_find(st.u, root, &r) != ULMM_OK)
        fatal("root session lost", NULL);
    while (r->children)
        if (ulmm_session_close(st.u, root, r->children->owned.handle) != ULMM_OK)
            fatal("closing a child failed", NULL);
    while (r->shares)
        ulmm_share_destroy(st.u, root, r->shares->owned.handle);
    while (r->objects)
        ulmm_object_free(st.u, root, r->objects->owned.handle);
    while (r->regions)
        ulmm_region_unlink(st.u, r->regions);
    const char *what = NULL;
    if (ulmm_check(st.u, &what) != ULMM_OK)
        fatal("invariant broken after closing", what);
    struct fake_counts c = fake_backend_counts(st.fake);
    if (c.mappings != 0 || c.tables != st.u->meta.table_count || c.objects != 0 ||
        c.frames != c.self_pages || c.frames != st.u->meta.pages)
        fatal("kernel objects left after every session closed", NULL);
    if (st.u->buddy.free_bytes + st.u->buddy.pool_bytes !=
            TOTAL - ((st.u->meta.pages + st.u->meta.table_count) << ULMM_PAGE_BITS) -
                st.u->meta.slot_bytes ||
        r->quota != TOTAL - (UINT64_C(1) << 20) || r->used != ULMM_RECORD_CHARGE)
        fatal("memory or quota not all returned", NULL);
    fake_backend_destroy(st.fake);
    free(st.u);
    free(bootstrap);
    return 0;
}
