/* wcspbrk(): first character of `string` that is in `accept`, or NULL (libc, wchar). */
#include <wchar.h>

wchar_t *wcspbrk(const wchar_t *string, const wchar_t *accept)
{
    string += wcscspn(string, accept);
    return *string != 0 ? (wchar_t *)string : NULL;
}
