/*
 * Taking general memory (ULMM server): the generics ULMM's creator puts in the generics node, at
 * start (every generic it hands over) and later whenever it releases more (ULMMI memory_add).
 *
 * Each generic is moved out of the node into a slot of ULMM's own, so the node's slots are free
 * for the next release, and must be blind: it carries no physical right. At start ULMM also
 * probes that the kernel refuses it the physical address of a frame made from the first generic;
 * a generic that is not blind makes ULMM refuse to run, or, later, refuse the release.
 */
#include "server.h"

static unsigned generics_bits(uint64_t size)
{
    unsigned bits = 0;
    while (bits < 63 && (UINT64_C(1) << (bits + 1)) <= size)
        bits++;
    return bits;
}

static bool generics_blind(struct ulmm_server *s, a9n_descriptor_t generic, bool probe)
{
    enum a9n_object_type type = A9N_OBJECT_NONE;
    a9n_rights_t rights = A9N_RIGHT_PHYSICAL;
    if (a9n_node_inspect(A9N_DESCRIPTOR_ROOT, generic, &type, &rights, NULL) != A9N_OK ||
        type != A9N_OBJECT_GENERIC || (rights & A9N_RIGHT_PHYSICAL))
        return false;
    if (!probe)
        return true;
    struct ulmm_backend backend = ulmm_kernel_backend(&s->kernel);
    ulmm_cap frame = 0;
    uint64_t physical = 0;
    if (backend.generic_convert(backend.context, generic, ULMM_OBJECT_FRAME, ULMM_PAGE_BITS,
                                &frame) != 0)
        return false;
    enum a9n_error asked = a9n_frame_get_physical_address(frame, &physical);
    backend.generic_reclaim(backend.context, generic);
    backend.cap_release(backend.context, frame);
    return asked == A9N_ERROR_INSUFFICIENT_RIGHTS;
}

enum ulmm_error ulmm_server_take_generics(struct ulmm_server *s, uint64_t root, bool probe,
                                          uint64_t *taken)
{
    *taken = 0;
    if (s->generics == A9N_DESCRIPTOR_INVALID)
        return ULMM_ERROR_INSUFFICIENT_RIGHTS;
    for (unsigned i = 0; i < (1u << s->generics_radix); i++) {
        a9n_descriptor_t from = a9n_descriptor_child(s->generics, s->generics_radix, i);
        uint64_t size = 0;
        if (a9n_generic_get_info(from, &size, NULL, NULL) != A9N_OK)
            break; /* the first empty slot ends the list */
        a9n_descriptor_t slot = ulmm_kernel_slot(&s->kernel);
        if (slot == 0)
            return ULMM_ERROR_OUT_OF_MEMORY;
        if (a9n_node_move(A9N_DESCRIPTOR_ROOT, slot, from) != A9N_OK) {
            ulmm_kernel_slot_free(&s->kernel, slot);
            return ULMM_ERROR_OUT_OF_MEMORY;
        }
        if (!generics_blind(s, slot, probe && i == 0)) {
            /* Back where it came from: ULMM takes no memory it could locate. */
            if (a9n_node_move(A9N_DESCRIPTOR_ROOT, from, slot) == A9N_OK)
                ulmm_kernel_slot_free(&s->kernel, slot);
            return ULMM_ERROR_INSUFFICIENT_RIGHTS;
        }
        enum ulmm_error error =
            root == 0 ? ulmm_add_generic(&s->core, slot, generics_bits(size))
                      : ulmm_root_add_generic(&s->core, root, slot, generics_bits(size));
        if (error != ULMM_OK)
            return error;
        *taken += size;
    }
    return ULMM_OK;
}
