/*
 * The calling process's processor time (libc, OS port): what the kernel counted for its address
 * space (thread.get_cpu_time's sum over every thread that ran in it, ended ones included), in
 * nanoseconds. KOITO_SLOT_ADDRESS_SPACE is A9N_ROOT_SLOT_ADDRESS_SPACE, so the kernel's root
 * program reads its own the same way. -ENOSYS when the kernel will not say.
 */
#include "port.h"
#include <errno.h>
#include <koito/process.h>
#include <koito/slots.h>

int __koito_cpu_time_process(unsigned long long *nanoseconds)
{
    uint64_t value = 0;
    if (a9n_address_space_get_cpu_time(koito_slot(KOITO_SLOT_ADDRESS_SPACE), &value) != A9N_OK)
        return -ENOSYS;
    *nanoseconds = value;
    return 0;
}
