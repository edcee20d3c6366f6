/*
 * Local APIC timer (x86_64 HAL): the periodic scheduling tick.
 *
 * The APIC timer's rate is not architectural, so it is measured once against
 * the PIT (1.193182 MHz) over 10 ms; the time-stamp counter's rate is
 * measured in the same window, for the boot info (hal_tsc_frequency). The
 * legacy 8259 PICs are masked: every interrupt the kernel takes comes from
 * the local APIC.
 */
#include "lapic.h"

#include "idt.h"
#include "memlayout.h"
#include "x86.h"

#include <hal/hal.h>
#include <kernel/print.h>

#define LAPIC_TPR           0x080u
#define LAPIC_EOI           0x0b0u
#define LAPIC_SVR           0x0f0u
#define LAPIC_LVT_TIMER     0x320u
#define LAPIC_LVT_LINT0     0x350u
#define LAPIC_LVT_LINT1     0x360u
#define LAPIC_TIMER_INITIAL 0x380u
#define LAPIC_TIMER_CURRENT 0x390u
#define LAPIC_TIMER_DIVIDE  0x3e0u
#define LAPIC_ISR           0x100u /* 8 registers, 16 bytes apart: 32 vectors each */
#define LAPIC_IRR           0x200u /* the same */

#define LAPIC_ENABLE     (1u << 8)
#define LVT_MASKED       (1u << 16)
#define LVT_PERIODIC     (1u << 17)
#define LVT_DELIVERY_NMI (4u << 8)
#define APIC_BASE_ENABLE (1ul << 11)

#define PIT_HZ                 1193182u
#define CALIBRATION_MS         10u
#define CALIBRATION_SPIN_LIMIT 1000000u
#define FALLBACK_TICKS_PER_MS  62500u /* a 1 GHz bus divided by 16 */

static volatile uint32_t *lapic;
static uint64_t tsc_hz; /* measured with the APIC timer; 0 if unknown */

static uint32_t lapic_read(uint32_t reg)
{
    return lapic[reg / 4];
}

static void lapic_write(uint32_t reg, uint32_t value)
{
    lapic[reg / 4] = value;
}

static void pic_mask_all(void)
{
    outb(0x21, 0xff);
    outb(0xa1, 0xff);
}

static uint16_t pit_read_counter0(void)
{
    outb(0x43, 0x00); /* latch channel 0 */
    uint8_t low = inb(0x40);
    uint8_t high = inb(0x40);
    return (uint16_t)(low | (high << 8));
}

/* APIC timer ticks (divided by 16) per millisecond, measured against PIT
 * channel 0 counting down from 0xffff in mode 2. Port 0x61's gate is not used,
 * as machines like QEMU's microvm have a PIT but no port 0x61. */
static uint32_t calibrate(void)
{
    outb(0x43, 0x34); /* channel 0, low then high byte, mode 2 */
    outb(0x40, 0xff);
    outb(0x40, 0xff);
    uint16_t previous = pit_read_counter0();
    lapic_write(LAPIC_TIMER_INITIAL, 0xffffffffu);
    uint64_t tsc_start = __builtin_ia32_rdtsc();
    uint32_t pit_elapsed = 0;
    uint32_t spins = 0;
    while (pit_elapsed < PIT_HZ / 1000 * CALIBRATION_MS && spins < CALIBRATION_SPIN_LIMIT) {
        uint16_t now = pit_read_counter0();
        pit_elapsed += (uint16_t)(previous - now);
        previous = now;
        spins++;
    }
    uint32_t elapsed = 0xffffffffu - lapic_read(LAPIC_TIMER_CURRENT);
    uint64_t tsc_elapsed = __builtin_ia32_rdtsc() - tsc_start;
    lapic_write(LAPIC_TIMER_INITIAL, 0);
    if (spins == CALIBRATION_SPIN_LIMIT || elapsed < CALIBRATION_MS) {
        kprintf("a9n: no PIT to calibrate the APIC timer; assuming a 1 GHz bus\n");
        tsc_hz = 0;
        return FALLBACK_TICKS_PER_MS;
    }
    /* Scale by the PIT ticks that really passed, which may overshoot 10 ms a little. */
    tsc_hz = tsc_elapsed * PIT_HZ / pit_elapsed;
    return elapsed / CALIBRATION_MS;
}

uint64_t hal_tsc_frequency(void)
{
    return tsc_hz;
}

uint64_t hal_cycle_counter(void)
{
    return __builtin_ia32_rdtsc();
}

void hal_timer_init(uint32_t period_us)
{
    pic_mask_all();
    uint64_t base = rdmsr(MSR_APIC_BASE);
    wrmsr(MSR_APIC_BASE, base | APIC_BASE_ENABLE);
    lapic = phys_to_virt(base & 0x000ffffffffff000ul);
    lapic_write(LAPIC_TPR, 0);
    lapic_write(LAPIC_SVR, LAPIC_ENABLE | IDT_SPURIOUS_VECTOR);
    lapic_write(LAPIC_LVT_LINT0, LVT_MASKED);
    /* LINT1 carries the platform's NMI on PCs (and QEMU's `nmi`): deliver it
     * as an NMI whatever firmware left (a PVH boot finds it masked). */
    lapic_write(LAPIC_LVT_LINT1, LVT_DELIVERY_NMI);
    lapic_write(LAPIC_TIMER_DIVIDE, 0x3); /* divide by 16 */
    lapic_write(LAPIC_LVT_TIMER, LVT_MASKED);
    uint32_t per_ms = calibrate();
    uint64_t count = (uint64_t)per_ms * period_us / 1000;
    if (count == 0)
        count = 1;
    lapic_write(LAPIC_LVT_TIMER, IDT_TIMER_VECTOR | LVT_PERIODIC);
    lapic_write(LAPIC_TIMER_INITIAL, (uint32_t)(count > 0xffffffffu ? 0xffffffffu : count));
    kprintf("a9n: timer: %u APIC ticks per ms, period %u us\n", per_ms, period_us);
}

/* The IRR shows every vector the local APIC accepted and the CPU has not
 * taken yet (interrupts are off in the kernel). Vectors below 32 are
 * exceptions, never requested through the APIC: their register is skipped. */
bool hal_interrupt_pending(void)
{
    uint32_t pending = 0;
    for (uint32_t reg = LAPIC_IRR + 0x10u; reg < LAPIC_IRR + 0x80u; reg += 0x10u)
        pending |= lapic_read(reg);
    return pending != 0;
}

bool lapic_in_service(unsigned vector)
{
    return lapic_read(LAPIC_ISR + 0x10u * (vector / 32u)) >> (vector % 32u) & 1u;
}

void lapic_end_of_interrupt(void)
{
    lapic_write(LAPIC_EOI, 0);
}
