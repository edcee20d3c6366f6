# The leak check (issue 14 item 6): a driver runs a child a thousand times through the POSIX
# server and compares the server's, ULMM's and its own memory use before and after.
set(leak_suite ${CMAKE_CURRENT_LIST_DIR})
koito_guest_program(posix-leak SOURCES ${leak_suite}/leak.c LIBRARIES guest-test-framework)
koito_guest_program(posix-leak-child SOURCES ${leak_suite}/leak_child.c)

koito_guest_system(leak-system CONFIG ${leak_suite}/koito.conf
    PROGRAMS bin/leak=posix-leak bin/leak-child=posix-leak-child
    SERVICES posix)
