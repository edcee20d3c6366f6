/* strncasecmp(): compare at most `limit` bytes ignoring ASCII case (libc,
 * string; <strings.h>). */
#include <ctype.h>
#include <strings.h>

int strncasecmp(const char *left, const char *right, size_t limit)
{
    const unsigned char *l = (const unsigned char *)left;
    const unsigned char *r = (const unsigned char *)right;
    for (; limit > 0; limit--, l++, r++) {
        if (*l == '\0' || tolower(*l) != tolower(*r)) {
            return tolower(*l) - tolower(*r);
        }
    }
    return 0;
}
