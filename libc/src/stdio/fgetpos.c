/* fgetpos() (libc, stdio): the position as an fpos_t (a byte offset; there
 * is no shift state to keep). */
#include <stdio.h>

int fgetpos(FILE *restrict stream, fpos_t *restrict position)
{
    off_t offset = ftello(stream);
    if (offset < 0) {
        return -1;
    }
    position->__position = offset;
    return 0;
}
