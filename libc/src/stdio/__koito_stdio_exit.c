/* What exit() does to streams (libc, stdio core): flush every open stream
 * and the standard ones. Streams stay open: the program ends next, and a
 * destructor or handler still running elsewhere may yet write. */
#include "exit.h"
#include "stdio_impl.h"

void __koito_stdio_exit(void)
{
    __koito_file_list_flush();
    fflush(stdout);
    fflush(stderr);
}
