/* putchar(): write one byte to stdout (libc, stdio core). */
#include <stdio.h>

int putchar(int character)
{
    return fputc(character, stdout);
}
