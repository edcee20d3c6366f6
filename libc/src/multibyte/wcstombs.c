/* wcstombs() (libc, multibyte): wcsrtombs() from the initial state. */
#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *restrict destination, const wchar_t *restrict source, size_t length)
{
    mbstate_t state = {0, 0};
    const wchar_t *next = source; /* a plain pointer that the call may move */
    return wcsrtombs(destination, &next, length, &state);
}
