/*
 * Frames (portable core): memory that user space maps, 2^size_bits bytes at
 * a size the machine maps with one entry; see include/kernel/vspace.h and
 * the frame operations in a9n/api/a9n_api.json.
 *
 * Each frame capability maps its frame at most once and records where; a
 * copy starts unmapped. Rights of a mapping never exceed the capability's:
 * READ is needed, WRITE and EXECUTE must be held, and both at once need
 * WRITE_EXECUTE too. Demoting the capability narrows its mapping to match
 * (frame_demoted). The physical address is told only for device memory or
 * to holders of the PHYSICAL right (DMA-capable drivers).
 *
 * W^X holds per frame, not per mapping: the capability's flags say whether
 * its record is of a writable and of an executable mapping, and the frame's
 * counts (frame_state.h) add those up over every capability of the frame.
 * A capability without WRITE_EXECUTE maps writable only while no other
 * capability of the frame records an executable mapping, and executable
 * only while none records a writable one. A record counts until its
 * capability unmaps, maps again, is demoted to nothing or deleted, even if
 * the address space or table it named is gone (counting stale records errs
 * on the safe side and needs no work when an address space goes).
 */
#include <kernel/address_space.h>
#include <kernel/frame.h>
#include <kernel/frame_state.h>
#include <kernel/vspace.h>

#define FRAME_MAPPING_RIGHTS (A9N_RIGHT_READ | A9N_RIGHT_WRITE | A9N_RIGHT_EXECUTE)
#define FRAME_MAPPED         (FRAME_MAPPED_WRITE | FRAME_MAPPED_EXECUTE)

bool frame_size_supported(uint64_t size_bits)
{
    return vspace_frame_depth(size_bits) != 0;
}

/* Every right but PHYSICAL: converting a frame must not tell where its
 * generic lies, since a generic reveals its size, never its address. Device
 * memory is never executable: code does not run from devices, and so its
 * frames need no W^X counts. */
struct capability frame_create(uint64_t physical, unsigned size_bits, bool device)
{
    uint8_t rights = A9N_RIGHTS_ALL & ~A9N_RIGHT_PHYSICAL;
    if (device)
        rights &= (uint8_t) ~(A9N_RIGHT_EXECUTE | A9N_RIGHT_WRITE_EXECUTE);
    return (struct capability){
        .type = A9N_OBJECT_FRAME,
        .rights = rights,
        .size_bits = (uint8_t)size_bits,
        .flags = device ? CAPABILITY_DEVICE : 0,
        .object = physical,
    };
}

static struct frame_state *frame_counts(const struct capability *frame)
{
    return (frame->flags & CAPABILITY_DEVICE) ? 0 : frame_state_of(frame->object);
}

/* Add (or take back) what the capability's record says to the frame's counts. */
static void frame_count(const struct capability *frame, bool add)
{
    struct frame_state *counts = (frame->flags & FRAME_MAPPED) ? frame_counts(frame) : 0;
    if (!counts)
        return;
    uint64_t step = add ? 1 : UINT64_MAX; /* unsigned: adding UINT64_MAX takes one away */
    if (frame->flags & FRAME_MAPPED_WRITE)
        counts->writable += step;
    if (frame->flags & FRAME_MAPPED_EXECUTE)
        counts->executable += step;
}

/* Make the capability's flags say it records a mapping with `rights`. */
static void frame_set_mapped(struct capability *frame, uint64_t rights)
{
    frame->flags &= (uint8_t)~FRAME_MAPPED;
    if (rights & A9N_RIGHT_WRITE)
        frame->flags |= FRAME_MAPPED_WRITE;
    if (rights & A9N_RIGHT_EXECUTE)
        frame->flags |= FRAME_MAPPED_EXECUTE;
}

/* Would a mapping with `rights` by this capability break W^X, given every
 * other capability of the frame? Its own record does not count. */
static bool frame_breaks_w_xor_x(const struct capability *frame, uint64_t rights)
{
    if ((frame->rights & A9N_RIGHT_WRITE_EXECUTE) ||
        !(rights & (A9N_RIGHT_WRITE | A9N_RIGHT_EXECUTE)))
        return false;
    const struct frame_state *counts = frame_counts(frame);
    if (!counts)
        return false;
    uint64_t writable = counts->writable - ((frame->flags & FRAME_MAPPED_WRITE) != 0);
    uint64_t executable = counts->executable - ((frame->flags & FRAME_MAPPED_EXECUTE) != 0);
    return ((rights & A9N_RIGHT_WRITE) && executable) || ((rights & A9N_RIGHT_EXECUTE) && writable);
}

void frame_derived(struct capability *copy)
{
    address_space_record_clear(copy);
    copy->flags &= (uint8_t)~FRAME_MAPPED;
}

/* The entry that maps this capability's frame now, or NULL if none does. */
static hal_vspace_entry_t *frame_mapped_entry(const struct capability *frame)
{
    if (!frame->data)
        return 0;
    uint64_t root = address_space_record_root(frame);
    unsigned depth = vspace_frame_depth(frame->size_bits);
    struct vspace_walk walk;
    if (!root ||
        vspace_walk(root, address_space_record_address(frame), depth, &walk) != VSPACE_FOUND)
        return 0;
    if (hal_vspace_entry_kind(*walk.entry, depth) != HAL_VSPACE_ENTRY_FRAME ||
        hal_vspace_entry_physical(*walk.entry) != frame->object)
        return 0;
    return walk.entry;
}

