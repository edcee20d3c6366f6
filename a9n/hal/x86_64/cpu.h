/*
 * CPU features the x86_64 HAL detected at boot.
 */
#ifndef A9N_HAL_X86_64_CPU_H
#define A9N_HAL_X86_64_CPU_H

#include <stdbool.h>

struct cpu_features {
    bool nx;
    bool smep;
    bool smap;
    bool umip;
    bool huge_pages; /* 1 GiB pages */
    bool machine_check;
    bool xsave;
};

const struct cpu_features *cpu_features(void);

#endif
