/*
 * The ULMM suite: the memory manager serving ULMMI in a thread of the test
 * program, run as the root program of a PVH boot; every test talks to it
 * through the generated client stubs and checks what really got mapped.
 */
#include "tests.h"

#include <guest_test.h>

static const struct guest_test tests[] = {
    {"eager map is zeroed and usable", test_eager_map_zero_and_usable},
    {"lazy pages are resolved zeroed", test_lazy_pages_resolved_zero},
    {"protection changes take effect, W^X refused", test_protect_takes_effect},
    {"fault outside backed memory goes to the supervisor", test_unbacked_fault_forwarded},
    {"shared memory seen through both mappings", test_shared_memory_seen_by_both_mappings},
    {"no physical address reaches ULMM", test_no_physical_addresses},
    {"ULMM's room for capabilities grows with use", test_capability_room_grows},
    {"quota exhausted, then returned whole", test_quota_exhausted_and_returned},
    {"foreign, forged and replayed handles refused", test_foreign_forged_replayed_refused},
    {"kernel objects made for a client", test_kernel_objects_for_client},
    {"garbage requests refused, ULMM intact", test_garbage_requests_survived},
    {"the C library's pages come from the session", test_libc_pages_from_session},
};

int main(void)
{
    return guest_test_run("ulmm", tests, sizeof(tests) / sizeof(tests[0]));
}
