/*
 * The memory manager (KOITO init): starting ULMM, handing it the general memory, and a ULMM
 * session for every other process (<koito/memory_manager.h>).
 *
 * Start (init_memory_start), when the configuration names a program with `role = memory`:
 *  1. make the ULMMI port (bookkeeping slot INIT_BOOK_MEMORY_PORT);
 *  2. build ULMM as a process; init_memory_grants() adds its work node, its generics node and its
 *     fault-forwarding port, keeps init's reserve (init_memory_reserve) and moves all the rest of
 *     the general memory into the generics node as empty generics without the physical right;
 *  3. serve ULMM's requests until it sends KOITO_SUPERVISOR_MEMORY_READY with the root session's
 *     capability (INIT_BOOK_MEMORY_ROOT).
 * Then, for each process (init_memory_session_open): one session_open request, a session with the
 * program's quota managing its address space and the main stack's growth range backed lazily, its
 * capability received straight into the process's KOITO_SLOT_MEMORY. A child started through
 * posix_spawn (posix_spawn.c) is paid for by its POSIX parent: its session gets an eighth of the
 * quota the parent's session was opened with (INIT_SPAWN_QUOTA_DIVIDE), taken from what the
 * parent has not spent. A process's end closes its session (init_memory_session_close) before its
 * block is revoked, so ULMM unmaps and frees every page it made for it, and the quota goes back to
 * its payer (to the root, when the payer ended first): every byte returns.
 */
#include "init.h"

#include <koito/memory_manager.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>

#define MEMORY_LEAF_RADIX  9u
#define MEMORY_MIN_BITS    12u
#define MEMORY_MAX_BITS    47u
/* What init keeps for the processes it builds: a quarter of the general memory, and 32 MiB. */
#define MEMORY_KEEP_FIXED  (UINT64_C(32) << 20)
#define MEMORY_KEEP_DIVIDE 4u

static a9n_descriptor_t memory_root_node(void)
{
    return init_root_slot(A9N_ROOT_SLOT_NODE);
}

bool init_memory_configured(void)
{
    for (unsigned i = 0; i < init.config.program_count; i++) {
        if (init.config.programs[i].is_memory)
            return true;
    }
    return false;
}

/* A generic of 2^bits bytes from the general memory itself (not from the reserve). */
static enum a9n_error memory_convert_general(unsigned bits, a9n_descriptor_t node, unsigned index)
{
    const struct a9n_root_generic *generics = a9n_root_info_generics(init.root);
    enum a9n_error error = A9N_ERROR_NOT_ENOUGH_MEMORY;
    for (uint32_t i = 0; i < init.root->generic_count && error != A9N_OK; i++) {
        if (init_generic_is_general(&generics[i]))
            error = a9n_generic_convert(init_root_slot(generics[i].slot), A9N_OBJECT_GENERIC, bits,
                                        1, node, index, init_identifier_pool());
    }
    return error;
}

/* Take init's reserve out of the general memory, as up to INIT_MAX_RESERVE generics. */
static void memory_reserve(void)
{
    uint64_t want = init_free_memory() / MEMORY_KEEP_DIVIDE + MEMORY_KEEP_FIXED;
    for (unsigned bits = MEMORY_MAX_BITS; bits >= 16 && init.reserve_count < INIT_MAX_RESERVE;) {
        if (want < (UINT64_C(1) << bits) ||
            memory_convert_general(bits, init_book_node(),
                                   INIT_BOOK_FIRST_RESERVE + init.reserve_count) != A9N_OK) {
            bits--;
            continue;
        }
        init.reserve_count++;
        want -= UINT64_C(1) << bits;
    }
}

unsigned init_memory_cut(a9n_descriptor_t generic, a9n_descriptor_t generics_node, unsigned count)
{
    const unsigned capacity = 1u << KOITO_MEMORY_GENERICS_RADIX;
    for (unsigned bits = MEMORY_MAX_BITS; bits >= MEMORY_MIN_BITS && count < capacity;) {
        if (a9n_generic_convert(generic, A9N_OBJECT_GENERIC, bits, 1, generics_node, count,
                                init_identifier_pool()) != A9N_OK) {
            bits--;
            continue;
        }
        /* ULMM learns sizes, never addresses. */
        a9n_node_demote(memory_root_node(),
                        a9n_descriptor_child(generics_node, KOITO_MEMORY_GENERICS_RADIX, count),
                        A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL);
        count++;
    }
    return count;
}

/* Every general generic's remaining memory into ULMM's generics node; the number of pieces. */
static unsigned memory_hand_over(a9n_descriptor_t generics_node)
{
    const struct a9n_root_generic *generics = a9n_root_info_generics(init.root);
    unsigned count = 0;
    for (uint32_t i = 0; i < init.root->generic_count; i++) {
        if (init_generic_is_general(&generics[i]))
            count = init_memory_cut(init_root_slot(generics[i].slot), generics_node, count);
    }
    return count;
}

