/* mbstowcs() (libc, multibyte): mbsrtowcs() from the initial state. */
#include <stdlib.h>
#include <wchar.h>

size_t mbstowcs(wchar_t *restrict destination, const char *restrict source, size_t length)
{
    mbstate_t state = {0, 0};
    const char *next = source; /* a plain pointer that the call may move */
    return mbsrtowcs(destination, &next, length, &state);
}
