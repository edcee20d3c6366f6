/*
 * The console device's back end (KOITO POSIX server, koito/posix); see console.c.
 */
#ifndef KOITO_POSIX_CONSOLE_H
#define KOITO_POSIX_CONSOLE_H

#include "vfs.h"

extern const struct vfs_console posix_console;

#endif
