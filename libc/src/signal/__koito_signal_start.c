/*
 * The signal state a process starts with (libc, signal; see signal_impl.h), apart from the rest:
 * the start-up code sets the mask and the ignored signals its posix_spawn parent gave it
 * (KOITO_AUX_SIGNAL_MASK, KOITO_AUX_SIGNAL_IGNORED), and a program that never touches signals
 * should not link the signal machinery for that.
 */
#include "signal_impl.h"

sigset_t __koito_signal_mask;
sigset_t __koito_signal_start_ignored;
