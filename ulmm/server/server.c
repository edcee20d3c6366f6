/*
 * The ULMM server's loop and ULMMI handlers; see server.h.
 *
 * 1. Receive on the port. A fault (A9N_MESSAGE_FAULT) goes to step 4.
 * 2. A request goes through the generated dispatch, which checks label,
 *    length and capability before a handler runs; each handler is a thin
 *    layer over the core, which checks everything else. Map and unmap take
 *    a shorter way with the same checks (server_fast_request).
 * 3. Reply (with a capability for session_open and object_alloc) and
 *    receive the next message in one call.
 * 4. A fault: ulmm_fault() either maps the page (reply: the thread runs
 *    again) or refuses; then the fault goes to the supervisor (by call, or
 *    through the forwarder's queue), and the thread gets no reply.
 */
#include "server.h"

#include <koito/server.h>
#include <ulmm/pages.h>
#include <ulmm/ulmmi_server.h>

/* The core's errors are ULMMI's own, in the same order. */
_Static_assert(KOITO_ULMMI_ERROR_INCONSISTENT ==
                   KOITO_ULMMI_ERROR_INVALID_ARGUMENT + ULMM_ERROR_INCONSISTENT - 1,
               "ULMMI's errors follow enum ulmm_error");
_Static_assert(KOITO_ULMMI_PROT_WRITE == ULMM_PROT_WRITE &&
                   KOITO_ULMMI_MAP_FIXED == ULMM_MAP_FIXED &&
                   KOITO_ULMMI_OBJECT_NODE == ULMM_OBJECT_NODE &&
                   KOITO_ULMMI_RECORD_CHARGE == ULMM_RECORD_CHARGE,
               "ULMMI's constants are the core's");
_Static_assert(ULMM_PAGES_LABEL_RESERVE == KOITO_ULMMI_RESERVE &&
                   ULMM_PAGES_LABEL_MAP == KOITO_ULMMI_MAP &&
                   ULMM_PAGES_LABEL_UNMAP == KOITO_ULMMI_UNMAP &&
                   ULMM_PAGES_LABEL_PROTECT == KOITO_ULMMI_PROTECT &&
                   ULMM_PAGES_READ == KOITO_ULMMI_PROT_READ &&
                   ULMM_PAGES_WRITE == KOITO_ULMMI_PROT_WRITE &&
                   ULMM_PAGES_EXECUTE == KOITO_ULMMI_PROT_EXECUTE &&
                   ULMM_PAGES_EAGER == KOITO_ULMMI_MAP_EAGER &&
                   ULMM_PAGES_LAZY == KOITO_ULMMI_MAP_LAZY &&
                   ULMM_PAGES_FIXED == KOITO_ULMMI_MAP_FIXED,
               "<ulmm/pages.h> speaks ULMMI");
_Static_assert(ULMM_PAGES_ERROR_INVALID_ARGUMENT == KOITO_ULMMI_ERROR_INVALID_ARGUMENT &&
                   ULMM_PAGES_ERROR_OUT_OF_QUOTA == KOITO_ULMMI_ERROR_OUT_OF_QUOTA &&
                   ULMM_PAGES_ERROR_OUT_OF_MEMORY == KOITO_ULMMI_ERROR_OUT_OF_MEMORY &&
                   ULMM_PAGES_ERROR_NOT_OWNED == KOITO_ULMMI_ERROR_NOT_OWNED &&
                   ULMM_PAGES_ERROR_NOT_MAPPED == KOITO_ULMMI_ERROR_NOT_MAPPED &&
                   ULMM_PAGES_ERROR_OVERLAP == KOITO_ULMMI_ERROR_OVERLAP &&
                   ULMM_PAGES_ERROR_PINNED == KOITO_ULMMI_ERROR_PINNED &&
                   ULMM_PAGES_ERROR_WRITE_EXECUTE == KOITO_ULMMI_ERROR_WRITE_EXECUTE,
               "<ulmm/pages.h>'s errors are ULMMI's");

