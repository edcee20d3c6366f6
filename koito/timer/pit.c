/*
 * The PIT as a one-shot timer (KOITO timer service); see pit.h.
 *
 * Channel 0 in mode 0 ("interrupt on terminal count"): writing the control word drives the
 * output low, the count loads with its high byte, and the output rises (an edge on IRQ 0)
 * when the count reaches zero; then it stays high, so there is exactly one interrupt per count
 * written. A new count written before the old one ran out replaces it.
 */
#include "pit.h"

#define PIT_CHANNEL_0       0x40u
#define PIT_COMMAND         0x43u
#define PIT_MODE_0_LOHI     0x30u /* channel 0, low then high byte, mode 0, binary */
#define PIT_HZ              1193182ull
#define PIT_MAX_TICKS       0xffffull
#define NANOSECONDS         1000000000ull
#define PIT_MAX_NANOSECONDS (PIT_MAX_TICKS * NANOSECONDS / PIT_HZ)

enum a9n_error pit_stop(a9n_descriptor_t ports)
{
    /* A mode-0 control word holds the output low and stops counting until a count is written. */
    return a9n_io_port_write(ports, PIT_COMMAND, 1, PIT_MODE_0_LOHI);
}

enum a9n_error pit_arm(a9n_descriptor_t ports, uint64_t nanoseconds)
{
    if (nanoseconds > PIT_MAX_NANOSECONDS)
        nanoseconds = PIT_MAX_NANOSECONDS;
    uint64_t ticks = (nanoseconds * PIT_HZ + NANOSECONDS - 1) / NANOSECONDS;
    if (ticks == 0)
        ticks = 1;
    if (ticks > PIT_MAX_TICKS)
        ticks = PIT_MAX_TICKS;
    enum a9n_error error = a9n_io_port_write(ports, PIT_COMMAND, 1, PIT_MODE_0_LOHI);
    if (error == A9N_OK)
        error = a9n_io_port_write(ports, PIT_CHANNEL_0, 1, ticks & 0xff);
    if (error == A9N_OK)
        error = a9n_io_port_write(ports, PIT_CHANNEL_0, 1, ticks >> 8);
    return error;
}
