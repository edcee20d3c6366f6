/* ftell() (libc, stdio): ftello() as a long (the same width on x86_64). */
#include <stdio.h>

long ftell(FILE *stream)
{
    return (long)ftello(stream);
}
