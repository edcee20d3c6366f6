/* umask() (libc, stat): sets the file mode creation mask, which libc keeps
 * (see file_mode.h), and returns the previous one. */
#include "file_mode.h"
#include <sys/stat.h>

unsigned __koito_file_mode_mask = 022;

mode_t umask(mode_t mask)
{
    return __atomic_exchange_n(&__koito_file_mode_mask, mask & 0777, __ATOMIC_RELAXED);
}
