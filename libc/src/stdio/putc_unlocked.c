/* putc_unlocked(): fputc_unlocked() under its POSIX name (libc, stdio). */
#include <stdio.h>

int putc_unlocked(int character, FILE *stream)
{
    return fputc_unlocked(character, stream);
}
