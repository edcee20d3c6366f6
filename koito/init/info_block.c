/*
 * The information block of a process (KOITO init): struct koito_process_info, then the argv and
 * envp pointer arrays, the auxiliary vector, the granted capabilities by name (each 8-byte
 * aligned) and last the strings, packed, laid out in a buffer of init's that is later copied to
 * the frames mapped read-only at KOITO_INFO_ADDRESS; every pointer is an address in the process.
 * The largest a posix_spawn can ask for fits KOITO_INFO_MAX_SIZE (checked below).
 */
#include "init.h"

#include <koito/protocol/posix.h>
#include <string.h>

struct info_writer {
    uint8_t *block;
    uint64_t capacity;
    uint64_t used;
    bool full;
};

/* Room for size bytes aligned to 8; its offset (0 and full set when there is none). */
static uint64_t info_take(struct info_writer *w, uint64_t size)
{
    uint64_t offset = (w->used + 7) & ~7ull;
    if (w->full || size > w->capacity || offset > w->capacity - size) {
        w->full = true;
        return 0;
    }
    for (uint64_t i = w->used; i < offset + size; i++)
        w->block[i] = 0; /* padding and the new room start zeroed */
    w->used = offset + size;
    return offset;
}

static uint64_t info_address(uint64_t offset)
{
    return KOITO_INFO_ADDRESS + offset;
}

/* The string, packed after what is there (it needs no alignment, and its copy fills its room
 * whole); its address (and full set when there is no room). */
static uint64_t info_string(struct info_writer *w, const char *text)
{
    size_t length = strlen(text) + 1;
    uint64_t offset = w->used;
    if (w->full || length > w->capacity - offset) {
        w->full = true;
        return info_address(0);
    }
    koito_loader_copy(w->block + offset, text, length);
    w->used = offset + length;
    return info_address(offset);
}

static void info_put(struct info_writer *w, uint64_t offset, uint64_t value)
{
    if (!w->full)
        memcpy(w->block + offset, &value, sizeof value);
}

