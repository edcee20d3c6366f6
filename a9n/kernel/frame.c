/*
 * Frames (portable core): memory that user space maps, 2^size_bits bytes at
 * a size the machine maps with one entry; see include/kernel/vspace.h and
 * the frame operations in a9n/api/a9n_api.json.
 *
 * Each frame capability maps its frame at most once and records where; a
 * copy starts unmapped. Rights of a mapping never exceed the capability's:
 * READ is needed, WRITE and EXECUTE must be held, and both at once need
 * WRITE_EXECUTE too. The physical address is told only for device memory or
 * to holders of the PHYSICAL right (DMA-capable drivers).
 */
#include <kernel/address_space.h>
#include <kernel/frame.h>
#include <kernel/vspace.h>

#define FRAME_MAPPING_RIGHTS (A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_EXECUTE)

bool frame_size_supported(uint64_t size_bits)
{
    return vspace_frame_depth(size_bits) != 0;
}

/* Every right but PHYSICAL: converting a frame must not tell where its
 * generic lies, since a generic reveals its size, never its address. */
struct capability frame_create(uint64_t physical, unsigned size_bits, bool device)
{
    return (struct capability){
        .type = A9N_OBJECT_FRAME,
        .rights = A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL,
        .size_bits = (uint8_t)size_bits,
        .flags = device ? CAPABILITY_DEVICE : 0,
        .object = physical,
    };
}

void frame_derived(struct capability *copy)
{
    copy->data = 0;
}

/* The entry that maps this capability's frame now, or NULL if none does. */
static hal_vspace_entry_t *frame_mapped_entry(const struct capability *frame)
{
    if (!frame->data)
        return 0;
    uint64_t root = address_space_record_root(frame->data);
    unsigned depth = vspace_frame_depth(frame->size_bits);
    struct vspace_walk walk;
    if (!root ||
        vspace_walk(root, address_space_record_address(frame->data), depth, &walk) != VSPACE_FOUND)
        return 0;
    if (hal_vspace_entry_kind(*walk.entry, depth) != HAL_VSPACE_ENTRY_FRAME ||
        hal_vspace_entry_physical(*walk.entry) != frame->object)
        return 0;
    return walk.entry;
}

static void frame_flush(const struct capability *frame)
{
    hal_vspace_flush_entry(address_space_record_root(frame->data),
                           address_space_record_address(frame->data));
}

void frame_finalize(const struct capability *capability)
{
    hal_vspace_entry_t *entry = frame_mapped_entry(capability);
    if (entry) {
        *entry = 0;
        frame_flush(capability);
    }
}

/* Check the rights asked of a mapping against the capability's. */
static enum a9n_error frame_check_rights(const struct capability *frame, uint64_t rights)
{
    if ((rights & ~FRAME_MAPPING_RIGHTS) || !(rights & A9N_RIGHT_READ))
        return A9N_ERROR_INVALID_ARGUMENT;
    if (rights & ~(uint64_t)frame->rights)
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    if ((rights & A9N_RIGHT_WRITE) && (rights & A9N_RIGHT_EXECUTE) &&
        !(frame->rights & A9N_RIGHT_WRITE_EXECUTE))
        return A9N_ERROR_INSUFFICIENT_RIGHTS;
    return A9N_OK;
}

static hal_vspace_entry_t frame_entry(const struct capability *frame, uint64_t rights)
{
    unsigned hal_rights = HAL_MAP_READ;
    if (rights & A9N_RIGHT_WRITE)
        hal_rights |= HAL_MAP_WRITE;
    if (rights & A9N_RIGHT_EXECUTE)
        hal_rights |= HAL_MAP_EXECUTE;
    return hal_vspace_frame_entry(frame->object, vspace_frame_depth(frame->size_bits), hal_rights,
                                  frame->flags & CAPABILITY_DEVICE);
}

static enum a9n_error frame_map(struct slot *caller_root, struct capability *frame,
                                const uint64_t *arguments)
{
    uint64_t address = arguments[1];
    uint64_t rights = arguments[2];
    enum a9n_error error = frame_check_rights(frame, rights);
    if (error != A9N_OK)
        return error;
    if (address & ((UINT64_C(1) << frame->size_bits) - 1))
        return A9N_ERROR_MISALIGNED;
    /* Address 0 stays unmapped, so a null pointer always faults. */
    if (address == 0 || !vspace_user_range(address, frame->size_bits))
        return A9N_ERROR_INVALID_ADDRESS;
    const struct capability *address_space;
    uint64_t root;
    error = address_space_find(caller_root, arguments[0], &address_space, &root);
    if (error != A9N_OK)
        return error;
    if (frame_mapped_entry(frame))
        return A9N_ERROR_ALREADY_MAPPED;
    unsigned depth = vspace_frame_depth(frame->size_bits);
    struct vspace_walk walk;
    switch (vspace_walk(root, address, depth, &walk)) {
    case VSPACE_TABLE_MISSING:
        return A9N_ERROR_TABLE_MISSING;
    case VSPACE_FRAME_IN_WAY:
        return A9N_ERROR_MAPPING_PRESENT;
    case VSPACE_FOUND:
        break;
    }
    if (hal_vspace_entry_kind(*walk.entry, depth) != HAL_VSPACE_ENTRY_EMPTY)
        return A9N_ERROR_MAPPING_PRESENT;

    /* An empty entry has no cached translation: nothing to flush. */
    *walk.entry = frame_entry(frame, rights);
    frame->data = address_space_record(address_space, address);
    return A9N_OK;
}

static enum a9n_error frame_protect(struct capability *frame, uint64_t rights)
{
    enum a9n_error error = frame_check_rights(frame, rights);
    if (error != A9N_OK)
        return error;
    hal_vspace_entry_t *entry = frame_mapped_entry(frame);
    if (!entry)
        return A9N_ERROR_NOT_MAPPED;
    *entry = frame_entry(frame, rights);
    frame_flush(frame);
    return A9N_OK;
}

enum a9n_error frame_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                            const uint64_t *arguments, uint64_t *results)
{
    struct capability *frame = &target->capability;
    switch (operation) {
    case A9N_FRAME_MAP:
        return frame_map(caller_root, frame, arguments);
    case A9N_FRAME_UNMAP:
        if (!frame_mapped_entry(frame))
            return A9N_ERROR_NOT_MAPPED;
        frame_finalize(frame);
        frame->data = 0;
        return A9N_OK;
    case A9N_FRAME_PROTECT:
        return frame_protect(frame, arguments[0]);
    case A9N_FRAME_GET_PHYSICAL_ADDRESS:
        if (!(frame->flags & CAPABILITY_DEVICE) && !(frame->rights & A9N_RIGHT_PHYSICAL))
            return A9N_ERROR_INSUFFICIENT_RIGHTS;
        results[0] = frame->object;
        return A9N_OK;
    default:
        return A9N_ERROR_UNKNOWN_CALL;
    }
}
