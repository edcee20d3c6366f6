/*
 * A program with a SIGINT handler, for the interrupt session (test/session/interrupts.txt): ^C
 * typed while it runs reaches it as a signal, which it catches and reports, and it keeps
 * running; after the second it says "done" and exits with 0.
 */
#include <signal.h>
#include <stdio.h>

static volatile sig_atomic_t caught;

static void on_interrupt(int number)
{
    (void)number;
    caught++;
}

int main(void)
{
    struct sigaction action = {.sa_handler = on_interrupt};
    sigemptyset(&action.sa_mask);
    sigset_t blocked, open;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGINT);
    /* SIGINT waits while the count is looked at, so none is missed before the wait. */
    if (sigaction(SIGINT, &action, NULL) != 0 || sigprocmask(SIG_BLOCK, &blocked, &open) != 0)
        return 1;
    printf("waiting for SIGINT\n");
    fflush(stdout);
    int reported = 0;
    while (reported < 2) {
        while (reported < caught) {
            printf("caught SIGINT %d\n", ++reported);
            fflush(stdout);
        }
        if (reported < 2)
            sigsuspend(&open);
    }
    printf("done\n");
    return 0;
}
