/*
 * Copy-in from and copy-out to user memory (x86_64 HAL): the one place the
 * kernel reads or writes memory named by a user address.
 *
 * It never dereferences the user address itself: each page is looked up in
 * the given address space's tables (present and user-accessible) and read or
 * written through the direct map. So SMAP never needs lifting, the copy works
 * for any address space, and a bad address is an error code, never a kernel
 * fault.
 */
#include "memlayout.h"

#include <hal/vspace.h>

static bool user_copy_range_valid(uint64_t user_address, size_t length)
{
    uint64_t end;
    return !__builtin_add_overflow(user_address, length, &end) && end <= USER_SPACE_END;
}

enum a9n_error hal_copy_from_user(uint64_t root, void *destination, uint64_t user_address,
                                  size_t length)
{
    if (!user_copy_range_valid(user_address, length))
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

/* Every page of the range mapped writable: checked before the first byte is
 * written, so a failed copy-out leaves user memory as it was. */
static bool user_copy_writable(uint64_t root, uint64_t user_address, size_t length)
{
    uint64_t page = user_address & ~(uint64_t)(PAGE_SIZE - 1);
    for (; page < user_address + length; page += PAGE_SIZE) {
        uint64_t physical;
        unsigned rights;
        if (!hal_vspace_lookup(root, page, &physical, &rights) || !(rights & HAL_MAP_WRITE))
            return false;
    }
    return true;
}

enum a9n_error hal_copy_to_user(uint64_t root, uint64_t user_address, const void *source,
                                size_t length)
{
    if (!user_copy_range_valid(user_address, length) ||
        !user_copy_writable(root, user_address, length))
        return A9N_ERROR_INVALID_ADDRESS;
    const uint8_t *in = source;
    while (length) {
        uint64_t physical;
        unsigned rights;
        /* Checked again although user_copy_writable passed: a write goes
         * only where a lookup said, this moment, that writing is allowed. */
        if (!hal_vspace_lookup(root, user_address, &physical, &rights) || !(rights & HAL_MAP_WRITE))
            return A9N_ERROR_INVALID_ADDRESS;
        uint64_t offset = user_address & (PAGE_SIZE - 1);
        size_t chunk = PAGE_SIZE - offset;
        if (chunk > length)
            chunk = length;
        __builtin_memcpy((uint8_t *)phys_to_virt(physical) + offset, in, chunk);
        in += chunk;
        user_address += chunk;
        length -= chunk;
    }
    return A9N_OK;
}
