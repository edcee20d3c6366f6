/* getc(): fgetc(), a function here, never a macro (libc, stdio). */
#include <stdio.h>

int getc(FILE *stream)
{
    return fgetc(stream);
}
