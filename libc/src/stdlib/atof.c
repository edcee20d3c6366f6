/* atof (libc, stdlib; OS-independent): strtod without an end pointer. */
#include <stdlib.h>

double atof(const char *s)
{
    return strtod(s, NULL);
}
