/* Taking a mutex word after a condition wait (libc, threads; see thread_impl.h). */
#include "futex.h"
#include "thread_impl.h"

void __koito_mutex_word_take_contended(volatile int *word)
{
    while (__atomic_exchange_n(word, 2, __ATOMIC_ACQUIRE) != 0)
        __koito_futex_wait(word, 2);
}
