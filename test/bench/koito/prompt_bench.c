/*
 * The shell's prompt figures (test/bench/koito, koito-prompt-bench.cpio): the default system
 * (koito/system) with koito-sh as its init program, whose start-up file (etc/koito-sh.rc, named
 * by ENV in the default configuration) runs this program as the last thing before the first
 * prompt. Under -icount shift=0 the time stamp counter counts guest instructions, so:
 *   koito_boot_to_shell_prompt       the counter when this program starts: every instruction
 *                                    since the machine's reset (PVH boot, the kernel, init,
 *                                    ULMM, the servers, the greeters, koito-sh and its spawn of
 *                                    this program); the prompt follows once it has ended
 *   koito_memory_in_use_at_prompt    ULMM's total minus its free memory (ULMMI memory), in KiB:
 *                                    every program, kernel object and ULMM record of the system,
 *                                    this program's own included
 * It prints the JSON document run-bench.py reads (see ../results.c for the format).
 */
#include <koito/process.h>
#include <koito/slots.h>
#include <stdint.h>
#include <stdio.h>
#include <ulmm/ulmmi.h>

static inline uint64_t now(void)
{
    uint64_t low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return high << 32 | low;
}

int main(void)
{
    uint64_t boot = now();
    uint64_t total = 0, free = 0;
    if (koito_ulmmi_memory(koito_slot(KOITO_SLOT_MEMORY), &total, &free) != KOITO_ULMMI_OK ||
        free > total) {
        printf("koito-prompt-bench: the memory manager did not report its memory\n");
        return 1;
    }
    unsigned long long in_use = (total - free) / 1024;
    printf("BENCH-JSON-BEGIN\n");
    printf("{\"suite\": \"koito-prompt-bench\", \"unit\": \"guest instructions; KiB\", "
           "\"overhead\": 0, \"warmup\": 0, \"records\": [\n");
    printf("  {\"name\": \"koito_boot_to_shell_prompt\", \"parameters\": {\"boot\": \"pvh\", "
           "\"system\": \"default\"}, \"min\": %llu, \"median\": %llu, \"max\": %llu, "
           "\"samples\": 1},\n",
           (unsigned long long)boot, (unsigned long long)boot, (unsigned long long)boot);
    printf("  {\"name\": \"koito_memory_in_use_at_prompt\", \"parameters\": {\"system\": "
           "\"default\", \"unit\": \"KiB\"}, \"min\": %llu, \"median\": %llu, \"max\": %llu, "
           "\"samples\": 1}\n",
           in_use, in_use, in_use);
    printf("]}\n");
    printf("BENCH-JSON-END\n");
    return 0;
}
