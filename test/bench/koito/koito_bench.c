/*
 * The KOITO benchmark suite (test/bench/koito): the init program of koito.conf beside this file,
 * run under -icount shift=0, where the time stamp counter counts guest instructions.
 *   koito_boot_to_init_program   the counter at the init program's first instruction: every
 *                                instruction since the machine's reset (PVH boot, the kernel,
 *                                KOITO init building this program)
 *   koito_spawn_exit_wait        start the minimal static program (minimal.c), let it exit and
 *                                collect its status through the spawn grant
 * It prints the JSON document run-bench.py reads (see ../results.c for the format).
 */
#include <koito/spawn.h>
#include <stdint.h>
#include <stdio.h>

#define WARMUP  16u
#define SAMPLES 64u

static inline uint64_t now(void)
{
    uint64_t low, high;
    __asm__ volatile("rdtsc" : "=a"(low), "=d"(high));
    return high << 32 | low;
}

static void sort(uint64_t *values, unsigned count)
{
    for (unsigned i = 1; i < count; i++) {
        uint64_t value = values[i];
        unsigned j = i;
        for (; j > 0 && values[j - 1] > value; j--)
            values[j] = values[j - 1];
        values[j] = value;
    }
}

int main(void)
{
    uint64_t boot = now();
    static uint64_t samples[SAMPLES];
    for (unsigned k = 0; k < WARMUP + SAMPLES; k++) {
        struct koito_exit exit = {.killed = true};
        uint32_t pid = 0;
        uint64_t start = now();
        if (koito_spawn("minimal", &pid) != A9N_OK || koito_spawn_wait(pid, &exit) != A9N_OK ||
            exit.killed || exit.value != 0) {
            printf("koito-bench: the minimal program did not run\n");
            return 1;
        }
        uint64_t end = now();
        if (k >= WARMUP)
            samples[k - WARMUP] = end - start;
    }
    sort(samples, SAMPLES);
    printf("BENCH-JSON-BEGIN\n");
    printf("{\"suite\": \"koito-bench\", \"unit\": \"guest instructions\", \"overhead\": 0, "
           "\"warmup\": %u, \"records\": [\n",
           WARMUP);
    printf("  {\"name\": \"koito_boot_to_init_program\", \"parameters\": {\"boot\": \"pvh\"}, "
           "\"min\": %llu, \"median\": %llu, \"max\": %llu, \"samples\": 1},\n",
           (unsigned long long)boot, (unsigned long long)boot, (unsigned long long)boot);
    printf("  {\"name\": \"koito_spawn_exit_wait\", \"parameters\": {\"program\": \"minimal\"}, "
           "\"min\": %llu, \"median\": %llu, \"max\": %llu, \"samples\": %u}\n",
           (unsigned long long)samples[0], (unsigned long long)samples[(SAMPLES - 1) / 2],
           (unsigned long long)samples[SAMPLES - 1], SAMPLES);
    printf("]}\nBENCH-JSON-END\n");
    return 0;
}
