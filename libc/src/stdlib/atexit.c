/* atexit() and the handler list exit() runs (libc, stdlib). */
#include "exit.h"
#include <stdlib.h>

struct __koito_exit_handlers __koito_atexit_handlers;

int atexit(void (*handler)(void))
{
    return __koito_exit_handlers_add(&__koito_atexit_handlers, handler);
}
