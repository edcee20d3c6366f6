/*
 * zlib-roundtrip (test/ports workload): zlib's own API on in-memory data in the guest. Deflates
 * 64 KiB of text at levels 1, 6 and 9, inflates each back and compares, and prints the sizes and
 * the CRC-32 and Adler-32 of the data, which ports-run.sh checks against the host's zlib.
 */
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#define DATA_SIZE 65536u

static unsigned char data[DATA_SIZE];
static unsigned char packed[DATA_SIZE + DATA_SIZE / 100 + 64];
static unsigned char unpacked[DATA_SIZE];

/* The data: numbered lines of text, compressible but not trivially. */
static void fill(void)
{
    size_t used = 0;
    for (unsigned line = 0; used < DATA_SIZE; line++) {
        char text[64];
        int length = snprintf(text, sizeof text, "line %u: the quick brown fox %u\n", line,
                              line * 7919u % 1000u);
        for (int i = 0; i < length && used < DATA_SIZE; i++)
            data[used++] = (unsigned char)text[i];
    }
}

int main(void)
{
    fill();
    printf("zlib %s: crc32 %08lx adler32 %08lx\n", zlibVersion(), crc32(0L, data, DATA_SIZE),
           adler32(1L, data, DATA_SIZE));
    static const int levels[] = {1, 6, 9};
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++) {
        uLongf packed_size = sizeof packed;
        uLongf unpacked_size = sizeof unpacked;
        int error = compress2(packed, &packed_size, data, DATA_SIZE, levels[i]);
        if (error != Z_OK) {
            printf("zlib-roundtrip: compress2 level %d failed: %s\n", levels[i],
                   error == Z_MEM_ERROR ? "out of memory" : zError(error));
            return 1;
        }
        error = uncompress(unpacked, &unpacked_size, packed, packed_size);
        if (error != Z_OK || unpacked_size != DATA_SIZE || memcmp(unpacked, data, DATA_SIZE)) {
            printf("zlib-roundtrip: level %d does not round-trip (error %d)\n", levels[i], error);
            return 1;
        }
        printf("zlib-roundtrip: level %d: %u -> %lu bytes and back\n", levels[i], DATA_SIZE,
               (unsigned long)packed_size);
    }
    printf("zlib-roundtrip: all levels round-trip\n");
    return 0;
}
