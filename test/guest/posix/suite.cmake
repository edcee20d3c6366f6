# The POSIX server suite: a whole system (KOITO init, the POSIX server, the test program) booted
# from koito.conf; the program uses files through KOITO-libc (stdio, <unistd.h>, <dirent.h>,
# <sys/stat.h>) on the server's /tmp, initrd root and /dev, and checks the errno values.
set(posix_suite ${CMAKE_CURRENT_LIST_DIR})
# malloc (fopen, opendir) takes its pages from the program's ULMM session.
koito_guest_program(posix-files
    SOURCES ${posix_suite}/files.c ${posix_suite}/errors.c ${posix_suite}/attributes.c
            ${posix_suite}/processes.c ${posix_suite}/groups.c ${posix_suite}/pipes.c
            ${posix_suite}/handoff.c ${posix_suite}/poll.c ${posix_suite}/shell.c
            ${posix_suite}/mmap.c ${posix_suite}/at.c ${posix_suite}/proc.c
    LIBRARIES guest-test-framework)
target_include_directories(posix-files PRIVATE ${posix_suite})

koito_guest_program(posix-child SOURCES ${posix_suite}/child.c)
# What posix_spawn starts (processes.c): a file of the initrd, not a configured program.
koito_guest_program(posix-proc-child SOURCES ${posix_suite}/proc_child.c)

# What system() and popen() run (shell.c, proc.c): the shell and three of the utilities, as the
# SDK installs them.
koito_guest_system(posix-system CONFIG ${posix_suite}/koito.conf
    PROGRAMS bin/files=posix-files bin/child=posix-child bin/proc-child=posix-proc-child
    SERVICES posix
    SYSTEM koito-sh true cat ps
    FILES etc/greeting=${posix_suite}/greeting.txt)
