/* wcscoll(): compare in collation order, which is code-point order in every
 * KOITO locale (libc, wchar). */
#include <wchar.h>

int wcscoll(const wchar_t *left, const wchar_t *right)
{
    return wcscmp(left, right);
}
