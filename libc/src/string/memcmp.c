/* memcmp(): compare bytes as unsigned char (libc, string). */
#include <string.h>

int memcmp(const void *left, const void *right, size_t length)
{
    const unsigned char *l = left;
    const unsigned char *r = right;
    for (size_t i = 0; i < length; i++) {
        if (l[i] != r[i]) {
            return l[i] - r[i];
        }
    }
    return 0;
}
