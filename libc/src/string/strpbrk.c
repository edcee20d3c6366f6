/* strpbrk(): first byte of `string` that is in `accept`, or NULL (libc, string). */
#include <string.h>

char *strpbrk(const char *string, const char *accept)
{
    string += strcspn(string, accept);
    return *string != '\0' ? (char *)string : NULL;
}
