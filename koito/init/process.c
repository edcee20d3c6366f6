/*
 * Processes (KOITO init): the process table, building a process from a configured program, and
 * ending it.
 *
 * Building, in order (any failure reports the step and tears down what was made):
 *  1. find the ELF file in the initrd and check it whole (koito/loader), and lay out the
 *     information block, before anything is made;
 *  2. take a table entry and its memory block (a generic of the program's memory size);
 *  3. from the block: the program's node, the holding node, the address space, the thread, the IPC
 *     buffer frame; then the node's own capability, the badged supervisor port, the grants;
 *  4. the image, the stack (a guard page below it stays unmapped) and the information block;
 *  5. its ULMM session (memory.c), when ULMM runs;
 *  6. configure the thread (its fault resolver: the session, else the supervisor port), its
 *     priority (also the highest it may give), its registers as <koito/process.h> says, and
 *     resume it.
 * Ending: close the session (ULMM frees every page it made for the process), then revoke the
 * block, which destroys every object of the process and every capability in its nodes, so the
 * block is whole again.
 */
#include "init.h"

#include <cpio_newc.h>
#include <koito/memory_manager.h>
#include <stdio.h>
#include <string.h>

static uint8_t process_info_buffer[KOITO_INFO_MAX_SIZE];

static unsigned process_book(const struct init_process *process, unsigned k)
{
    return INIT_BOOK_FIRST_PROCESS +
           (unsigned)(process - init.processes) * INIT_BOOK_PROCESS_SLOTS + k;
}

a9n_descriptor_t init_process_block(const struct init_process *process)
{
    return init_book_slot(process_book(process, 0));
}

a9n_descriptor_t init_process_node(const struct init_process *process)
{
    return init_book_slot(process_book(process, 1));
}

a9n_descriptor_t init_process_hold_node(const struct init_process *process)
{
    return init_book_slot(process_book(process, 2));
}

a9n_descriptor_t init_process_served_ended(const struct init_process *process)
{
    return init_book_slot(process_book(process, 3));
}

a9n_descriptor_t init_process_slot(const struct init_process *process, unsigned index)
{
    return a9n_descriptor_child(init_process_node(process), process->child_radix, index);
}

a9n_descriptor_t init_process_hold_slot(const struct init_process *process, unsigned index)
{
    return a9n_descriptor_child(init_process_hold_node(process), process->hold_radix, index);
}

struct init_process *init_process_find(uint32_t pid)
{
    for (unsigned i = 0; i < INIT_MAX_PROCESSES; i++) {
        if (init.processes[i].state == INIT_PROCESS_RUNNING && init.processes[i].pid == pid)
            return &init.processes[i];
    }
    return NULL;
}

/* A free entry, preferring one whose block already has the size wanted. */
static struct init_process *process_entry(unsigned block_bits)
{
    struct init_process *empty = NULL;
    struct init_process *other = NULL;
    for (unsigned i = 0; i < INIT_MAX_PROCESSES; i++) {
        struct init_process *p = &init.processes[i];
        if (p->state != INIT_PROCESS_FREE)
            continue;
        if (p->block_bits == block_bits)
            return p;
        if (p->block_bits == 0 && empty == NULL)
            empty = p;
        else if (other == NULL)
            other = p;
    }
    if (empty != NULL || other == NULL)
        return empty;
    /* Only blocks of other sizes are left: give one back (its memory returns to its generic once
     * nothing else made from that generic is left). */
    a9n_node_delete(init_root_slot(A9N_ROOT_SLOT_NODE), init_process_block(other));
    other->block_bits = 0;
    return other;
}

static enum a9n_error process_block(struct init_process *process, unsigned bits)
{
    if (process->block_bits == bits)
        return A9N_OK;
    enum a9n_error error = init_convert(A9N_OBJECT_GENERIC, bits, 1, process_book(process, 0));
    /* Frames made from the block reach the process (its IPC buffer, in its own node): without
     * the physical right on the block, none of them can tell where it lies. */
    if (error != A9N_OK)
        return error;
    error = a9n_node_demote(init_root_slot(A9N_ROOT_SLOT_NODE), init_process_block(process),
                            A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL);
    if (error != A9N_OK) {
        a9n_node_delete(init_root_slot(A9N_ROOT_SLOT_NODE), init_process_block(process));
        return error;
    }
    process->block_bits = bits;
    return A9N_OK;
}