uint64_t init_info_block_build(uint8_t *block, uint64_t capacity,
                               const struct koito_config_program *program,
                               const struct init_launch *launch, const struct init_process *process,
                               const struct koito_loader_plan *plan, unsigned first_free_slot)
{
    struct info_writer w = {.block = block, .capacity = capacity};
    uint64_t header = info_take(&w, sizeof(struct koito_process_info));
    uint64_t argv = info_take(&w, 8 * ((uint64_t)launch->argc + 1));
    uint64_t envp = info_take(&w, 8 * ((uint64_t)launch->envc + 1));
    const struct koito_aux aux[] = {
        {KOITO_AUX_PAGE_SIZE, KOITO_LOADER_PAGE},
        {KOITO_AUX_NODE_RADIX, process->child_radix},
        {KOITO_AUX_FIRST_FREE_SLOT, first_free_slot},
        {KOITO_AUX_IMAGE_START, plan->image_start},
        {KOITO_AUX_IMAGE_END, plan->image_end},
        {KOITO_AUX_LOAD_BASE, plan->base},
        {KOITO_AUX_ENTRY, plan->entry},
        {KOITO_AUX_STACK_BASE, KOITO_STACK_TOP - INIT_STACK_SIZE},
        {KOITO_AUX_STACK_TOP, KOITO_STACK_TOP},
        {KOITO_AUX_IPC_BUFFER, KOITO_IPC_BUFFER_ADDRESS},
        {KOITO_AUX_THREAD_AREA, KOITO_THREAD_AREA},
        {KOITO_AUX_THREAD_AREA_SIZE, KOITO_THREAD_AREA_SIZE},
        {KOITO_AUX_TSC_HZ, init.clock.tsc_hz},
        {KOITO_AUX_GRANTS, 0}, /* filled below */
        {KOITO_AUX_GRANT_COUNT, launch->grant_count},
        {KOITO_AUX_PROCESS_ID, process->pid},
        {KOITO_AUX_PRIORITY, program->priority},
        {KOITO_AUX_INITRD_ADDRESS,
         program->is_posix ? KOITO_INITRD_ADDRESS + init.root->initrd_address % KOITO_LOADER_PAGE
                           : 0},
        {KOITO_AUX_INITRD_SIZE, program->is_posix ? init.initrd_size : 0},
        {KOITO_AUX_STREAMS, process->streams},
        {KOITO_AUX_POSIX_ROOT, 0}, /* filled below */
        {KOITO_AUX_SIGNAL_MASK, launch->signal_mask},
        {KOITO_AUX_SIGNAL_IGNORED, launch->signal_ignored},
        {KOITO_AUX_NULL, 0},
    };
    /* A POSIX child: no grants, no root; its strings are the spawn's less the path. */
    _Static_assert(sizeof(struct koito_process_info) + 8 * (KOITO_POSIX_SPAWN_ARGUMENTS_MAX + 2) +
                           sizeof aux + KOITO_POSIX_SPAWN_STRINGS_MAX <=
                       KOITO_INFO_MAX_SIZE,
                   "the largest spawn's information block fits its room");
    uint64_t auxv = info_take(&w, sizeof aux);
    uint64_t grants = info_take(&w, sizeof(struct koito_grant) * launch->grant_count);
    if (w.full)
        return 0;
    memcpy(block + auxv, aux, sizeof aux);
    for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++) {
        if (aux[i].type == KOITO_AUX_GRANTS)
            info_put(&w, auxv + i * sizeof aux[0] + 8, info_address(grants));
    }
    for (unsigned i = 0; i < launch->grant_count; i++) {
        struct koito_grant grant = {.slot = init_grant_slot(program, i)};
        switch (program->grants[i].kind) {
        case KOITO_CONFIG_GRANT_PORT:
        case KOITO_CONFIG_GRANT_CONSOLE_OUTPUT:
        case KOITO_CONFIG_GRANT_CONSOLE_INPUT:
        case KOITO_CONFIG_GRANT_SPAWN:
        case KOITO_CONFIG_GRANT_NAME_SERVICE:
        case KOITO_CONFIG_GRANT_POSIX:
            grant.type = A9N_OBJECT_IPC_PORT;
            break;
        case KOITO_CONFIG_GRANT_NOTIFICATION:
            grant.type = A9N_OBJECT_NOTIFICATION_PORT;
            break;
        case KOITO_CONFIG_GRANT_SERIAL:
        case KOITO_CONFIG_GRANT_DEBUG_EXIT:
        case KOITO_CONFIG_GRANT_PIT:
            grant.type = A9N_OBJECT_IO_PORT;
            break;
        case KOITO_CONFIG_GRANT_SERIAL_INTERRUPT:
        case KOITO_CONFIG_GRANT_PIT_INTERRUPT:
            grant.type = A9N_OBJECT_INTERRUPT_PORT;
            break;
        }
        memcpy(grant.name, program->grants[i].name, sizeof grant.name);
        memcpy(block + grants + i * sizeof grant, &grant, sizeof grant);
    }
    for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++) {
        if (aux[i].type == KOITO_AUX_POSIX_ROOT && program->is_posix && program->root != NULL)
            info_put(&w, auxv + i * sizeof aux[0] + 8, info_string(&w, program->root));
    }
    for (unsigned i = 0; i < launch->argc; i++)
        info_put(&w, argv + 8 * i, info_string(&w, launch->argv[i]));
    for (unsigned i = 0; i < launch->envc; i++)
        info_put(&w, envp + 8 * i, info_string(&w, launch->envp[i]));
    if (w.full)
        return 0;
    struct koito_process_info info = {
        .magic = KOITO_PROCESS_INFO_MAGIC,
        .version = KOITO_PROCESS_INFO_VERSION,
        .size = (uint32_t)w.used,
        .argc = launch->argc,
        .argv = (char *const *)info_address(argv),
        .envp = (char *const *)info_address(envp),
        .auxv = (const struct koito_aux *)info_address(auxv),
        .clock = init.clock,
    };
    memcpy(block + header, &info, sizeof info);
    return w.used;
}
