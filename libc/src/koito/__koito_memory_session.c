/*
 * The process's ULMM session (libc, OS port): the descriptor of its KOITO_SLOT_MEMORY
 * (<koito/process.h>), set by __koito_start() for a process KOITO init started. 0, its value
 * otherwise (the kernel's root program), is a descriptor the kernel refuses, so the page
 * functions answer "no memory" instead of touching anything.
 */
#include "port.h"

__KOITO_HIDDEN uint64_t __koito_memory_session;
