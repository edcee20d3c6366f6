/*
 * The slot allocator of the program's own node (libkoito); see <koito/slots.h>.
 *
 * A bitmap of the node's slots, set up on first use from the information block (a process) or the
 * root info (the kernel's root program); the slots before the first free one are never handed out.
 * A spin lock keeps it right when several threads allocate at once.
 */
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/slots.h>
#include <stdbool.h>
#include <stddef.h>

#define SLOTS_MAX 4096u

static uint64_t slots_used[SLOTS_MAX / 64];
static unsigned slots_count;
static bool slots_ready;
static volatile int slots_lock;

unsigned koito_node_radix(void)
{
    if (koito_process_info() != NULL)
        return (unsigned)koito_aux_value(KOITO_AUX_NODE_RADIX, 0);
    const struct a9n_root_info *root = koito_root_info();
    return root != NULL ? root->node_radix : 0;
}

a9n_descriptor_t koito_slot(uint64_t index)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_node_radix(), index);
}

static void slots_mark(uint64_t index, bool used)
{
    if (used)
        slots_used[index / 64] |= 1ull << (index % 64);
    else
        slots_used[index / 64] &= ~(1ull << (index % 64));
}

static bool slots_is_used(uint64_t index)
{
    return (slots_used[index / 64] >> (index % 64)) & 1;
}

static void slots_setup(void)
{
    unsigned radix = koito_node_radix();
    uint64_t first;
    if (koito_process_info() != NULL) {
        first = koito_aux_value(KOITO_AUX_FIRST_FREE_SLOT, KOITO_SLOT_FIRST_GRANT);
    } else {
        const struct a9n_root_info *root = koito_root_info();
        first = root != NULL ? A9N_ROOT_SLOT_FIRST_GENERIC + (uint64_t)root->generic_count +
                                   root->mapping_count
                             : 0;
    }
    slots_count = radix >= 12 ? SLOTS_MAX : 1u << radix;
    if (radix == 0)
        slots_count = 0;
    for (uint64_t i = 0; i < first && i < slots_count; i++)
        slots_mark(i, true);
    slots_ready = true;
}

static void slots_acquire(void)
{
    while (__atomic_exchange_n(&slots_lock, 1, __ATOMIC_ACQUIRE))
        a9n_yield();
}

static void slots_release(void)
{
    __atomic_store_n(&slots_lock, 0, __ATOMIC_RELEASE);
}

uint64_t koito_slot_allocate(unsigned count)
{
    uint64_t found = 0;
    slots_acquire();
    if (!slots_ready)
        slots_setup();
    unsigned run = 0;
    for (uint64_t i = 1; count != 0 && i < slots_count; i++) {
        run = slots_is_used(i) ? 0 : run + 1;
        if (run == count) {
            found = i + 1 - count;
            for (uint64_t j = found; j <= i; j++)
                slots_mark(j, true);
            break;
        }
    }
    slots_release();
    return found;
}

void koito_slot_free(uint64_t first, unsigned count)
{
    slots_acquire();
    for (uint64_t i = first; i < first + count && i < slots_count; i++)
        slots_mark(i, false);
    slots_release();
}
