/*
 * The far end of the POSIX benchmarks' pipe round trip (test/bench/posix): reads one byte at a
 * time from descriptor 0 and writes it back to 1 until the end of 0; exit status 0, or 1 if a
 * write failed.
 */
#include <unistd.h>

int main(void)
{
    char byte;
    while (read(0, &byte, 1) == 1) {
        if (write(1, &byte, 1) != 1)
            return 1;
    }
    return 0;
}
