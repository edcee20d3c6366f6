/*
 * The cpu suite's assembly probes (cpu_ops.S): code that runs with user
 * CPU state C code must not see.
 */
#ifndef KOITO_GUEST_CPU_PROBES_H
#define KOITO_GUEST_CPU_PROBES_H

#include <stdint.h>

/* The ways cpu_probe_step leaves user mode. */
enum cpu_probe_path {
    CPU_PROBE_YIELD,
    CPU_PROBE_UD2,
    CPU_PROBE_INT3,
    CPU_PROBE_SPIN,
    CPU_PROBE_PATHS,
};

uint64_t cpu_probe_step(uint64_t flags, uint64_t selector, uint64_t path, uint64_t spin);
void cpu_probe_nt_yield(void);
uint64_t cpu_probe_fs_reload(uint64_t selector);
uint64_t cpu_probe_fs_read(void);
void cpu_probe_ymm_fill(uint64_t pattern);
uint64_t cpu_probe_ymm_check(uint64_t pattern);
void cpu_probe_ymm_clear(void);
_Noreturn void cpu_probe_finish(void);

/* Labels inside cpu_probe_step: where the four selector loads are, its ud2
 * and its int3, and the end of the part that does not depend on the flags. */
extern const char cpu_probe_selector_loads[];
extern const char cpu_probe_selector_loads_end[];
extern const char cpu_probe_ud2[];
extern const char cpu_probe_int3[];
extern const char cpu_probe_step_flags_end[];

#endif
