# The time suite: KOITO-libc's clocks (the processor-time ones too), sleeps and timed waits and
# the timer service's protocol in a KOITO process (the init program of time.conf), packed with
# KOITO init and the timer service into time.cpio.
set(time_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(time-suite ${time_suite}/main.c ${time_suite}/clock_tests.c
               ${time_suite}/sleep_tests.c ${time_suite}/wait_tests.c ${time_suite}/timer_tests.c
               ${time_suite}/cpu_time_tests.c)
target_include_directories(time-suite PRIVATE ${time_suite})
target_link_libraries(time-suite PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(time-suite PRIVATE -Wall -Wextra -Werror)
set_property(TARGET time-suite APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")

add_executable(time-child ${time_suite}/child.c)
target_link_libraries(time-child PRIVATE Koito::koito Koito::c)
target_compile_options(time-child PRIVATE -Wall -Wextra -Werror)

set(time_image ${CMAKE_CURRENT_BINARY_DIR}/time.cpio)
add_custom_command(OUTPUT ${time_image}
    COMMAND ${KOITO_MKIMAGE} --config ${time_suite}/time.conf
            --add bin/time=$<TARGET_FILE:time-suite>
            --add bin/time-child=$<TARGET_FILE:time-child>
            --add bin/timer=${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            -o ${time_image}
    DEPENDS time-suite time-child ${time_suite}/time.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing time.cpio"
    VERBATIM)
add_custom_target(time-image ALL DEPENDS ${time_image})
