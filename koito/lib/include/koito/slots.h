/*
 * <koito/slots.h>: the program's own capability slots (libkoito, installed with the SDK).
 *
 * Programs name their capabilities by slot index; libkoito turns an index into a descriptor and
 * hands out the free slots of the program's node, so no app does descriptor arithmetic. It works
 * in a process started by KOITO init (<koito/process.h>: the free slots are those after the
 * granted capabilities) and in the kernel's root program (those after its boot capabilities).
 */
#ifndef KOITO_SLOTS_H
#define KOITO_SLOTS_H

#include <a9n/a9n.h>
#include <stdint.h>

/* The descriptor of slot `index` of the program's node (A9N_DESCRIPTOR_INVALID if out of range). */
a9n_descriptor_t koito_slot(uint64_t index);

/* The radix of the program's node. */
unsigned koito_node_radix(void);

/*
 * Reserve `count` consecutive free slots; the first one's index, or 0 (never a free slot) if there
 * is no such run. The slots are empty when handed out if the program keeps them so when it frees.
 */
uint64_t koito_slot_allocate(unsigned count);

/* Give back `count` slots from `first` (which the program has emptied). */
void koito_slot_free(uint64_t first, unsigned count);

#endif
