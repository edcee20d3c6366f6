/* feof(): whether the stream hit end of input (libc, stdio); feof_unlocked() under the stream's
 * lock. */
#include "stdio_impl.h"

int feof(FILE *stream)
{
    __koito_file_lock(stream);
    int result = feof_unlocked(stream);
    __koito_file_unlock(stream);
    return result;
}
