/*
 * The signal thread (libc, OS port): brings signals from the POSIX server into the process and
 * runs their handlers on the main thread, and keeps the real-time interval timer (alarm).
 *
 * It starts with the first handler (or alarm, sigsuspend, sigwait) and waits on the process's
 * signal notification (KOITO_SLOT_SIGNALS), which the server signals when a caught signal becomes
 * pending, with a deadline when the alarm is armed. Each time it wakes:
 *  1. an alarm that is due becomes SIGALRM, sent through the server as kill() to the process
 *     itself, so its default action ends the process as killed by it;
 *  2. a fault of the main thread that KOITO init holds for the process gets its handler run on
 *     the main thread, or ends the process (__koito_signal_fault.c);
 *  3. it takes every pending signal from the server (signal_next) into the process's pending set;
 *  4. if one is not blocked, it claims the main thread (signal_call.h), suspends it, reads its
 *     registers, builds a frame below its red zone (signal_frame.h), points it at the trampoline,
 *     lets go and resumes it. A main thread inside a server call is left alone: the thread tries
 *     again a millisecond later. A main thread waiting on a notification (a pipe, a child, a
 *     sleep, sigsuspend) has its wait cancelled by the suspension: the wait returns early after
 *     the handler, and the blocking call sees from the handler counters that it was interrupted.
 * The handler runs on the main thread's stack; once it returns, the others that are deliverable
 * run too, then the trampoline restores every register.
 */
#include "port.h"
#include "signal_call.h"
#include "signal_frame.h"
#include "signal_impl.h"
#include <a9n/a9n.h>
#include <errno.h>
#include <koito/boot.h>
#include <koito/process.h>
#include <koito/protocol/posix.h>
#include <koito/thread.h>
#include <string.h>

#define SIGNAL_RETRY_NANOSECONDS 1000000ull

static unsigned long long alarm_deadline; /* monotonic nanoseconds, 0: disarmed */
static unsigned long long alarm_interval;
static unsigned long main_token; /* the main thread's park notification, 0 before it has one */

static a9n_descriptor_t signal_slot(uint64_t slot)
{
    return a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, koito_aux_value(KOITO_AUX_NODE_RADIX, 0),
                                slot);
}

void __koito_signal_run(struct __koito_signal_frame *frame)
{
    __koito_signal_dispatch(&frame->info);
    __koito_signal_deliver();
}

