/*
 * A tiny static x86_64 program for the ELF64 host test: linked by the host
 * toolchain into a real ET_EXEC file with separate text, read-only data,
 * data and bss segments. It is parsed, never run.
 *
 * Layer: host test data.
 */
#include <stdint.h>

const char sample_message[] = "koito";
uint64_t sample_counter = 7;
uint8_t sample_scratch[8192];

void sample_start(void)
{
    for (;;) {
        sample_counter += (uint64_t)sample_message[sample_counter % sizeof sample_message];
        sample_scratch[sample_counter % sizeof sample_scratch]++;
    }
}
