/* getpagesize() (libc, unistd): the size of the pages mmap() and the memory
 * manager deal in: 4 KiB on x86_64. */
#include <unistd.h>

int getpagesize(void)
{
    return 4096;
}
