/* wmemset(): fill with one wide character (libc, wchar). */
#include <wchar.h>

wchar_t *wmemset(wchar_t *destination, wchar_t character, size_t length)
{
    for (size_t i = 0; i < length; i++) {
        destination[i] = character;
    }
    return destination;
}
