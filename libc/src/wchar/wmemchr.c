/* wmemchr(): first occurrence of a wide character in memory (libc, wchar). */
#include <wchar.h>

wchar_t *wmemchr(const wchar_t *memory, wchar_t character, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        if (memory[i] == character) {
            return (wchar_t *)memory + i;
        }
    }
    return NULL;
}
