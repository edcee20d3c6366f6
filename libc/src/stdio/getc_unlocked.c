/* getc_unlocked(): fgetc_unlocked() under its POSIX name (libc, stdio). */
#include "stdio_impl.h"

int getc_unlocked(FILE *stream)
{
    return __koito_file_getc(stream);
}
