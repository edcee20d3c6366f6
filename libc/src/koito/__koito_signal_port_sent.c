/*
 * What the POSIX server last heard the process catches and ignores (libc, OS port; see port.h),
 * apart from the signal thread: the start-up code sets both, posix_spawn reads what is ignored,
 * and a program that never touches signals should not link the signal machinery for that.
 */
#include "port.h"

unsigned long long __koito_signal_port_catching;
unsigned long long __koito_signal_port_ignoring;
