/* fsetpos() (libc, stdio): return to a position fgetpos() gave. */
#include <stdio.h>

int fsetpos(FILE *stream, const fpos_t *position)
{
    return fseeko(stream, position->__position, SEEK_SET);
}
