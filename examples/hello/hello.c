/*
 * hello: the smallest KOITO application (examples; built only against the
 * installed SDK).
 *
 * Prints a greeting and one floating-point result (A9N gives user threads
 * SSE), then returns 0, which ends the QEMU run with status 0.
 */
#include <stdio.h>

int main(void)
{
    double sum = 0.0;

    /* The Leibniz series: 4 * (1 - 1/3 + 1/5 - ...) approaches pi. */
    for (int k = 0; k < 100000; k++) {
        double term = 4.0 / (2.0 * k + 1.0);
        sum += k % 2 == 0 ? term : -term;
    }
    printf("Hello from an SDK app on KOITO!\n");
    printf("pi is about %.6f (100000 terms of the Leibniz series)\n", sum);
    return 0;
}
