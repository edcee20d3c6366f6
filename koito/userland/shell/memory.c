/* Allocation helpers of koito-sh (userland, shell): see memory.h. */
#include "memory.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void memory_exhausted(void)
{
    fputs("koito-sh: out of memory\n", stderr);
    exit(2);
}

void *memory_alloc(size_t size)
{
    void *pointer = malloc(size ? size : 1);
    if (!pointer)
        memory_exhausted();
    return pointer;
}

void *memory_resize(void *pointer, size_t size)
{
    void *resized = realloc(pointer, size ? size : 1);
    if (!resized)
        memory_exhausted();
    return resized;
}

char *memory_strndup(const char *text, size_t length)
{
    char *copy = memory_alloc(length + 1);
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

char *memory_strdup(const char *text)
{
    return memory_strndup(text, strlen(text));
}

void memory_reserve(void **array, size_t *capacity, size_t count, size_t element_size)
{
    if (count < *capacity)
        return;
    size_t grown = *capacity ? *capacity * 2 : 8;
    if (grown > SIZE_MAX / element_size)
        memory_exhausted();
    *array = memory_resize(*array, grown * element_size);
    *capacity = grown;
}