static enum koito_ulmmi_error server_error(enum ulmm_error error)
{
    if (error == ULMM_OK)
        return KOITO_ULMMI_OK;
    return (enum koito_ulmmi_error)(KOITO_ULMMI_ERROR_INVALID_ARGUMENT + (error - 1));
}

static struct ulmm *server_core(void *server)
{
    return &((struct ulmm_server *)server)->core;
}

static enum koito_ulmmi_error handle_reserve(void *server, uint64_t badge, uint64_t address,
                                             uint64_t size, uint64_t flags, uint64_t *start)
{
    return server_error(ulmm_reserve(server_core(server), badge, address, size, flags, start));
}

static enum koito_ulmmi_error handle_map(void *server, uint64_t badge, uint64_t address,
                                         uint64_t size, uint64_t prot, uint64_t flags,
                                         uint64_t *start)
{
    return server_error(ulmm_map(server_core(server), badge, address, size, prot, flags, start));
}

static enum koito_ulmmi_error handle_back(void *server, uint64_t badge, uint64_t address,
                                          uint64_t size, uint64_t prot, uint64_t flags)
{
    return server_error(ulmm_back(server_core(server), badge, address, size, prot, flags));
}

static enum koito_ulmmi_error handle_unmap(void *server, uint64_t badge, uint64_t address,
                                           uint64_t size)
{
    return server_error(ulmm_unmap(server_core(server), badge, address, size));
}

static enum koito_ulmmi_error handle_protect(void *server, uint64_t badge, uint64_t address,
                                             uint64_t size, uint64_t prot)
{
    return server_error(ulmm_protect(server_core(server), badge, address, size, prot));
}

static enum koito_ulmmi_error handle_share_create(void *server, uint64_t badge, uint64_t size,
                                                  uint64_t *share)
{
    return server_error(ulmm_share_create(server_core(server), badge, size, share));
}

static enum koito_ulmmi_error handle_share_grant(void *server, uint64_t badge, uint64_t share,
                                                 uint64_t rights, uint64_t *grant, uint64_t *key)
{
    return server_error(ulmm_share_grant(server_core(server), badge, share, rights, grant, key));
}

static enum koito_ulmmi_error handle_share_map(void *server, uint64_t badge, uint64_t grant,
                                               uint64_t key, uint64_t address, uint64_t prot,
                                               uint64_t flags, uint64_t *start)
{
    return server_error(
        ulmm_share_map(server_core(server), badge, grant, key, address, prot, flags, start));
}

static enum koito_ulmmi_error handle_share_destroy(void *server, uint64_t badge, uint64_t share)
{
    return server_error(ulmm_share_destroy(server_core(server), badge, share));
}

static enum koito_ulmmi_error handle_object_alloc(void *server, uint64_t badge, uint64_t kind,
                                                  uint64_t size, uint64_t *object,
                                                  a9n_descriptor_t *capability)
{
    ulmm_cap cap = 0;
    enum ulmm_error error = ulmm_object_alloc(server_core(server), badge, kind, size, object, &cap);
    /* The client gets a copy of ULMM's capability, derived from it, so
     * freeing the object (revoking its block) takes the copy too. */
    *capability = cap;
    return server_error(error);
}

static enum koito_ulmmi_error handle_object_free(void *server, uint64_t badge, uint64_t object)
{
    return server_error(ulmm_object_free(server_core(server), badge, object));
}

static enum koito_ulmmi_error handle_quota(void *server, uint64_t badge, uint64_t *quota,
                                           uint64_t *used, uint64_t *system_free)
{
    struct ulmm_quota_info info = {0};
    enum ulmm_error error = ulmm_quota_query(server_core(server), badge, &info);
    *quota = info.quota;
    *used = info.used;
    *system_free = info.system_free;
    return server_error(error);
}

static enum koito_ulmmi_error handle_memory(void *server, uint64_t badge, uint64_t *total,
                                            uint64_t *free)
{
    *total = 0;
    *free = 0;
    return server_error(ulmm_memory_query(server_core(server), badge, total, free));
}

