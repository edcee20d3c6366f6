/*
 * Editing of the boot memory map (<a9n/boot_info.h>): boot paths use it to
 * overlay the ranges they occupy (kernel image, modules, boot info) on the
 * firmware's map, so the map stays sorted, non-overlapping and typed.
 *
 * Layer: freestanding library shared by boot paths and kernel; also built on
 * the host for unit tests.
 */
#ifndef A9N_LIB_MEMORY_MAP_H
#define A9N_LIB_MEMORY_MAP_H

#include <a9n/boot_info.h>
#include <stdbool.h>
#include <stdint.h>

struct memory_map {
    struct a9n_memory_region *regions;
    uint32_t count;
    uint32_t capacity;
};

/* Add a range from a firmware map, which may be unsorted and may overlap what is
 * there. Where ranges overlap, the more restrictive type wins (anything beats
 * A9N_MEMORY_USABLE; see memory_map.c for the order). Adjacent ranges of one
 * type merge. Returns false (map unchanged) if capacity would be exceeded,
 * base + length overflows or `type` is not an enum a9n_memory_type; a zero
 * length with a known type is accepted and ignored. The map must already be
 * sorted, non-overlapping and merged, with count <= capacity. */
bool memory_map_add(struct memory_map *map, uint64_t base, uint64_t length, uint32_t type);

/* Give [base, base + length) the type `type` whatever it had before, splitting
 * regions as needed. Same failure rules as memory_map_add. */
bool memory_map_set(struct memory_map *map, uint64_t base, uint64_t length, uint32_t type);

#endif
