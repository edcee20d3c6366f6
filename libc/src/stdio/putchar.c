/* putchar(): write one byte to stdout (libc, stdio). */
#include <stdio.h>

int putchar(int character)
{
    return fputc(character, stdout);
}
