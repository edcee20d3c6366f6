/*
 * Kernel console output with a small printf: %s %c %d %i %u %x %p %%, the
 * `l` length modifier, field width and the `0` flag. Nothing else: the kernel
 * prints diagnostics, not reports.
 */
#ifndef A9N_KERNEL_PRINT_H
#define A9N_KERNEL_PRINT_H

#include <stdarg.h>

void kprintf(const char *format, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *format, va_list arguments);

#endif
