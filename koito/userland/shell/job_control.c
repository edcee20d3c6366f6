/* Job control of an interactive koito-sh (userland, shell): see job_control.h. */
#include "job_control.h"

#include <signal.h>
#include <unistd.h>

static bool job_control_on;

void job_control_start(void)
{
    /* Taking the terminal back from a job is tcsetpgrp from a background group: where that
     * raises SIGTTOU (on a host's terminal), it must not stop the shell. */
    signal(SIGTTOU, SIG_IGN);
    /* A session leader already leads its group (EPERM here is no failure). */
    setpgid(0, 0);
    job_control_on = tcsetpgrp(STDIN_FILENO, getpgrp()) == 0;
}

void job_control_join(posix_spawnattr_t *attributes, short *flags, pid_t group)
{
    if (!job_control_on)
        return;
    posix_spawnattr_setpgroup(attributes, group);
    *flags |= POSIX_SPAWN_SETPGROUP;
}

void job_control_foreground(pid_t group)
{
    if (job_control_on && group > 0)
        tcsetpgrp(STDIN_FILENO, group);
}

void job_control_reclaim(void)
{
    if (job_control_on)
        tcsetpgrp(STDIN_FILENO, getpgrp());
}
