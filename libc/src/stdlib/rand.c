/* rand() (libc, stdlib): rand_r() on one program-wide state, under a lock so
 * threads never lose or repeat a step. */
#include "rand_impl.h"
#include <stdlib.h>

unsigned __koito_rand_state = 1;
struct __koito_lock __koito_rand_lock;

int rand(void)
{
    __koito_lock_take(&__koito_rand_lock);
    int value = rand_r(&__koito_rand_state);
    __koito_lock_release(&__koito_rand_lock);
    return value;
}
