/* fgetc_unlocked(): one byte for a caller holding the stream's lock (libc, stdio). */
#include "stdio_impl.h"

int fgetc_unlocked(FILE *stream)
{
    return __koito_file_getc(stream);
}