/* Only the root session (KOITO init) may give ULMM more memory; nothing moves for anyone else. */
static enum koito_ulmmi_error handle_memory_add(void *server, uint64_t badge, uint64_t *added)
{
    struct ulmm_server *s = server;
    struct ulmm_session *session;
    *added = 0;
    enum ulmm_error error = ulmm_session_find(&s->core, badge, &session);
    if (error == ULMM_OK && session != s->core.root)
        error = ULMM_ERROR_INSUFFICIENT_RIGHTS;
    if (error == ULMM_OK)
        error = ulmm_server_take_generics(s, badge, false, added);
    return server_error(error);
}

static enum koito_ulmmi_error handle_session_open(void *server, uint64_t badge, uint64_t quota,
                                                  uint64_t lazy_address, uint64_t lazy_size,
                                                  a9n_descriptor_t space, uint64_t *child,
                                                  a9n_descriptor_t *session)
{
    struct ulmm_server *s = server;
    /* The address space stays in the slot it arrived in, which the session owns from now on; the
     * server receives into a fresh slot (no move, and no delete of an emptied slot). */
    a9n_descriptor_t fresh = ulmm_kernel_slot(&s->kernel);
    if (fresh == 0)
        return KOITO_ULMMI_ERROR_OUT_OF_MEMORY;
    if (space != s->receive_slot) {
        ulmm_kernel_slot_free(&s->kernel, fresh);
        return KOITO_ULMMI_ERROR_INVALID_ARGUMENT;
    }
    enum ulmm_error error =
        ulmm_session_open(&s->core, badge, quota, space, 1, lazy_address, lazy_size, child);
    if (error != ULMM_OK) {
        ulmm_kernel_slot_free(&s->kernel, fresh);
        return server_error(error);
    }
    s->receive_slot = fresh;
    /* The child's capability: the port, badged with its handle; the client
     * receives a copy derived from ULMM's, which closing revokes. */
    a9n_descriptor_t endpoint = ulmm_kernel_slot(&s->kernel);
    if (endpoint == 0 || a9n_node_mint(A9N_DESCRIPTOR_ROOT, endpoint, s->port,
                                       A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, *child) != A9N_OK) {
        if (endpoint != 0)
            ulmm_kernel_slot_free(&s->kernel, endpoint);
        ulmm_session_close(&s->core, badge, *child);
        return KOITO_ULMMI_ERROR_OUT_OF_MEMORY;
    }
    ulmm_session_set_endpoint(&s->core, *child, endpoint);
    *session = endpoint;
    return KOITO_ULMMI_OK;
}

static enum koito_ulmmi_error handle_session_close(void *server, uint64_t badge, uint64_t child)
{
    return server_error(ulmm_session_close(server_core(server), badge, child));
}

static enum koito_ulmmi_error handle_quota_give(void *server, uint64_t badge, uint64_t child,
                                                uint64_t bytes)
{
    return server_error(ulmm_quota_give(server_core(server), badge, child, bytes));
}

static enum koito_ulmmi_error handle_quota_take(void *server, uint64_t badge, uint64_t child,
                                                uint64_t bytes)
{
    return server_error(ulmm_quota_take(server_core(server), badge, child, bytes));
}

static enum koito_ulmmi_error handle_pin(void *server, uint64_t badge, uint64_t child,
                                         uint64_t address, uint64_t size)
{
    return server_error(ulmm_pin(server_core(server), badge, child, address, size));
}

static enum koito_ulmmi_error handle_check(void *server, uint64_t badge)
{
    struct ulmm_session *session;
    enum ulmm_error error = ulmm_session_find(server_core(server), badge, &session);
    if (error == ULMM_OK)
        error = ulmm_check(server_core(server), 0);
    return server_error(error);
}

