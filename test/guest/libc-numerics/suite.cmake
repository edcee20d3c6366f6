# The libc numerics suite: <math.h>, <fenv.h>, strtod, printf and sscanf's
# floating point as the cross-compiled KOITO-libc runs them.
koito_guest_suite(libc-numerics-suite
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
