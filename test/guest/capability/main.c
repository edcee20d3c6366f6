/*
 * The capability suite: in-guest tests of capability nodes, descriptors,
 * generic memory, derivation, rights and revocation through real kernel
 * calls, run as the root program of a PVH boot.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"root info and initial capabilities", test_root_info},
    {"lookup errors", test_lookup_errors},
    {"nested nodes", test_nested_nodes},
    {"copy, mint and demote narrow rights", test_copy_and_demote_narrow_rights},
    {"node operation argument errors", test_node_argument_errors},
    {"rights are enforced", test_rights_are_enforced},
    {"move", test_move},
    {"convert nodes", test_convert_nodes},
    {"convert is atomic", test_convert_is_atomic},
    {"convert errors", test_convert_errors},
    {"child generics", test_child_generics},
    {"memory is reused only when free", test_memory_is_reused_only_when_free},
    {"revoke removes every descendant", test_revoke_removes_every_descendant},
    {"delete keeps descendants", test_delete_keeps_descendants},
    {"last capability destroys a node", test_last_capability_destroys_node},
    {"node holding itself", test_node_holding_itself},
    {"hostile calls", test_hostile_calls},
    {"root server's own frames and page tables", test_root_mappings},
    /* Last: it unmaps the initrd. */
    {"initrd mapping and reclaiming boot memory", test_initrd_and_reclaim},
};

int main(void)
{
    return guest_test_run("capability", tests, sizeof(tests) / sizeof(tests[0]));
}