static const struct koito_ulmmi_handlers server_handlers = {
    .reserve = handle_reserve,
    .map = handle_map,
    .back = handle_back,
    .unmap = handle_unmap,
    .protect = handle_protect,
    .share_create = handle_share_create,
    .share_grant = handle_share_grant,
    .share_map = handle_share_map,
    .share_destroy = handle_share_destroy,
    .object_alloc = handle_object_alloc,
    .object_free = handle_object_free,
    .quota = handle_quota,
    .session_open = handle_session_open,
    .session_close = handle_session_close,
    .quota_give = handle_quota_give,
    .quota_take = handle_quota_take,
    .pin = handle_pin,
    .check = handle_check,
    .memory = handle_memory,
    .memory_add = handle_memory_add,
};

bool ulmm_server_init(struct ulmm_server *s, const struct ulmm_server_config *config)
{
    /* The backend builds its slots' descriptors below the top node without checks: the deepest
     * must be a descriptor. */
    if (a9n_descriptor_child(config->top_node, config->top_radix + ULMM_KERNEL_LEAF_RADIX, 0) ==
        A9N_DESCRIPTOR_INVALID)
        return false;
    ulmm_kernel_init(&s->kernel, config->top_node, config->top_radix, config->slot_bitmap);
    struct ulmm_backend backend = ulmm_kernel_backend(&s->kernel);
    struct ulmm_config core = {config->bootstrap,  config->bootstrap_bytes, config->seed,
                               config->self_space, config->meta_base,       config->meta_size};
    ulmm_init(&s->core, &backend, &core);
    s->port = config->port;
    s->supervisor = config->supervisor;
    s->forwarder = config->forwarder;
    s->ipc_buffer = config->ipc_buffer;
    s->generics = config->generics;
    s->generics_radix = config->generics_radix;
    s->faults_resolved = s->faults_forwarded = 0;
    s->receive_slot = ulmm_kernel_slot(&s->kernel);
    return s->receive_slot != 0;
}

enum ulmm_error ulmm_server_add_generic(struct ulmm_server *s, a9n_descriptor_t generic,
                                        unsigned size_bits)
{
    return ulmm_add_generic(&s->core, generic, size_bits);
}

enum ulmm_error ulmm_server_open_root(struct ulmm_server *s, uint64_t quota, a9n_descriptor_t space,
                                      int has_space, a9n_descriptor_t destination, uint64_t *handle)
{
    enum ulmm_error error = ulmm_root_session(&s->core, quota, space, has_space, handle);
    if (error == ULMM_OK && a9n_node_mint(A9N_DESCRIPTOR_ROOT, destination, s->port,
                                          A9N_RIGHT_WRITE | A9N_RIGHT_GRANT, *handle) != A9N_OK)
        error = ULMM_ERROR_BACKEND;
    return error;
}

/* x86_64's page-fault error code: bit 1 a write, bit 4 an instruction fetch. */
static uint64_t server_fault_access(uint64_t detail)
{
    uint64_t code = detail & 0xffffffffu;
    return ULMM_PROT_READ | (code & 0x2 ? ULMM_PROT_WRITE : 0) |
           (code & 0x10 ? ULMM_PROT_EXECUTE : 0);
}

/* True if the fault is resolved and the thread may run again. */
static bool server_fault(struct ulmm_server *s, const struct a9n_message *message)
{
    if (message->words[0] == A9N_FAULT_PAGE &&
        ulmm_fault(&s->core, message->badge, message->words[1],
                   server_fault_access(message->words[3])) == ULMM_OK) {
        s->faults_resolved++;
        return true;
    }
    s->faults_forwarded++;
    struct a9n_message forward = {.info = A9N_MESSAGE_INFO(ULMM_FORWARD_LENGTH, 0)};
    for (unsigned i = 0; i < ULMM_FORWARD_SESSION; i++)
        forward.words[i] = message->words[i];
    forward.words[ULMM_FORWARD_SESSION] = message->badge;
    if (s->forwarder != NULL)
        ulmm_forwarder_push(s->forwarder, forward.words);
    else if (s->supervisor != A9N_DESCRIPTOR_INVALID)
        a9n_ipc_port_call(s->supervisor, &forward);
    return false;
}

