# The faults suite: handlers for the signals of faults (SIGSEGV, SIGILL, SIGFPE) on the faulting
# main thread, through KOITO init and KOITO-libc's signal thread, booted from faults.conf.
set(faults_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(faults-suite ${faults_suite}/faults.c)
target_link_libraries(faults-suite PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(faults-suite PRIVATE -Wall -Wextra -Werror)
set_property(TARGET faults-suite APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")

# What posix_spawn starts: a file of the initrd.
add_executable(faults-child ${faults_suite}/fault_child.c)
target_link_libraries(faults-child PRIVATE Koito::c)
target_compile_options(faults-child PRIVATE -Wall -Wextra -Werror)

set(faults_image ${CMAKE_CURRENT_BINARY_DIR}/faults-system.cpio)
add_custom_command(OUTPUT ${faults_image}
    COMMAND ${KOITO_MKIMAGE} --config ${faults_suite}/faults.conf
            --add bin/faults=$<TARGET_FILE:faults-suite>
            --add bin/fault-child=$<TARGET_FILE:faults-child>
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            --add bin/timer=${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            -o ${faults_image}
    DEPENDS faults-suite faults-child ${faults_suite}/faults.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-timer.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing faults-system.cpio"
    VERBATIM)
add_custom_target(faults-system-image ALL DEPENDS ${faults_image})