static void process_teardown(struct init_process *process)
{
    a9n_descriptor_t block = init_process_block(process);
    init_memory_session_close(process); /* ULMM frees its pages before the address space goes */
    a9n_node_revoke(init_root_slot(A9N_ROOT_SLOT_NODE), block);
    uint64_t size = 0, free = 0;
    if (a9n_generic_get_info(block, &size, &free, NULL) != A9N_OK || size != free)
        printf("koito: %s: memory block not whole after teardown (%llu of %llu bytes free)\n",
               process->name, (unsigned long long)free, (unsigned long long)size);
    if (process->state == INIT_PROCESS_RUNNING)
        init.running--;
    process->state = INIT_PROCESS_FREE;
}

/* Steps 3 to 6 of building; the name of the step that failed, or NULL. */
static const char *process_build(struct init_process *p, const struct koito_config_program *program,
                                 const struct init_launch *launch,
                                 const struct koito_loader_plan *plan, uint64_t info_size,
                                 enum a9n_error *error)
{
    a9n_descriptor_t block = init_process_block(p);
    a9n_descriptor_t root_node = init_root_slot(A9N_ROOT_SLOT_NODE);
    a9n_descriptor_t thread = init_process_slot(p, KOITO_SLOT_THREAD);
    const a9n_rights_t rw = A9N_RIGHT_READ | A9N_RIGHT_WRITE;
#define STEP(name, call)                                                                           \
    do {                                                                                           \
        if ((*error = (call)) != A9N_OK)                                                           \
            return name;                                                                           \
    } while (0)
    STEP("node", a9n_generic_convert(block, A9N_OBJECT_NODE, p->child_radix, 1, init_book_node(),
                                     process_book(p, 1), init_identifier_pool()));
    STEP("holding node",
         a9n_generic_convert(block, A9N_OBJECT_NODE, p->hold_radix, 1, init_book_node(),
                             process_book(p, 2), init_identifier_pool()));
    STEP("address space",
         a9n_generic_convert(block, A9N_OBJECT_ADDRESS_SPACE, 0, 1, init_process_node(p),
                             KOITO_SLOT_ADDRESS_SPACE, init_identifier_pool()));
    STEP("thread", a9n_generic_convert(block, A9N_OBJECT_THREAD, 0, 1, init_process_node(p),
                                       KOITO_SLOT_THREAD, init_identifier_pool()));
    STEP("IPC buffer", a9n_generic_convert(block, A9N_OBJECT_FRAME, 12, 1, init_process_node(p),
                                           KOITO_SLOT_IPC_BUFFER, init_identifier_pool()));
    STEP("node capability", a9n_node_copy(root_node, init_process_slot(p, KOITO_SLOT_NODE),
                                          init_process_node(p), A9N_RIGHTS_ALL));
    STEP("supervisor port", a9n_node_mint(root_node, init_process_slot(p, KOITO_SLOT_SUPERVISOR),
                                          init_book_slot(INIT_BOOK_PORT), A9N_RIGHT_WRITE, p->pid));
    STEP("standard streams", init_streams_give(p, p->streams));
    if (launch->grant_count != 0 && init_grants_give(p, program) < 0) {
        *error = A9N_ERROR_INVALID_ARGUMENT;
        return "grants";
    }
    STEP("POSIX server", init_posix_prepare(p, program));
    STEP("timer service", init_timer_prepare(p));
    if (program->is_memory)
        STEP("memory manager's capabilities", init_memory_grants(p));
    STEP("IPC buffer mapping", init_image_map(p, init_process_slot(p, KOITO_SLOT_IPC_BUFFER),
                                              KOITO_IPC_BUFFER_ADDRESS, rw));
    STEP("image", init_image_load(p, plan));
    STEP("stack", init_image_map_fresh(p, KOITO_STACK_TOP - INIT_STACK_SIZE, INIT_STACK_SIZE, rw));
    STEP("information block", init_image_map_copy(p, KOITO_INFO_ADDRESS, process_info_buffer,
                                                  info_size, A9N_RIGHT_READ));
    STEP("memory session", init_memory_session_open(p, program));
    /* ULMM resolves the faults of a process with a session (lazy pages, the stack's growth) and
     * forwards the rest to init. */
    a9n_descriptor_t resolver =
        init_process_slot(p, p->session != 0 ? KOITO_SLOT_MEMORY : KOITO_SLOT_SUPERVISOR);
    STEP("thread configuration",
         a9n_thread_configure(thread, init_process_node(p),
                              init_process_slot(p, KOITO_SLOT_ADDRESS_SPACE),
                              KOITO_IPC_BUFFER_ADDRESS, resolver));
    STEP("priority", a9n_thread_set_priority(thread, init_root_slot(A9N_ROOT_SLOT_THREAD),
                                             program->priority, program->priority));
    /* rip rsp rflags rax rbx rcx, then rdx rsi rdi. */
    STEP("registers", a9n_thread_write_registers(thread, A9N_X86_64_RIP, 6, plan->entry,
                                                 KOITO_STACK_TOP, 0, 0, 0, KOITO_INFO_ADDRESS));
    STEP("registers", a9n_thread_write_registers(thread, A9N_X86_64_RDX, 3, 0,
                                                 KOITO_IPC_BUFFER_ADDRESS, 0, 0, 0, 0));
    STEP("resume", a9n_thread_resume(thread));
#undef STEP
    return NULL;
}

