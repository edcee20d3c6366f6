/*
 * ULMM's core: physical memory, sessions with quotas, regions, shared memory
 * and client kernel objects, as pure logic over a backend (backend.h).
 *
 * Layer: ULMM core, built for the guest (inside the ULMM server) and for the
 * host (unit tests and the fuzzer). Not thread-safe: the server serves one
 * request at a time.
 *
 * Every request names its session by handle (the server passes the badge of
 * the port the request came through). A request is checked whole before
 * anything changes; a refusal returns an ulmm_error and changes nothing.
 * The whole state can be checked at any time with ulmm_check().
 */
#ifndef ULMM_CORE_ULMM_H
#define ULMM_CORE_ULMM_H

#include "backend.h"
#include "internal.h"

#include <ulmm/types.h>

struct ulmm_config {
    void *bootstrap; /* a few pages for the first records, before any memory is given */
    size_t bootstrap_bytes;
    uint64_t seed;       /* makes the keys of shared-memory grants unpredictable */
    ulmm_cap self_space; /* ULMM's own address space */
    uint64_t meta_base;  /* a free, page-aligned window of it for ULMM's bookkeeping */
    uint64_t meta_size;
};

/* Start with no memory but the bootstrap pages; the backend stays in use
 * for ULMM's lifetime. */
void ulmm_init(struct ulmm *u, const struct ulmm_backend *backend,
               const struct ulmm_config *config);
/* Hand ULMM one generic of 2^size_bits bytes (empty, no physical right). */
enum ulmm_error ulmm_add_generic(struct ulmm *u, ulmm_cap generic, unsigned size_bits);
/* More memory after the start, from the root session only (else ULMM_ERROR_INSUFFICIENT_RIGHTS,
 * or the session's lookup error): the generic is added as ulmm_add_generic() adds it, and the
 * root's quota grows by its 2^size_bits bytes. */
enum ulmm_error ulmm_root_add_generic(struct ulmm *u, uint64_t session, ulmm_cap generic,
                                      unsigned size_bits);
/* The first session: the quota is what its holder (KOITO) may give out. */
enum ulmm_error ulmm_root_session(struct ulmm *u, uint64_t quota, ulmm_cap space, int has_space,
                                  uint64_t *session);

/* Sessions and quota (session.c). The caller is always the parent. A
 * session owns the address-space capability it is opened with (released
 * when it closes, unless it is ULMM's own space). A lazy_size other than 0
 * opens it with [lazy_address, lazy_address + lazy_size) mapped read-write
 * and lazily, as ulmm_map() with ULMM_MAP_LAZY | ULMM_MAP_FIXED would (a
 * process's stack): refused as ulmm_map() refuses it, and then no session
 * is opened. */
enum ulmm_error ulmm_session_open(struct ulmm *u, uint64_t parent, uint64_t quota, ulmm_cap space,
                                  int has_space, uint64_t lazy_address, uint64_t lazy_size,
                                  uint64_t *child);
enum ulmm_error ulmm_session_close(struct ulmm *u, uint64_t parent, uint64_t child);
/* The capability through which the client reaches the session (the server
 * mints it): when the session closes, it and every copy are deleted. */
enum ulmm_error ulmm_session_set_endpoint(struct ulmm *u, uint64_t session, ulmm_cap endpoint);
enum ulmm_error ulmm_quota_give(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t bytes);
enum ulmm_error ulmm_quota_take(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t bytes);
struct ulmm_quota_info {
    uint64_t quota;       /* bytes the session may use */
    uint64_t used;        /* bytes charged to it now */
    uint64_t system_free; /* bytes of memory ULMM has not handed out */
};
enum ulmm_error ulmm_quota_query(struct ulmm *u, uint64_t session, struct ulmm_quota_info *info);
/* Every byte of general memory ULMM was given, and the bytes not handed out:
 * what the whole system uses is their difference. */
enum ulmm_error ulmm_memory_query(struct ulmm *u, uint64_t session, uint64_t *total,
                                  uint64_t *free);

/* Regions (region.c, backing.c). Addresses and sizes are page multiples. */
enum ulmm_error ulmm_reserve(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                             uint64_t flags, uint64_t *start);
enum ulmm_error ulmm_back(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                          uint64_t prot, uint64_t flags);
enum ulmm_error ulmm_map(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                         uint64_t prot, uint64_t flags, uint64_t *start);
enum ulmm_error ulmm_unmap(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size);
enum ulmm_error ulmm_protect(struct ulmm *u, uint64_t session, uint64_t address, uint64_t size,
                             uint64_t prot);
/* The parent pins a range of its child's: the child may not unmap or
 * re-protect it (its IPC buffer, its program image). */
enum ulmm_error ulmm_pin(struct ulmm *u, uint64_t parent, uint64_t child, uint64_t address,
                         uint64_t size);
/* A fault at address with access (ULMM_PROT_*): ULMM_OK when resolved (the
 * thread may resume), an error when the supervisor must deal with it. */
enum ulmm_error ulmm_fault(struct ulmm *u, uint64_t session, uint64_t address, uint64_t access);

/* Shared memory (share.c). */
enum ulmm_error ulmm_share_create(struct ulmm *u, uint64_t session, uint64_t size, uint64_t *share);
enum ulmm_error ulmm_share_grant(struct ulmm *u, uint64_t session, uint64_t share, uint64_t rights,
                                 uint64_t *grant, uint64_t *key);
enum ulmm_error ulmm_share_map(struct ulmm *u, uint64_t session, uint64_t grant, uint64_t key,
                               uint64_t address, uint64_t prot, uint64_t flags, uint64_t *start);
enum ulmm_error ulmm_share_destroy(struct ulmm *u, uint64_t session, uint64_t share);

/* Kernel objects for the client (object.c). */
enum ulmm_error ulmm_object_alloc(struct ulmm *u, uint64_t session, uint64_t kind, uint64_t size,
                                  uint64_t *object, ulmm_cap *cap);
enum ulmm_error ulmm_object_free(struct ulmm *u, uint64_t session, uint64_t object);

/* Check every structure and every total; ULMM_OK, or ULMM_ERROR_INCONSISTENT with
 * the first broken invariant named in *what (check.c). */
enum ulmm_error ulmm_check(struct ulmm *u, const char **what);

#endif
