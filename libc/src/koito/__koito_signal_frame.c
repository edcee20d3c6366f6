/*
 * The handler's frame on the main thread's stack (libc, OS port; x86_64): see signal_frame.h.
 * The signal thread calls it with the main thread suspended, for a signal (the signal thread's
 * step 3) and for the main thread's own fault (__koito_signal_fault.c). Writing the frame below
 * a bad stack pointer faults in the signal thread, which ends the process (KOITO init's fault.c).
 */
#include "signal_frame.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <string.h>

/* The bytes of the FPU state the trampoline saves, and whether it uses xsave. */
static unsigned signal_fpu_size(int *xsave)
{
    unsigned eax, ebx, ecx, edx;
    __asm__("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "a"(1), "c"(0));
    *xsave = (ecx & (1u << 27)) != 0; /* OSXSAVE: the kernel enabled xsave */
    if (!*xsave)
        return 512;
    __asm__("cpuid" : "=a"(eax), "=b"(ebx), "=c"(ecx), "=d"(edx) : "a"(0xd), "c"(0));
    if (ebx < 576 || ebx > __KOITO_SIGNAL_FRAME_FPU_MAX) {
        *xsave = 0;
        return 512;
    }
    return ebx;
}

int __koito_signal_frame_build(a9n_descriptor_t thread, const siginfo_t *info)
{
    uint64_t r[24] = {0};
    for (unsigned first = 0; first < A9N_X86_64_REGISTER_COUNT; first += 8) {
        uint64_t *v = &r[first];
        unsigned count =
            A9N_X86_64_REGISTER_COUNT - first < 8 ? A9N_X86_64_REGISTER_COUNT - first : 8;
        if (a9n_thread_read_registers(thread, first, count, &v[0], &v[1], &v[2], &v[3], &v[4],
                                      &v[5], &v[6], &v[7]) != A9N_OK)
            return -EIO;
    }
    uint64_t rip = r[A9N_X86_64_RIP];
    if (rip >= (uint64_t)(uintptr_t)__koito_signal_restore_start &&
        rip < (uint64_t)(uintptr_t)__koito_signal_restore_end)
        return -EBUSY;
    int xsave;
    unsigned fpu_size = signal_fpu_size(&xsave);
    uint64_t size = __KOITO_SIGNAL_FRAME_FPU + fpu_size;
    uint64_t base = (r[A9N_X86_64_RSP] - __KOITO_SIGNAL_FRAME_RED_ZONE - size) & ~(uint64_t)63;
    struct __koito_signal_frame *frame = (struct __koito_signal_frame *)(uintptr_t)base;
    memset(frame, 0, size);
    memcpy(frame->registers, r, sizeof frame->registers);
    frame->xsave = (uint64_t)xsave;
    frame->info = *info;
    if (a9n_thread_write_registers(thread, A9N_X86_64_RIP, 2,
                                   (uint64_t)(uintptr_t)__koito_signal_trampoline, base, 0, 0, 0,
                                   0) != A9N_OK)
        return -EIO;
    return 0;
}
