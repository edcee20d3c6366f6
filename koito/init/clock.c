/*
 * The clocks every process reads without IPC (KOITO init; <koito/process.h>, struct koito_clock):
 * the TSC's rate the kernel measured at boot, the multiplier that turns TSC ticks into
 * nanoseconds, and the realtime clock's offset from the monotonic one, from the CMOS real-time
 * clock (I/O ports 0x70 and 0x71, read through init's I/O port capability) read once here.
 *
 * The CMOS clock (MC146818 and its successors) keeps the time in registers behind an index
 * port: 0 seconds, 2 minutes, 4 hours, 7 day of month, 8 month, 9 year in the century, 0x32 the
 * century (where the ACPI FADT of PCs and QEMU puts it); status A bit 7 says an update is in
 * progress (the registers are then not consistent), status B bit 2 says binary rather than BCD
 * and bit 1 a 24-hour clock (else hour bit 7 means PM). A reading is taken when no update is in
 * progress and repeated until two in a row agree.
 */
#include "init.h"

#include <time.h>

#define CMOS_INDEX  0x70u
#define CMOS_DATA   0x71u
#define CMOS_TRIES  8u
#define CMOS_WAITS  100000u
#define NANOSECONDS 1000000000ull

enum cmos_register {
    CMOS_SECONDS = 0x00,
    CMOS_MINUTES = 0x02,
    CMOS_HOURS = 0x04,
    CMOS_DAY = 0x07,
    CMOS_MONTH = 0x08,
    CMOS_YEAR = 0x09,
    CMOS_STATUS_A = 0x0a,
    CMOS_STATUS_B = 0x0b,
    CMOS_CENTURY = 0x32,
};

#define CMOS_A_UPDATING (1u << 7)
#define CMOS_B_24_HOUR  (1u << 1)
#define CMOS_B_BINARY   (1u << 2)
#define CMOS_HOUR_PM    0x80u

struct cmos_time {
    unsigned values[6]; /* seconds, minutes, hours, day, month, year */
    unsigned century;
};

static const enum cmos_register cmos_fields[6] = {CMOS_SECONDS, CMOS_MINUTES, CMOS_HOURS,
                                                  CMOS_DAY,     CMOS_MONTH,   CMOS_YEAR};

/* One register; false when the port cannot be used (no I/O port capability). */
static bool cmos_read(enum cmos_register index, unsigned *value)
{
    a9n_descriptor_t ports = init_root_slot(A9N_ROOT_SLOT_IO_PORTS);
    uint64_t read = 0;
    if (a9n_io_port_write(ports, CMOS_INDEX, 1, index) != A9N_OK ||
        a9n_io_port_read(ports, CMOS_DATA, 1, &read) != A9N_OK)
        return false;
    *value = (unsigned)read & 0xffu;
    return true;
}

static bool cmos_snapshot(struct cmos_time *time)
{
    unsigned status = CMOS_A_UPDATING;
    for (unsigned i = 0; i < CMOS_WAITS && (status & CMOS_A_UPDATING); i++) {
        if (!cmos_read(CMOS_STATUS_A, &status))
            return false;
    }
    if (status & CMOS_A_UPDATING)
        return false;
    for (unsigned i = 0; i < 6; i++) {
        if (!cmos_read(cmos_fields[i], &time->values[i]))
            return false;
    }
    return cmos_read(CMOS_CENTURY, &time->century);
}

static unsigned clock_from_bcd(unsigned value)
{
    return (value >> 4) * 10 + (value & 0x0f);
}

/* Seconds since 1970 of a consistent CMOS reading; 0 if it is not a valid date. */
static uint64_t clock_cmos_seconds(const struct cmos_time *time, unsigned status_b)
{
    unsigned v[6];
    bool pm = !(status_b & CMOS_B_24_HOUR) && (time->values[2] & CMOS_HOUR_PM);
    for (unsigned i = 0; i < 6; i++) {
        unsigned raw = i == 2 ? time->values[i] & ~CMOS_HOUR_PM : time->values[i];
        v[i] = (status_b & CMOS_B_BINARY) ? raw : clock_from_bcd(raw);
    }
    if (!(status_b & CMOS_B_24_HOUR))
        v[2] = v[2] % 12 + (pm ? 12 : 0);
    unsigned century = (status_b & CMOS_B_BINARY) ? time->century : clock_from_bcd(time->century);
    if (century < 19 || century > 99)
        century = 20; /* no century register: this one */
    if (v[0] > 59 || v[1] > 59 || v[2] > 23 || v[3] < 1 || v[3] > 31 || v[4] < 1 || v[4] > 12 ||
        v[5] > 99)
        return 0;
    struct tm civil = {.tm_sec = (int)v[0],
                       .tm_min = (int)v[1],
                       .tm_hour = (int)v[2],
                       .tm_mday = (int)v[3],
                       .tm_mon = (int)v[4] - 1,
                       .tm_year = (int)(century * 100 + v[5]) - 1900};
    time_t seconds = timegm(&civil);
    return seconds > 0 ? (uint64_t)seconds : 0;
}

/* The CMOS clock in seconds since 1970, 0 when there is none or it does not read consistently. */
static uint64_t clock_rtc_seconds(void)
{
    unsigned status_b = 0;
    if (!cmos_read(CMOS_STATUS_B, &status_b) || status_b == 0xff)
        return 0; /* an absent chip reads as all ones */
    struct cmos_time previous;
    if (!cmos_snapshot(&previous))
        return 0;
    for (unsigned i = 0; i < CMOS_TRIES; i++) {
        struct cmos_time now;
        if (!cmos_snapshot(&now))
            return 0;
        bool same = now.century == previous.century;
        for (unsigned k = 0; k < 6; k++)
            same = same && now.values[k] == previous.values[k];
        if (same)
            return clock_cmos_seconds(&now, status_b);
        previous = now;
    }
    return 0;
}

void init_clock_setup(uint64_t tsc_hz)
{
    init.clock = (struct koito_clock){.tsc_hz = tsc_hz};
    if (tsc_hz == 0)
        return;
    init.clock.tsc_to_ns = (NANOSECONDS << KOITO_CLOCK_SHIFT) / tsc_hz;
    init.clock.rtc_seconds = clock_rtc_seconds();
    uint64_t monotonic = koito_clock_monotonic(&init.clock, __builtin_ia32_rdtsc());
    init.clock.realtime_offset = (int64_t)(init.clock.rtc_seconds * NANOSECONDS - monotonic);
}
