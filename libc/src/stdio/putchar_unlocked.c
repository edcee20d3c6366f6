/* putchar_unlocked(): one byte to stdout, its lock held by the caller (libc, stdio). */
#include <stdio.h>

int putchar_unlocked(int character)
{
    return fputc_unlocked(character, stdout);
}