static unsigned process_bits(unsigned kib)
{
    unsigned bits = 10;
    while ((1u << (bits - 10)) < kib)
        bits++;
    return bits;
}

/* The pages the initrd lies in: the POSIX server maps them all (init_image_share_initrd). */
static unsigned process_initrd_pages(void)
{
    uint64_t offset = init.root->initrd_address % KOITO_LOADER_PAGE;
    return (unsigned)((offset + init.initrd_size + KOITO_LOADER_PAGE - 1) / KOITO_LOADER_PAGE);
}

/* What a program's block holds: its configured memory and, for the POSIX server, what sharing the
 * initrd costs: a page table per 2 MiB of it and a holding-node slot (64 bytes, twice that when
 * the node's radix rounds up) per page (the pages themselves are the initrd's own), and its spawn
 * area: the frames, and a slot per page for init's copy (posix.c). */
static unsigned process_memory_kib(const struct koito_config_program *program)
{
    if (!program->is_posix)
        return program->memory_kib;
    unsigned pages = process_initrd_pages();
    unsigned tables = pages / 512 + 2;
    return program->memory_kib + tables * 4 + (pages + INIT_SPAWN_AREA_PAGES + 7) / 8 +
           KOITO_SPAWN_AREA_SIZE / 1024;
}

/* One holding slot per page the block can give, and for the POSIX server one per initrd page
 * and per copy of a spawn area page. */
static unsigned process_hold_radix(const struct koito_config_program *program, unsigned bits)
{
    uint64_t slots = UINT64_C(1) << (bits - 12);
    if (program->is_posix)
        slots += process_initrd_pages() + INIT_SPAWN_AREA_PAGES;
    unsigned radix = bits - 12;
    while ((UINT64_C(1) << radix) < slots)
        radix++;
    return radix;
}

uint32_t init_process_start(unsigned program_index, unsigned instance, uint32_t spawner)
{
    const struct koito_config_program *program = &init.config.programs[program_index];
    char name[sizeof init.processes[0].name];
    if (program->instances > 1)
        snprintf(name, sizeof name, "%s#%u", program->name, instance);
    else
        snprintf(name, sizeof name, "%s", program->name);

    struct cpio_entry file;
    enum cpio_error cpio_error = cpio_find(init.initrd, init.initrd_size, program->path, &file);
    if (cpio_error != CPIO_OK) {
        printf("koito: %s: cannot start: '%s' %s\n", name, program->path,
               cpio_error == CPIO_ERROR_NOT_FOUND ? "is not in the initrd"
                                                  : cpio_error_string(cpio_error));
        return 0;
    }
    const struct init_launch launch = {
        .path = program->path,
        .file = file.data,
        .size = file.size,
        .argc = program->argc,
        .argv = program->argv,
        .envc = program->envc,
        .envp = program->envp,
        .grant_count = program->grant_count,
    };
    return init_process_launch(program_index, instance, spawner, name, &launch, NULL);
}

