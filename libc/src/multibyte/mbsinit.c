/* mbsinit() (libc, multibyte): 1 if `state` is between characters (or NULL). */
#include <wchar.h>

int mbsinit(const mbstate_t *state)
{
    return state == NULL || state->__missing == 0;
}
