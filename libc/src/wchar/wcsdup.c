/* wcsdup(): a copy of a wide string in memory from malloc() (libc, wchar). */
#include <stdlib.h>
#include <wchar.h>

wchar_t *wcsdup(const wchar_t *string)
{
    size_t count = wcslen(string) + 1;
    wchar_t *copy = malloc(count * sizeof *copy);
    return copy != NULL ? wmemcpy(copy, string, count) : NULL;
}
