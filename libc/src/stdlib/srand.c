/* srand() (libc, stdlib): restart rand()'s sequence from `seed`. */
#include "rand_impl.h"
#include <stdlib.h>

void srand(unsigned seed)
{
    __koito_lock_take(&__koito_rand_lock);
    __koito_rand_state = seed;
    __koito_lock_release(&__koito_rand_lock);
}
