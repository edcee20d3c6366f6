/* strcmp(): compare strings as unsigned char (libc, string). */
#include <string.h>

int strcmp(const char *left, const char *right)
{
    const unsigned char *l = (const unsigned char *)left;
    const unsigned char *r = (const unsigned char *)right;
    while (*l != '\0' && *l == *r) {
        l++;
        r++;
    }
    return *l - *r;
}
