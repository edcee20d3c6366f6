/* funlockfile() (libc, stdio): release one flockfile() of the calling thread. */
#include "stdio_impl.h"

void funlockfile(FILE *stream)
{
    __koito_file_unlock(stream);
}
