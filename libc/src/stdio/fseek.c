/* fseek() (libc, stdio): fseeko() with a long offset (the same width on x86_64). */
#include <stdio.h>

int fseek(FILE *stream, long offset, int whence)
{
    return fseeko(stream, offset, whence);
}
