/* putc(): write one byte to a stream; a function here, never a macro (libc, stdio core). */
#include <stdio.h>

int putc(int character, FILE *stream)
{
    return fputc(character, stream);
}
