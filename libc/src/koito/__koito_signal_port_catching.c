/*
 * What the POSIX server last heard the process catches (libc, OS port; see port.h), apart from
 * the signal thread: the start-up code sets it, and a program that never touches signals should
 * not link the signal machinery for that.
 */
#include "port.h"

unsigned long long __koito_signal_port_catching;
