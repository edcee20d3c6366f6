/*
 * Allocation helpers of koito-sh (userland, shell). The shell cannot do
 * anything useful once memory runs out, so these report and exit instead of
 * returning NULL: every caller can then treat allocation as infallible.
 */
#ifndef KOITO_SH_MEMORY_H
#define KOITO_SH_MEMORY_H

#include <stddef.h>

void *memory_alloc(size_t size);
void *memory_resize(void *pointer, size_t size);
char *memory_strdup(const char *text);
char *memory_strndup(const char *text, size_t length);

/* Makes room for one more element of element_size bytes in *array, which
 * holds count elements in *capacity slots, doubling the capacity as needed. */
void memory_reserve(void **array, size_t *capacity, size_t count, size_t element_size);

#define MEMORY_PUSH(array, count, capacity, value)                                                 \
    do {                                                                                           \
        memory_reserve((void **)&(array), &(capacity), (count), sizeof(*(array)));                 \
        (array)[(count)++] = (value);                                                              \
    } while (0)

#endif
