/*
 * Copy-in from user memory (x86_64 HAL): the one place the kernel reads
 * memory named by a user address.
 *
 * It never dereferences the user address itself: each page is looked up in
 * the given address space's tables (present and user-accessible) and read
 * through the direct map. So SMAP never needs lifting, the copy works for any
 * address space, and a bad address is an error code, never a kernel fault.
 */
#include "memlayout.h"

#include <hal/vspace.h>

enum a9n_error hal_copy_from_user(uint64_t root, void *destination, uint64_t user_address,
                                  size_t length)
{
    uint64_t end;
    if (__builtin_add_overflow(user_address, length, &end) || end > USER_SPACE_END)
        return A9N_ERROR_INVALID_ADDRESS;
    uint8_t *out = destination;
    while (length) {
        uint64_t physical;
        unsigned rights;
        if (!hal_vspace_lookup(root, user_address, &physical, &rights))
            return A9N_ERROR_INVALID_ADDRESS;
        uint64_t offset = user_address & (PAGE_SIZE - 1);
        size_t chunk = PAGE_SIZE - offset;
        if (chunk > length)
            chunk = length;
        __builtin_memcpy(out, (const uint8_t *)phys_to_virt(physical) + offset, chunk);
        out += chunk;
        user_address += chunk;
        length -= chunk;
    }
    return A9N_OK;
}