enum a9n_error init_memory_grants(struct init_process *p)
{
    a9n_descriptor_t block = init_process_block(p);
    a9n_descriptor_t work = init_process_slot(p, KOITO_MEMORY_SLOT_WORK_NODE);
    enum a9n_error error =
        a9n_node_copy(memory_root_node(), init_process_slot(p, KOITO_MEMORY_SLOT_PORT),
                      init_book_slot(INIT_BOOK_MEMORY_PORT), A9N_RIGHTS_ALL);
    if (error == A9N_OK)
        error = a9n_generic_convert(block, A9N_OBJECT_NODE, KOITO_MEMORY_WORK_RADIX, 1,
                                    init_process_node(p), KOITO_MEMORY_SLOT_WORK_NODE,
                                    init_identifier_pool());
    if (error == A9N_OK)
        error = a9n_generic_convert(block, A9N_OBJECT_NODE, MEMORY_LEAF_RADIX, 1, work, 0,
                                    init_identifier_pool());
    if (error == A9N_OK)
        error = a9n_generic_convert(block, A9N_OBJECT_NODE, KOITO_MEMORY_GENERICS_RADIX, 1,
                                    init_process_node(p), KOITO_MEMORY_SLOT_GENERICS,
                                    init_identifier_pool());
    if (error == A9N_OK)
        error = a9n_node_mint(memory_root_node(), init_process_slot(p, KOITO_MEMORY_SLOT_FORWARD),
                              init_book_slot(INIT_BOOK_PORT), A9N_RIGHT_WRITE | A9N_RIGHT_GRANT,
                              p->pid | INIT_BADGE_FORWARD);
    if (error != A9N_OK)
        return error;
    memory_reserve();
    unsigned pieces = memory_hand_over(init_process_slot(p, KOITO_MEMORY_SLOT_GENERICS));
    printf("koito: %s: %u generics handed over, init keeps %llu KiB\n", p->name, pieces,
           (unsigned long long)(init_free_memory() >> 10));
    return pieces == 0 ? A9N_ERROR_NOT_ENOUGH_MEMORY : A9N_OK;
}

bool init_memory_start(void)
{
    unsigned index = 0;
    while (index < init.config.program_count && !init.config.programs[index].is_memory)
        index++;
    if (index == init.config.program_count) {
        printf("koito: no memory manager configured: programs get no ULMM session\n");
        return true;
    }
    if (init_convert(A9N_OBJECT_IPC_PORT, 0, 1, INIT_BOOK_MEMORY_PORT) != A9N_OK) {
        printf("koito: no memory for the ULMMI port\n");
        return false;
    }
    init.memory_pid = init_process_start(index, 0, 0);
    if (init.memory_pid == 0)
        return false;
    init_supervise_memory_start();
    return init.memory_ready;
}

static enum a9n_error memory_ready(const struct a9n_message *message)
{
    const struct init_process *process = init_process_find(init.memory_pid);
    if (process == NULL || init.memory_ready)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if (!(message->info & A9N_MESSAGE_CAPABILITY))
        return A9N_ERROR_INVALID_ARGUMENT;
    /* ULMM's serving thread waits for this answer: init asks it nothing before replying. */
    printf("koito: %s: ready, %llu KiB for sessions\n", process->name,
           (unsigned long long)(message->words[1] >> 10));
    init.memory_ready = true;
    return A9N_OK;
}

/* The process that pays for p's session: a POSIX child's parent while it has a session (the
 * Genode model: a session's quota is donated by whoever creates its client), else NULL (the root
 * session pays, with the program's configured quota). */
static struct init_process *memory_payer(const struct init_process *p)
{
    struct init_process *parent = p->posix_parent != 0 ? init_process_find(p->posix_parent) : NULL;
    return parent != NULL && parent->session != 0 ? parent : NULL;
}

/* Give bytes back to the session of process pid, if it still has the session it paid from. */
static void memory_repay(uint32_t pid, uint64_t bytes)
{
    struct init_process *payer = pid != 0 ? init_process_find(pid) : NULL;
    if (payer == NULL || payer->session == 0)
        return; /* it ended: its session's quota went back to the root, as this does on close */
    enum koito_ulmmi_error error =
        koito_ulmmi_quota_give(init_book_slot(INIT_BOOK_MEMORY_ROOT), payer->session, bytes);
    if (error != KOITO_ULMMI_OK)
        printf("koito: %s: ULMM cannot give back %llu KiB of its quota: %s\n", payer->name,
               (unsigned long long)(bytes >> 10), koito_ulmmi_error_name(error));
}

