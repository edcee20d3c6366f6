# The signals suite: POSIX signals between processes (kill, SIGCHLD, SIGPIPE, SIGALRM) through
# the POSIX server and KOITO-libc's signal thread, in a whole system booted from signals.conf.
set(signals_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(signals-suite ${signals_suite}/signals.c)
target_link_libraries(signals-suite PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(signals-suite PRIVATE -Wall -Wextra -Werror)
set_property(TARGET signals-suite APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")

# What posix_spawn starts: a file of the initrd (system() too, through /bin/koito-sh).
add_executable(signals-child ${signals_suite}/sig_child.c)
target_link_libraries(signals-child PRIVATE Koito::c)
target_compile_options(signals-child PRIVATE -Wall -Wextra -Werror)

set(signals_image ${CMAKE_CURRENT_BINARY_DIR}/signals-system.cpio)
add_custom_command(OUTPUT ${signals_image}
    COMMAND ${KOITO_MKIMAGE} --config ${signals_suite}/signals.conf
            --add bin/signals=$<TARGET_FILE:signals-suite>
            --add bin/sig-child=$<TARGET_FILE:signals-child>
            --add bin/koito-sh=${KOITO_SDK_PREFIX}/share/koito/system/bin/koito-sh.elf
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            --add bin/timer=${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            -o ${signals_image}
    DEPENDS signals-suite signals-child ${signals_suite}/signals.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/koito-sh.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing signals-system.cpio"
    VERBATIM)
add_custom_target(signals-system-image ALL DEPENDS ${signals_image})
