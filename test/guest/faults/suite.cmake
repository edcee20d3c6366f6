# The faults suite: handlers for the signals of faults (SIGSEGV, SIGILL, SIGFPE) on the faulting
# main thread, through KOITO init and KOITO-libc's signal thread, booted from faults.conf.
set(faults_suite ${CMAKE_CURRENT_LIST_DIR})
koito_guest_program(faults-suite SOURCES ${faults_suite}/faults.c LIBRARIES guest-test-framework)
# What posix_spawn starts: a file of the initrd.
koito_guest_program(faults-child SOURCES ${faults_suite}/fault_child.c)

koito_guest_system(faults-system CONFIG ${faults_suite}/faults.conf
    PROGRAMS bin/faults=faults-suite bin/fault-child=faults-child
    SERVICES posix timer)
