/* putc(): fputc(), a function here, never a macro (libc, stdio). */
#include <stdio.h>

int putc(int character, FILE *stream)
{
    return fputc(character, stream);
}
