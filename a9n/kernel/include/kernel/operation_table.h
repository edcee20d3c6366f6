/*
 * The table of capability operations (portable core): for each object type
 * and operation number, the rights the target capability needs and how many
 * message registers the operation reads and writes. The table itself,
 * kernel/generated/operation_table.c, is generated from a9n/api/a9n_api.json
 * by a9n/api/generate.py.
 */
#ifndef A9N_KERNEL_OPERATION_TABLE_H
#define A9N_KERNEL_OPERATION_TABLE_H

#include <stdbool.h>
#include <stdint.h>

struct operation_info {
    uint8_t object_type;     /* enum a9n_object_type */
    uint8_t operation;       /* number within the type */
    uint8_t required_rights; /* A9N_RIGHT_* bits */
    uint8_t argument_count;  /* message registers read */
    uint8_t result_count;    /* message registers written */
    bool message;            /* an IPC operation: carries a message, not arguments */
    const char *name;        /* e.g. "node.copy", for diagnostics */
};

/* The entry for (type, operation), or NULL if the type has no such operation. */
const struct operation_info *operation_table_find(uint8_t object_type, uint64_t operation);

#endif
