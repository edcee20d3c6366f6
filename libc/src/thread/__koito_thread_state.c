/* The threads' shared state (libc, threads; see thread_impl.h). */
#include "thread_impl.h"

_Thread_local struct __koito_pthread *__koito_thread_current;
struct __koito_pthread __koito_main_thread;
int __koito_threads_alive = 1;
struct __koito_key __koito_keys[PTHREAD_KEYS_MAX];
struct __koito_lock __koito_keys_lock = __KOITO_LOCK_INIT;