static void frame_flush(const struct capability *frame)
{
    hal_vspace_flush_entry(address_space_record_root(frame), address_space_record_address(frame));
}

void frame_finalize(const struct capability *capability)
{
    frame_count(capability, false);
    hal_vspace_entry_t *entry = frame_mapped_entry(capability);
    if (entry) {
        *entry = 0;
        frame_flush(capability);
    }
}

/* Unmap and forget the record, live or stale. */
static void frame_forget(struct capability *frame)
{
    frame_finalize(frame);
    frame_derived(frame);
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
    if (frame_breaks_w_xor_x(frame, rights))
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

/* Record a mapping at `address` of `address_space` with `rights` and count it. */
static void frame_record(struct capability *frame, const struct capability *address_space,
                         uint64_t address, uint64_t rights)
{
    address_space_record_set(frame, address_space, address);
    frame_set_mapped(frame, rights);
    frame_count(frame, true);
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

    /* A stale record (its address space or table gone) stops counting now.
     * An empty entry has no cached translation: nothing to flush. */
    if (frame->data)
        frame_forget(frame);
    *walk.entry = frame_entry(frame, rights);
    frame_record(frame, address_space, address, rights);
    return A9N_OK;
}

/* Change the mapping the capability records (live entry or NULL) to `rights`. */
static void frame_remap(struct capability *frame, hal_vspace_entry_t *entry, uint64_t rights)
{
    frame_count(frame, false);
    frame_set_mapped(frame, rights);
    frame_count(frame, true);
    if (entry) {
        *entry = frame_entry(frame, rights);
        frame_flush(frame);
    }
}

static enum a9n_error frame_protect(struct capability *frame, uint64_t rights)
{
    enum a9n_error error = frame_check_rights(frame, rights);
    if (error != A9N_OK)
        return error;
    hal_vspace_entry_t *entry = frame_mapped_entry(frame);
    if (!entry)
        return A9N_ERROR_NOT_MAPPED;
    frame_remap(frame, entry, rights);
    return A9N_OK;
}

/* The rights (READ plus WRITE and EXECUTE) the capability's record says. */
static uint64_t frame_mapped_rights(const struct capability *frame)
{
    uint64_t rights = A9N_RIGHT_READ;
    if (frame->flags & FRAME_MAPPED_WRITE)
        rights |= A9N_RIGHT_WRITE;
    if (frame->flags & FRAME_MAPPED_EXECUTE)
        rights |= A9N_RIGHT_EXECUTE;
    return rights;
}

void frame_demoted(struct capability *frame)
{
    if (!frame->data)
        return;
    if (!(frame->rights & A9N_RIGHT_READ)) {
        frame_forget(frame);
        return;
    }
    uint64_t mapped = frame_mapped_rights(frame);
    uint64_t rights = mapped & (frame->rights | A9N_RIGHT_READ);
    if (!(frame->rights & A9N_RIGHT_WRITE_EXECUTE)) {
        /* Writable and executable without the right: keep the code runnable. */
        if ((rights & A9N_RIGHT_WRITE) && (rights & A9N_RIGHT_EXECUTE))
            rights &= ~(uint64_t)A9N_RIGHT_WRITE;
        if (frame_breaks_w_xor_x(frame, rights & ~(uint64_t)A9N_RIGHT_EXECUTE))
            rights &= ~(uint64_t)A9N_RIGHT_WRITE;
        if (frame_breaks_w_xor_x(frame, rights & ~(uint64_t)A9N_RIGHT_WRITE))
            rights &= ~(uint64_t)A9N_RIGHT_EXECUTE;
    }
    if (rights != mapped)
        frame_remap(frame, frame_mapped_entry(frame), rights);
}

void frame_adopt_mapping(struct capability *frame, const struct capability *address_space,
                         uint64_t address, unsigned hal_rights)
{
    uint64_t rights = A9N_RIGHT_READ;
    if (hal_rights & HAL_MAP_WRITE)
        rights |= A9N_RIGHT_WRITE;
    if (hal_rights & HAL_MAP_EXECUTE)
        rights |= A9N_RIGHT_EXECUTE;
    frame_record(frame, address_space, address, rights);
}

enum a9n_error frame_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                            const uint64_t *arguments, uint64_t *results)
{
    struct capability *frame = &target->capability;
    switch (operation) {
    case A9N_FRAME_MAP:
        return frame_map(caller_root, frame, arguments);
    case A9N_FRAME_UNMAP: {
        /* A stale record is forgotten too: it stops counting for W^X. */
        hal_vspace_entry_t *entry = frame_mapped_entry(frame);
        frame_count(frame, false);
        if (entry) {
            *entry = 0;
            frame_flush(frame);
        }
        frame_derived(frame);
        return entry ? A9N_OK : A9N_ERROR_NOT_MAPPED;
    }
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
