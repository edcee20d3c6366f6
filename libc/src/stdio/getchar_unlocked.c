/* getchar_unlocked(): one byte of stdin, its lock held by the caller (libc, stdio). */
#include "stdio_impl.h"

int getchar_unlocked(void)
{
    return __koito_file_getc(stdin);
}
