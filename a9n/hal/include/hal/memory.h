/*
 * Bulk word moves the core's memory functions (kernel/string.c) hand to the
 * port, which knows its processor's fastest way (<hal/arch/memory.h>):
 *
 *   hal_arch_fill_words(destination, pattern, count)
 *   hal_arch_copy_words(destination, source, count)
 *
 * Both take 8-byte-aligned words; the core deals with the unaligned ends.
 */
#ifndef A9N_HAL_MEMORY_H
#define A9N_HAL_MEMORY_H

#include <hal/arch/memory.h>

#endif
