/*
 * Shared set-up of the capability suite; see fixture.h.
 */
#include "fixture.h"

#include <guest_test.h>
#include <koito/boot.h>

unsigned fixture_root_radix;
unsigned fixture_scratch;
a9n_descriptor_t fixture_generic;
unsigned fixture_generic_slot;
uint64_t fixture_generic_size;

a9n_descriptor_t root_slot(unsigned index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, fixture_root_radix, index);
}

a9n_descriptor_t scratch(unsigned n)
{
    return root_slot(fixture_scratch + n);
}

uint64_t slot_type(a9n_descriptor_t slot)
{
    enum a9n_object_type type = A9N_OBJECT_NONE;
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, slot, &type, 0, 0), A9N_OK);
    return type;
}

uint64_t slot_rights(a9n_descriptor_t slot)
{
    a9n_rights_t rights = 0;
    GUEST_CHECK_EQ(a9n_node_inspect(A9N_DESCRIPTOR_ROOT, slot, 0, &rights, 0), A9N_OK);
    return rights;
}

uint64_t generic_free(a9n_descriptor_t generic)
{
    uint64_t free = 0;
    GUEST_CHECK_EQ(a9n_generic_get_info(generic, 0, &free, 0), A9N_OK);
    return free;
}

uint64_t node_bytes(unsigned radix)
{
    return 64 + (UINT64_C(64) << radix);
}

void fixture_begin(void)
{
    const struct a9n_root_info *info = koito_root_info();
    const struct a9n_root_generic *generics = a9n_root_info_generics(info);
    fixture_root_radix = info->node_radix;
    fixture_scratch = (1u << info->node_radix) - FIXTURE_SCRATCH_COUNT;
    /* The largest generic of plain free memory (not reclaimable, not device). */
    unsigned largest = info->generic_count;
    for (unsigned i = 0; i < info->generic_count; i++) {
        if (generics[i].flags == 0 &&
            (largest == info->generic_count || generics[i].size_bits > generics[largest].size_bits))
            largest = i;
    }
    GUEST_CHECK(largest < info->generic_count);
    fixture_generic_slot = generics[largest].slot;
    fixture_generic = root_slot(fixture_generic_slot);
    fixture_generic_size = UINT64_C(1) << generics[largest].size_bits;
    for (unsigned n = 0; n < FIXTURE_SCRATCH_COUNT; n++)
        GUEST_CHECK_EQ(slot_type(scratch(n)), A9N_OBJECT_NONE);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
}

void fixture_end(void)
{
    GUEST_CHECK_EQ(a9n_node_revoke(A9N_DESCRIPTOR_ROOT, fixture_generic), A9N_OK);
    GUEST_CHECK_EQ(generic_free(fixture_generic), fixture_generic_size);
    for (unsigned n = 0; n < FIXTURE_SCRATCH_COUNT; n++) {
        if (slot_type(scratch(n)) != A9N_OBJECT_NONE)
            GUEST_CHECK_EQ(a9n_node_delete(A9N_DESCRIPTOR_ROOT, scratch(n)), A9N_OK);
    }
}