/* Step 4: run a deliverable signal on the main thread; -EBUSY when it is inside a call. */
static int signal_deliver_async(void)
{
    sigset_t mask = __atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE);
    if ((__atomic_load_n(&__koito_signal_pending, __ATOMIC_ACQUIRE) & ~mask) == 0)
        return 0;
    int idle = __KOITO_CALL_IDLE;
    if (!__atomic_compare_exchange_n(&__koito_signal_main_call, &idle, __KOITO_CALL_CLAIMED, 0,
                                     __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return -EBUSY;
    a9n_descriptor_t thread = signal_slot(KOITO_SLOT_THREAD);
    a9n_thread_suspend(thread);
    siginfo_t info;
    int result = 0;
    /* The main thread may have taken it itself (raise, sigprocmask) before it was suspended. */
    if (__koito_signal_take(~__atomic_load_n(&__koito_signal_mask, __ATOMIC_ACQUIRE), &info)) {
        result = __koito_signal_frame_build(thread, &info);
        if (result < 0)
            __koito_signal_queue(&info);
    }
    __atomic_store_n(&__koito_signal_main_call, __KOITO_CALL_IDLE, __ATOMIC_RELEASE);
    a9n_thread_resume(thread);
    return result == -EBUSY ? -EBUSY : 0;
}

/* Step 1: the alarm, if it is due. */
static void signal_alarm_check(void)
{
    unsigned long long deadline = __atomic_load_n(&alarm_deadline, __ATOMIC_ACQUIRE);
    unsigned long long now = 0;
    if (deadline == 0 || __koito_monotonic_now(&now) != 0 || now < deadline)
        return;
    unsigned long long interval = __atomic_load_n(&alarm_interval, __ATOMIC_ACQUIRE);
    unsigned long long next =
        interval == 0 ? 0 : (deadline + interval > now ? deadline + interval : now + interval);
    if (!__atomic_compare_exchange_n(&alarm_deadline, &deadline, next, 0, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
        return; /* set anew meanwhile */
    if (__koito_sys_kill(__koito_process_id, SIGALRM) < 0) {
        /* A process the configuration started: the server cannot end it, so it is raised here. */
        siginfo_t info = {.si_signo = SIGALRM, .si_code = SI_TIMER};
        __koito_signal_queue(&info);
    }
}

static void signal_thread(void *unused)
{
    (void)unused;
    a9n_descriptor_t notification = signal_slot(KOITO_SLOT_SIGNALS);
    int retry = 0;
    for (;;) {
        unsigned long long deadline = __atomic_load_n(&alarm_deadline, __ATOMIC_ACQUIRE);
        if (retry) {
            unsigned long long now = 0;
            __koito_monotonic_now(&now);
            if (deadline == 0 || now + SIGNAL_RETRY_NANOSECONDS < deadline)
                deadline = now + SIGNAL_RETRY_NANOSECONDS;
        }
        if (deadline != 0)
            __koito_timed_wait(notification, deadline);
        else
            a9n_notification_port_wait(notification, NULL);
        signal_alarm_check();
        __koito_signal_fault_take();
        __koito_signal_port_fetch();
        retry = signal_deliver_async() == -EBUSY;
        unsigned long token = __atomic_load_n(&main_token, __ATOMIC_ACQUIRE);
        if (token != 0)
            __koito_unpark(token);
    }
}

/* 0 once the thread runs (started now, or before), or -errno. */
static int signal_thread_start(void)
{
    static int state; /* 0: not started, 1: starting, 2: running */
    if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) == 2)
        return 0;
    int expected = 0;
    if (!__atomic_compare_exchange_n(&state, &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        while (__atomic_load_n(&state, __ATOMIC_ACQUIRE) != 2)
            a9n_yield();
        return 0;
    }
    enum koito_posix_error error =
        koito_posix_signals(__koito_os_port(), signal_slot(KOITO_SLOT_SIGNALS));
    if (error != KOITO_POSIX_OK && error != (enum koito_posix_error)A9N_ERROR_SLOT_OCCUPIED) {
        __atomic_store_n(&state, 0, __ATOMIC_RELEASE);
        return error < 256 ? -ENOSYS : __koito_os_error(error);
    }
    char record[16] = {0};
    void *copy;
    int started = __koito_thread_create(signal_thread, record, sizeof record, 0, 1, &copy);
    __atomic_store_n(&state, started == 0 ? 2 : 0, __ATOMIC_RELEASE);
    return started;
}

int __koito_signal_port_routes(unsigned long long catching, unsigned long long ignoring,
                               unsigned long long handling)
{
    /* Without a POSIX server (-ENOSYS) signals come only from raise() and stay in the process,
     * and so do faults: init ends it for them. */
    int running = 0;
    if (handling != 0) {
        int error = signal_thread_start();
        if (error < 0 && error != -ENOSYS)
            return error;
        running = error == 0;
    }
    if (running || handling == 0)
        __koito_signal_fault_catch(handling);
    if (catching == __atomic_load_n(&__koito_signal_port_catching, __ATOMIC_ACQUIRE) &&
        ignoring == __atomic_load_n(&__koito_signal_port_ignoring, __ATOMIC_ACQUIRE))
        return 0;
    int error = __koito_os_error(koito_posix_signal_routes(__koito_os_port(), catching, ignoring));
    if (error == 0) {
        __atomic_store_n(&__koito_signal_port_catching, catching, __ATOMIC_RELEASE);
        __atomic_store_n(&__koito_signal_port_ignoring, ignoring, __ATOMIC_RELEASE);
    }
    return error == -ENOSYS ? 0 : error;
}

void __koito_signal_port_fetch(void)
{
    for (;;) {
        uint64_t number = 0, code = 0, sender = 0, value = 0;
        if (koito_posix_signal_next(__koito_os_port(), &number, &code, &sender, &value) !=
                KOITO_POSIX_OK ||
            number == 0 || number >= NSIG)
            return;
        siginfo_t info = {
            .si_signo = (int)number,
            .si_code = (int)code,
            .si_pid = (pid_t)sender,
            .si_status = (int)value,
        };
        __koito_signal_queue(&info);
    }
}

void __koito_signal_port_prepare_wait(void)
{
    if (__atomic_load_n(&main_token, __ATOMIC_ACQUIRE) == 0 &&
        koito_ipc_buffer() == __koito_signal_main_buffer)
        __atomic_store_n(&main_token, koito_thread_wait_notification(), __ATOMIC_RELEASE);
    signal_thread_start();
}

void __koito_signal_port_wait(void)
{
    __koito_park(0);
}

int __koito_signal_port_alarm(unsigned long long deadline, unsigned long long interval,
                              unsigned long long *old_deadline, unsigned long long *old_interval)
{
    unsigned long long now = 0;
    int error = __koito_monotonic_now(&now);
    if (error < 0)
        return error;
    if (deadline == __KOITO_ALARM_READ) {
        *old_interval = __atomic_load_n(&alarm_interval, __ATOMIC_ACQUIRE);
        *old_deadline = __atomic_load_n(&alarm_deadline, __ATOMIC_ACQUIRE);
        return 0;
    }
    if (deadline != 0) {
        error = signal_thread_start();
        if (error < 0)
            return error;
    }
    *old_interval = __atomic_exchange_n(&alarm_interval, interval, __ATOMIC_ACQ_REL);
    *old_deadline = __atomic_exchange_n(&alarm_deadline, deadline, __ATOMIC_ACQ_REL);
    /* Wake the signal thread, so it waits for the new deadline. */
    a9n_notification_port_signal(signal_slot(KOITO_SLOT_SIGNALS));
    return 0;
}
