/* strncmp(): compare at most `limit` bytes of strings (libc, string). */
#include <string.h>

int strncmp(const char *left, const char *right, size_t limit)
{
    const unsigned char *l = (const unsigned char *)left;
    const unsigned char *r = (const unsigned char *)right;
    for (size_t i = 0; i < limit; i++) {
        if (l[i] != r[i] || l[i] == '\0') {
            return l[i] - r[i];
        }
    }
    return 0;
}
