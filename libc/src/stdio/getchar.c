/* getchar(): one byte of stdin (libc, stdio). */
#include <stdio.h>

int getchar(void)
{
    return fgetc(stdin);
}
