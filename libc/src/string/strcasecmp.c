/* strcasecmp(): compare strings ignoring ASCII case (libc, string; <strings.h>). */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *left, const char *right)
{
    const unsigned char *l = (const unsigned char *)left;
    const unsigned char *r = (const unsigned char *)right;
    while (*l != '\0' && tolower(*l) == tolower(*r)) {
        l++;
        r++;
    }
    return tolower(*l) - tolower(*r);
}