static enum a9n_error server_receive(struct ulmm_server *s, struct a9n_message *message)
{
    s->ipc_buffer[A9N_IPC_BUFFER_RECEIVE] = s->receive_slot;
    *message = (struct a9n_message){.info = A9N_MESSAGE_INFO(0, 0)};
    return a9n_ipc_port_receive(s->port, message);
}

/* Turn the request in message into its reply. The word copies stay loops
 * of a few stores instead of becoming memcpy() calls: they are on every
 * request's path and move at most eight words. */
__attribute__((no_builtin("memcpy"))) static void server_request(struct ulmm_server *s,
                                                                 struct a9n_message *message)
{
    uint64_t *words = s->ipc_buffer;
    uint64_t length = A9N_MESSAGE_LENGTH(message->info);
    for (uint64_t i = 0; i < length && i < A9N_MESSAGE_REGISTERS; i++)
        words[i] = message->words[i];
    struct koito_server_message request = {
        .badge = message->badge,
        .length = length,
        .words = words,
        .capability = (message->info & A9N_MESSAGE_CAPABILITY) != 0,
        .received = s->receive_slot,
        .reply_capability = A9N_DESCRIPTOR_INVALID,
    };
    koito_ulmmi_dispatch(&server_handlers, s, &request);
    /* A handler that keeps the received capability takes its slot and gives the server another. */
    if (request.capability && s->receive_slot == request.received)
        a9n_node_delete(A9N_DESCRIPTOR_ROOT, request.received);
    uint64_t flags = 0;
    if (request.reply_capability != A9N_DESCRIPTOR_INVALID) {
        words[A9N_IPC_BUFFER_TRANSFER] = request.reply_capability;
        flags = A9N_MESSAGE_CAPABILITY;
    }
    message->info = A9N_MESSAGE_INFO(request.length, flags);
    for (uint64_t i = 0; i < request.length && i < A9N_MESSAGE_REGISTERS; i++)
        message->words[i] = words[i];
}

/* The requests programs make most (mmap and munmap, malloc's arenas), answered in the message's
 * registers without the copies to and from the IPC buffer that the generated dispatch reads and
 * writes: the same checks (label, length, no capability), the same reply. False for anything
 * else, which goes through the dispatch. */
static bool server_fast_request(struct ulmm_server *s, struct a9n_message *message)
{
    uint64_t length = A9N_MESSAGE_LENGTH(message->info);
    uint64_t *words = message->words;
    enum ulmm_error error;
    if (length == 0 || (message->info & A9N_MESSAGE_CAPABILITY))
        return false;
    if (words[0] == KOITO_ULMMI_MAP && length == 5) {
        uint64_t start = 0;
        error = ulmm_map(&s->core, message->badge, words[1], words[2], words[3], words[4], &start);
        words[1] = start;
        length = error == ULMM_OK ? 2 : 1;
    } else if (words[0] == KOITO_ULMMI_UNMAP && length == 3) {
        error = ulmm_unmap(&s->core, message->badge, words[1], words[2]);
        length = 1;
    } else {
        return false;
    }
    words[0] = (uint64_t)server_error(error);
    message->info = A9N_MESSAGE_INFO(length, 0);
    return true;
}

enum a9n_error ulmm_server_run(struct ulmm_server *s)
{
    struct a9n_message message;
    enum a9n_error error = server_receive(s, &message);
    for (;;) {
        if (error != A9N_OK)
            return error;
        if (message.info & A9N_MESSAGE_FAULT) {
            if (!server_fault(s, &message)) {
                error = server_receive(s, &message);
                continue;
            }
            message.info = A9N_MESSAGE_INFO(0, 0);
        } else if (!server_fast_request(s, &message)) {
            server_request(s, &message);
        }
        s->ipc_buffer[A9N_IPC_BUFFER_RECEIVE] = s->receive_slot;
        error = a9n_ipc_port_reply_receive(s->port, &message);
        if (error != A9N_OK)
            error = server_receive(s, &message);
    }
}
