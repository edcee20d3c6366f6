/* flockfile() (libc, stdio): hold a stream's lock across several calls;
 * the calling thread may take it again (it is recursive). */
#include "stdio_impl.h"

void flockfile(FILE *stream)
{
    __koito_file_lock(stream);
}
