/*
 * The counters of handlers run (libc, signal; see signal_impl.h), apart from the rest of the
 * signal state: every blocking call reads them, and a program that never installs a handler
 * should not link the signal machinery for that.
 */
#include "signal_impl.h"

unsigned __koito_signal_handled;
unsigned __koito_signal_interrupting;
