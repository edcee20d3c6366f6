/*
 * The time suite's child (test/guest/time): arms CHILD_TIMERS timers an hour ahead and as many
 * due in 2 ms, then exits at once with them pending (status 0; 1 if an arm failed). See
 * test_timer_client_ends.
 */
#include <a9n/a9n.h>
#include <koito/objects.h>
#include <koito/process.h>
#include <koito/protocol/timer.h>
#include <koito/slots.h>
#include <time.h>

#define CHILD_TIMERS 8u

int main(void)
{
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0)
        return 1;
    uint64_t nanoseconds = (uint64_t)now.tv_sec * 1000000000u + (uint64_t)now.tv_nsec;
    uint64_t slot = 0;
    if (koito_object_allocate(A9N_OBJECT_NOTIFICATION_PORT, 0, 1, &slot) != A9N_OK)
        return 1;
    for (unsigned i = 0; i < 2 * CHILD_TIMERS; i++) {
        uint64_t deadline = nanoseconds + (i % 2 ? 3600000000000ull : 2000000ull);
        uint64_t timer = 0;
        if (koito_timer_arm(koito_slot(KOITO_SLOT_TIMER), deadline, koito_slot(slot), &timer) !=
            KOITO_TIMER_OK)
            return 1;
    }
    return 0;
}
