/*
 * Helpers shared by the interrupt suite's tests; see tests.h.
 */
#include "fixture.h"
#include "tests.h"

#include <guest_test.h>

/* An initial capability of the root server, checked to be of `type`. */
static a9n_descriptor_t initial(unsigned slot, enum a9n_object_type type)
{
    GUEST_CHECK_EQ(slot_type(root_slot(slot)), type);
    return root_slot(slot);
}

a9n_descriptor_t interrupt_region(void)
{
    return initial(A9N_ROOT_SLOT_INTERRUPTS, A9N_OBJECT_INTERRUPT_REGION);
}

a9n_descriptor_t io_ports(void)
{
    return initial(A9N_ROOT_SLOT_IO_PORTS, A9N_OBJECT_IO_PORT);
}

void make_notification(unsigned slot, unsigned badged, uint64_t badge, uint64_t rights)
{
    GUEST_CHECK_EQ(a9n_generic_convert(fixture_generic, A9N_OBJECT_NOTIFICATION_PORT, 0, 1,
                                       A9N_DESCRIPTOR_ROOT, fixture_scratch + slot, 0),
                   A9N_OK);
    GUEST_CHECK_EQ(
        a9n_node_mint(A9N_DESCRIPTOR_ROOT, scratch(badged), scratch(slot), rights, badge), A9N_OK);
}

void issue_com2(unsigned slot)
{
    GUEST_CHECK_EQ(
        a9n_io_port_issue_range(io_ports(), COM2, 8, A9N_DESCRIPTOR_ROOT, fixture_scratch + slot),
        A9N_OK);
}
