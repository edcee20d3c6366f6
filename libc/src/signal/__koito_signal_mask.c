/*
 * The process's signal mask (libc, signal; see signal_impl.h), apart from the rest of the
 * signal state: the start-up code sets it from the mask posix_spawn gave the process, and a
 * program that never touches signals should not link the signal machinery for that.
 */
#include "signal_impl.h"

sigset_t __koito_signal_mask;
