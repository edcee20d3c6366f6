/* at_quick_exit() and the handler list quick_exit() runs (libc, stdlib). */
#include "exit.h"
#include <stdlib.h>

struct __koito_exit_handlers __koito_at_quick_exit_handlers;

int at_quick_exit(void (*handler)(void))
{
    return __koito_exit_handlers_add(&__koito_at_quick_exit_handlers, handler);
}
