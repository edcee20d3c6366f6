/*
 * Umbrella header of the A9N public API: include this one in applications.
 *
 * Layer: public kernel API (installed with the SDK). Valid C99 and C++11.
 */
#ifndef A9N_A9N_H
#define A9N_A9N_H

#include <a9n/boot_info.h>
#include <a9n/capability.h>
#include <a9n/compiler.h>
#include <a9n/error.h>
#include <a9n/fault.h>
#include <a9n/kernel_call.h>
#include <a9n/root_info.h>

#if defined(__x86_64__)
#include <a9n/arch/x86_64/kernel_call.h>
#include <a9n/arch/x86_64/registers.h>
#endif

#endif
