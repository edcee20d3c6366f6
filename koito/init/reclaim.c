/*
 * Releasing boot memory (KOITO init). The kernel hands init the initrd as frames mapped in init's
 * address space, children of the boot-module generics, which stay in use (flagged reclaimable in
 * the root info) while those frames exist. Init needs the initrd for as long as a program may be
 * started from it: the POSIX server serves its files and starts programs from them, the spawn
 * grant starts configured programs, a program may be started on request or restarted. In a system
 * with none of these, once the configured programs run, init deletes the initrd's frames (which
 * unmaps them); every reclaimable generic that is whole again is cut, without the physical right,
 * into ULMM's generics node, and ULMM takes it as more memory for the root session (ULMMI
 * memory_add). A system with a POSIX server keeps the initrd for good, mapped once and shared
 * read-only with the server (init_image_share_initrd).
 */
#include "init.h"

#include <koito/memory_manager.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>

static bool reclaim_initrd_needed(void)
{
    for (unsigned i = 0; i < init.config.program_count; i++) {
        const struct koito_config_program *program = &init.config.programs[i];
        if (program->is_posix || program->on_request ||
            program->restart != KOITO_CONFIG_RESTART_NEVER)
            return true;
        for (unsigned g = 0; g < program->grant_count; g++) {
            if (program->grants[g].kind == KOITO_CONFIG_GRANT_SPAWN)
                return true;
        }
    }
    return false;
}

/* Delete the initrd's frames; false if one cannot be (then the initrd stays as it is). */
static bool reclaim_initrd_frames(void)
{
    uint64_t first = init.root->initrd_address & ~(uint64_t)(KOITO_LOADER_PAGE - 1);
    uint64_t end = init.root->initrd_address + init.root->initrd_size;
    const struct a9n_root_mapping *mappings = a9n_root_info_mappings(init.root);
    init.initrd = NULL;
    init.initrd_size = 0;
    for (uint32_t i = 0; i < init.root->mapping_count; i++) {
        const struct a9n_root_mapping *m = &mappings[i];
        if (m->type == A9N_OBJECT_FRAME && m->address >= first && m->address < end &&
            a9n_node_delete(init_root_slot(A9N_ROOT_SLOT_NODE), init_root_slot(m->slot)) != A9N_OK)
            return false;
    }
    return true;
}

void init_reclaim_boot_memory(void)
{
    const struct init_process *ulmm = init_process_find(init.memory_pid);
    if (!init.memory_ready || ulmm == NULL || init.root->initrd_size == 0 ||
        reclaim_initrd_needed())
        return;
    if (!reclaim_initrd_frames()) {
        printf("koito: cannot release the initrd's pages\n");
        return;
    }
    a9n_descriptor_t generics_node = init_process_slot(ulmm, KOITO_MEMORY_SLOT_GENERICS);
    const struct a9n_root_generic *generics = a9n_root_info_generics(init.root);
    unsigned pieces = 0;
    for (uint32_t i = 0; i < init.root->generic_count; i++) {
        uint64_t size = 0, free = 0;
        a9n_descriptor_t generic = init_root_slot(generics[i].slot);
        if ((generics[i].flags & A9N_ROOT_GENERIC_RECLAIMABLE) &&
            a9n_generic_get_info(generic, &size, &free, NULL) == A9N_OK && free == size)
            pieces = init_memory_cut(generic, generics_node, pieces);
    }
    uint64_t added = 0;
    enum koito_ulmmi_error error = KOITO_ULMMI_OK;
    if (pieces != 0)
        error = koito_ulmmi_memory_add(init_book_slot(INIT_BOOK_MEMORY_ROOT), &added);
    if (error != KOITO_ULMMI_OK)
        printf("koito: %s refused the released boot memory: %s\n", ulmm->name,
               koito_ulmmi_error_name(error));
    else
        printf("koito: released the initrd: %llu KiB more for %s\n",
               (unsigned long long)(added >> 10), ulmm->name);
}
