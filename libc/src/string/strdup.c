/* strdup(): a copy of a string in memory from malloc() (libc, string). */
#include <stdlib.h>
#include <string.h>

char *strdup(const char *string)
{
    size_t size = strlen(string) + 1;
    char *copy = malloc(size);
    return copy != NULL ? memcpy(copy, string, size) : NULL;
}
