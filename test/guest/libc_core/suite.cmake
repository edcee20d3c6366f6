# The libc-core suite: KOITO-libc's portable core on the real target (the
# -O2 library, the SSE2 string code a guest always runs, setjmp in the
# guest), using only what needs no memory allocation, since malloc's thread
# cache needs the thread-local storage the start-up code will provide.
koito_guest_suite(libc-core-suite
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/main.c
        ${CMAKE_CURRENT_LIST_DIR}/string_tests.c
        ${CMAKE_CURRENT_LIST_DIR}/stdlib_tests.c)
