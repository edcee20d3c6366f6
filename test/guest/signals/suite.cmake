# The signals suite: POSIX signals between processes (kill, SIGCHLD, SIGPIPE, SIGALRM) through
# the POSIX server and KOITO-libc's signal thread, in a whole system booted from signals.conf.
set(signals_suite ${CMAKE_CURRENT_LIST_DIR})
koito_guest_program(signals-suite SOURCES ${signals_suite}/signals.c
                    LIBRARIES guest-test-framework)
# What posix_spawn starts: a file of the initrd (system() too, through /bin/koito-sh).
koito_guest_program(signals-child SOURCES ${signals_suite}/sig_child.c)

koito_guest_system(signals-system CONFIG ${signals_suite}/signals.conf
    PROGRAMS bin/signals=signals-suite bin/sig-child=signals-child
    SERVICES posix timer
    SYSTEM koito-sh)
