/* quick_exit(): end the program after the at_quick_exit() handlers only,
 * last registered first, without flushing streams (libc, stdlib). */
#include "exit.h"
#include <stdlib.h>

_Noreturn void quick_exit(int status)
{
    __koito_exit_handlers_run(&__koito_at_quick_exit_handlers);
    _Exit(status);
}
