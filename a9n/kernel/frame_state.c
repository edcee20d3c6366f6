/*
 * Per-frame mapping counts (portable core); see include/kernel/frame_state.h.
 * The table is indexed by physical page number; a frame larger than 4 KiB
 * uses the entry of its first page (frames never overlap: a generic hands
 * out each byte once until it is revoked, which deletes the frames first).
 */
#include <hal/vspace.h>
#include <kernel/frame_state.h>

static struct frame_state *frame_state_table;
static uint64_t frame_state_frames;

void frame_state_init(struct frame_state *table, uint64_t frames)
{
    frame_state_table = table;
    frame_state_frames = frames;
}

struct frame_state *frame_state_of(uint64_t physical)
{
    uint64_t index = physical / HAL_PAGE_SIZE;
    return index < frame_state_frames ? &frame_state_table[index] : 0;
}
