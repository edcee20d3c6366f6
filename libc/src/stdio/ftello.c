/* ftello() (libc, stdio): a stream's position, or -1 with errno. */
#include "stdio_impl.h"

off_t ftello(FILE *stream)
{
    __koito_file_lock(stream);
    off_t result = __koito_file_tell(stream);
    __koito_file_unlock(stream);
    return result;
}