uint32_t init_process_launch(unsigned program_index, unsigned instance, uint32_t spawner,
                             const char *name, const struct init_launch *launch, bool *refused)
{
    const struct koito_config_program *program = &init.config.programs[program_index];
    /* 1. Everything that can be checked before anything is made. */
    static struct koito_loader_plan plan;
    /* A position-independent file (ET_DYN) goes where the configuration says, else to
     * INIT_PIE_BASE; a static one with a base is refused by the loader. */
    uint64_t base = program->base != 0                           ? program->base
                    : launch->size > 16 && launch->file[16] == 3 ? INIT_PIE_BASE
                                                                 : 0;
    enum koito_loader_error load_error =
        koito_loader_plan(&plan, launch->file, launch->size, base, KOITO_IMAGE_LIMIT);
    if (refused != NULL)
        *refused = load_error != KOITO_LOADER_OK;
    if (load_error != KOITO_LOADER_OK) {
        printf("koito: %s: cannot start: %s: %s\n", name, launch->path,
               koito_loader_error_string(load_error, plan.elf_error));
        return 0;
    }
    unsigned memory_kib = process_memory_kib(program);
    struct init_process *p = process_entry(process_bits(memory_kib));
    if (p == NULL) {
        printf("koito: %s: cannot start: too many processes (at most %u)\n", name,
               INIT_MAX_PROCESSES);
        return 0;
    }
    unsigned bits = process_bits(memory_kib);
    p->pid = ++init.next_pid;
    p->streams = init_streams_kind(program);
    p->hold_radix = process_hold_radix(program, bits);
    p->child_radix = bits - 12 < INIT_CHILD_RADIX_MIN   ? INIT_CHILD_RADIX_MIN
                     : bits - 12 > INIT_CHILD_RADIX_MAX ? INIT_CHILD_RADIX_MAX
                                                        : bits - 12;
    uint64_t info_size = init_info_block_build(
        process_info_buffer, sizeof process_info_buffer, program, launch, p, &plan,
        program->is_memory ? KOITO_MEMORY_FIRST_FREE_SLOT
                           : KOITO_SLOT_FIRST_GRANT + launch->grant_count);
    if (info_size == 0) {
        printf("koito: %s: cannot start: arguments and environment exceed %u bytes\n", name,
               KOITO_INFO_MAX_SIZE);
        return 0;
    }

    /* 2. The entry and its block. */
    snprintf(p->name, sizeof p->name, "%s", name);
    p->spawner = spawner;
    p->posix_parent = launch->posix_parent;
    p->posix_port = false;
    p->program = program_index;
    p->instance = instance;
    p->restarts = 0;
    p->hold_next = 0;
    p->session = 0;
    p->quota = 0;
    p->payer = 0;
    p->fault_signals = 0;
    p->fault_held = false;
    memset(p->fault, 0, sizeof p->fault);
    enum a9n_error error = process_block(p, bits);
    if (error != A9N_OK) {
        printf("koito: %s: cannot start: no memory for its %u KiB (error %d)\n", name, memory_kib,
               (int)error);
        return 0;
    }

    /* 3. to 6. */
    const char *step = process_build(p, program, launch, &plan, info_size, &error);
    if (step != NULL) {
        printf("koito: %s: cannot start: %s failed (error %d)\n", name, step, (int)error);
        process_teardown(p);
        return 0;
    }
    p->state = INIT_PROCESS_RUNNING;
    init.running++;
    return p->pid;
}