enum a9n_error init_memory_session_open(struct init_process *p,
                                        const struct koito_config_program *program)
{
    p->session = 0;
    p->quota = 0;
    p->payer = 0;
    if (!init.memory_ready || program->is_memory)
        return A9N_OK;
    a9n_descriptor_t root = init_book_slot(INIT_BOOK_MEMORY_ROOT);
    struct init_process *payer = memory_payer(p);
    uint64_t quota =
        payer != NULL ? payer->quota / INIT_SPAWN_QUOTA_DIVIDE : (uint64_t)program->quota_kib << 10;
    /* 1. A POSIX child's quota leaves its parent's session first: only what the parent has not
     *    spent can go, so a process tree lives within its first member's quota. */
    if (payer != NULL) {
        enum koito_ulmmi_error taken = koito_ulmmi_quota_take(root, payer->session, quota);
        if (taken != KOITO_ULMMI_OK) {
            printf("koito: %s: its parent %s cannot give %llu KiB of its quota: %s\n", p->name,
                   payer->name, (unsigned long long)(quota >> 10), koito_ulmmi_error_name(taken));
            return A9N_ERROR_NOT_ENOUGH_MEMORY;
        }
        p->payer = payer->pid;
    }
    /* 2. One request: ULMM keeps a copy of the address space (the transfer derives it from the
     *    process's, so revoking the process's block takes it too), opens the session with the
     *    main stack's growth range backed lazily, and its capability lands in the process's slot.
     */
    a9n_descriptor_t session = init_process_slot(p, KOITO_SLOT_MEMORY);
    enum koito_ulmmi_error error = koito_ulmmi_session_open(
        root, quota, KOITO_STACK_LIMIT, KOITO_STACK_TOP - INIT_STACK_SIZE - KOITO_STACK_LIMIT,
        init_process_slot(p, KOITO_SLOT_ADDRESS_SPACE), &p->session, session);
    if (error != KOITO_ULMMI_OK) {
        printf("koito: %s: ULMM refused its session of %llu KiB: %s\n", p->name,
               (unsigned long long)(quota >> 10), koito_ulmmi_error_name(error));
        p->session = 0;
        a9n_node_delete(memory_root_node(), session);
        memory_repay(p->payer, quota);
        p->payer = 0;
        return A9N_ERROR_NOT_ENOUGH_MEMORY;
    }
    p->quota = quota;
    return A9N_OK;
}

void init_memory_session_close(struct init_process *p)
{
    if (p->session == 0)
        return;
    /* Closing moves the session's whole quota back to the root session; then the part a parent
     * paid goes on to it. */
    enum koito_ulmmi_error error =
        koito_ulmmi_session_close(init_book_slot(INIT_BOOK_MEMORY_ROOT), p->session);
    if (error != KOITO_ULMMI_OK)
        printf("koito: %s: ULMM cannot close its session: %s\n", p->name,
               koito_ulmmi_error_name(error));
    else
        memory_repay(p->payer, p->quota);
    p->session = 0;
    p->quota = 0;
    p->payer = 0;
}

uint64_t init_memory_free(void)
{
    uint64_t free = 0;
    if (init.memory_ready && koito_ulmmi_quota(init_book_slot(INIT_BOOK_MEMORY_ROOT), NULL, NULL,
                                               &free) != KOITO_ULMMI_OK)
        free = 0;
    return free;
}

static void memory_forwarded(const struct a9n_message *message)
{
    uint64_t session = message->words[KOITO_MEMORY_FORWARD_SESSION];
    for (unsigned i = 0; i < INIT_MAX_PROCESSES; i++) {
        struct init_process *p = &init.processes[i];
        if (p->state == INIT_PROCESS_RUNNING && p->session != 0 && p->session == session) {
            init_fault(p, message->words);
            return;
        }
    }
}

void init_memory_message(a9n_descriptor_t port, const struct a9n_message *message)
{
    struct a9n_message reply = {.info = A9N_MESSAGE_INFO(1, 0)};
    reply.words[0] = A9N_ERROR_INVALID_ARGUMENT;
    uint64_t length = A9N_MESSAGE_LENGTH(message->info);
    if (length == 2 && message->words[0] == KOITO_MEMORY_READY)
        reply.words[0] = memory_ready(message);
    else if (length == KOITO_MEMORY_FORWARD_LENGTH && !(message->info & A9N_MESSAGE_CAPABILITY))
        memory_forwarded(message);
    if (message->info & A9N_MESSAGE_CAPABILITY && reply.words[0] != A9N_OK)
        a9n_node_delete(memory_root_node(), init_book_slot(INIT_BOOK_MEMORY_ROOT));
    /* ULMM's thread waits for this answer, whatever the message was. */
    a9n_ipc_port_reply(port, &reply);
}
