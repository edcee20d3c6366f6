/* strcoll(): compare in the locale's collation order (libc, string); every
 * KOITO locale collates by byte value, as "C" does. */
#include <string.h>

int strcoll(const char *left, const char *right)
{
    return strcmp(left, right);
}
