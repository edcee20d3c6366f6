/*
 * Page-table objects named by depth (portable core; page_table.c; see
 * vspace.h for their capability words and records).
 */
#ifndef A9N_KERNEL_PAGE_TABLE_H
#define A9N_KERNEL_PAGE_TABLE_H

#include <a9n/a9n.h>
#include <kernel/capability.h>
#include <kernel/object.h>
#include <stdbool.h>
#include <stdint.h>

struct capability page_table_create(uint64_t physical, unsigned depth);
void page_table_finalize(const struct capability *capability);
enum a9n_error page_table_invoke(struct slot *caller_root, struct slot *target, uint64_t operation,
                                 const uint64_t *arguments, uint64_t *results);

#endif
