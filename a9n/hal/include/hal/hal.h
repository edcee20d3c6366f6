/*
 * The hardware abstraction layer's interface: everything the portable kernel
 * core (a9n/kernel) asks of the machine. One port implements it
 * (a9n/hal/x86_64). The core never includes architecture headers; the port
 * never decides policy.
 */
#ifndef A9N_HAL_HAL_H
#define A9N_HAL_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Boot: CPU tables, protection features, FPU, kernel-call entry. */
void hal_cpu_init(void);

/* Build and load the kernel's final page tables (direct map of physical
 * memory up to `physical_top`, kernel image with per-section rights).
 * Page-table frames come from `allocate_frame`, which returns zeroed frames. */
void hal_paging_init(uint64_t physical_top, uint64_t (*allocate_frame)(void));

/* Device memory at [physical, physical + size), which user space maps
 * uncached: make the kernel's own direct map of it uncached too (4 KiB at a
 * time), so no physical page is ever mapped with two cache attributes. At
 * boot, before any address space exists; tables come from `allocate_frame`. */
void hal_direct_map_device(uint64_t physical, uint64_t size, uint64_t (*allocate_frame)(void));

/* Start the periodic timer interrupt, one tick every `period_us` microseconds. */
void hal_timer_init(uint32_t period_us);

/* Cycles per second of the CPU's time-stamp counter as measured when the
 * timer started, 0 if it could not be measured. */
uint64_t hal_tsc_frequency(void);

/* The time-stamp counter now: cycles at hal_tsc_frequency(). */
uint64_t hal_cycle_counter(void);

/* Console output (the serial port on x86_64). */
void hal_console_write(const char *text, size_t length);

/* Where the direct map shows a physical address. */
void *hal_physical_to_virtual(uint64_t physical);

/* A short name of the CPU protection features in force, e.g. "nx smep smap umip". */
const char *hal_cpu_features(void);

/* End the emulator through its debug-exit device, if it has one; returns if not. */
void hal_debug_exit(uint8_t value);

/* Stop this CPU for good, interrupts off. */
_Noreturn void hal_halt(void);

/* Wait for interrupts on a fresh kernel stack, interrupts on; each one
 * enters the kernel through the trap path (hal_trap_kernel). */
_Noreturn void hal_idle(void);

/* ---- Interrupt lines (x86_64: I/O APIC inputs; see ioapic.c) ----
 * Lines are numbered from 0; each fires into the core through
 * kernel_handle_interrupt(line) with the line already masked. */

/* Bring the interrupt controller into service with every line masked and
 * return how many lines it serves (0 if there is no usable controller).
 * Boot only. */
unsigned hal_interrupt_init(void);

/* Is `line` wired to a device the kernel owns (so no interrupt port may be issued for it)? */
bool hal_interrupt_line_reserved(unsigned line);

/* Stop and restart delivery of `line` (lines the controller lacks are ignored). */
void hal_interrupt_mask(unsigned line);
void hal_interrupt_unmask(unsigned line);

/* Whether an interrupt waits to be taken once the kernel turns interrupts
 * back on: the kernel's preemption points ask this (kernel/preempt.c). */
bool hal_interrupt_pending(void);

/* ---- I/O ports (x86_64 only; see port_io.c) ---- */

/* Does any of the ports first .. first + count - 1 belong to a device the
 * kernel owns (timer, interrupt controllers, its console)? Such ports are
 * never issued nor accessed through a capability. */
bool hal_io_port_reserved(uint64_t first, uint64_t count);

/* Read or write port `port` with an access of `width` bytes (1, 2 or 4). */
uint32_t hal_io_read(uint16_t port, unsigned width);
void hal_io_write(uint16_t port, unsigned width, uint32_t value);

#endif