static void process_report(const struct init_process *process, bool killed, uint64_t value,
                           const uint64_t *fault)
{
    /* A spawned program's clean exit is its spawner's news, not the console's; so is any exit
     * of a POSIX child (its parent's waitpid reads the status). */
    if (!killed && ((value == 0 && process->spawner != 0) || process->posix_parent != 0))
        return;
    if (!killed) {
        printf("%s: exited with %llu\n", process->name, (unsigned long long)value);
        return;
    }
    if (fault == NULL)
        return; /* ended on its POSIX server's request (a signal): the signaller's news */
    unsigned long long ip = fault[2];
    switch (fault[0]) {
    case A9N_FAULT_PAGE:
        printf("%s: killed by page fault at address %#llx (ip %#llx)\n", process->name,
               (unsigned long long)fault[1], ip);
        break;
    case A9N_FAULT_INVALID_INSTRUCTION:
        printf("%s: killed by invalid instruction (ip %#llx)\n", process->name, ip);
        break;
    case A9N_FAULT_ARITHMETIC:
        printf("%s: killed by %s (ip %#llx)\n", process->name,
               fault[3] >> 32 == 0 ? "division by zero" : "arithmetic fault", ip);
        break;
    case A9N_FAULT_PROTECTION:
        printf("%s: killed by protection fault (ip %#llx)\n", process->name, ip);
        break;
    case A9N_FAULT_UNKNOWN_CALL:
        printf("%s: killed by unknown kernel call %llu (ip %#llx)\n", process->name,
               (unsigned long long)fault[1], ip);
        break;
    default:
        printf("%s: killed by fault %llu (vector %llu, ip %#llx)\n", process->name,
               (unsigned long long)fault[0], (unsigned long long)(fault[3] >> 32), ip);
        break;
    }
}

uint64_t init_process_cpu_time(const struct init_process *process)
{
    uint64_t nanoseconds = 0;
    if (a9n_address_space_get_cpu_time(init_process_slot(process, KOITO_SLOT_ADDRESS_SPACE),
                                       &nanoseconds) != A9N_OK)
        return 0;
    return nanoseconds;
}

void init_process_end(struct init_process *process, bool killed, uint64_t value,
                      const uint64_t *fault)
{
    process_report(process, killed, value, fault);
    /* Read while the address space still exists: the teardown destroys it. */
    uint64_t cpu_time = init_process_cpu_time(process);
    const struct koito_config_program *program = &init.config.programs[process->program];
    struct init_process ended = *process;
    process_teardown(process);
    if (ended.pid == init.memory_pid) {
        printf("koito: %s: the memory manager ended: the system cannot go on\n", ended.name);
        init.memory_lost = true;
        return;
    }
    if (ended.posix_port && ended.posix_parent == 0)
        init_posix_served_ended(&ended);

    bool failed = killed || value != 0;
    if (program->restart == KOITO_CONFIG_RESTART_ON_FAILURE && failed && ended.spawner == 0 &&
        ended.restarts < program->restart_limit) {
        printf("koito: %s: restarting (%u of %u)\n", ended.name, ended.restarts + 1,
               program->restart_limit);
        uint32_t pid = init_process_start(ended.program, ended.instance, 0);
        struct init_process *restarted = init_process_find(pid);
        if (restarted != NULL) {
            restarted->restarts = ended.restarts + 1;
            return;
        }
    }
    if (program->is_console)
        init_console_ended();
    if (ended.spawner != 0) {
        struct init_ended *record = &init.ended[init.ended_next++ % INIT_MAX_ENDED];
        record->pid = ended.pid;
        record->spawner = ended.spawner;
        record->killed = killed;
        record->value = killed && fault != NULL ? fault[0] : value;
        record->detail = killed && fault != NULL ? fault[3] : 0;
        record->cpu_time = cpu_time;
        init_supervisor_child_ended(ended.spawner);
        if (ended.posix_parent != 0)
            init_supervisor_child_ended(ended.posix_parent);
    } else if (program->is_init) {
        init.init_program_ended = true;
        init.init_program_status = killed ? KOITO_INIT_STATUS_KILLED
                                   : value > KOITO_INIT_PROGRAM_STATUS_MAX
                                       ? KOITO_INIT_PROGRAM_STATUS_MAX
                                       : (int)value;
    }
}
