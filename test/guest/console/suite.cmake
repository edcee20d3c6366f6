# The console system suite: a whole system (KOITO init, the console server as
# a process, the driver as its init program and the programs of child.c)
# booted from console.conf, with input typed on the serial console.
set(console_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(console-driver ${console_suite}/driver.c)
target_link_libraries(console-driver PRIVATE guest-test-framework Koito::koito Koito::c)
add_executable(console-child ${console_suite}/child.c)
target_link_libraries(console-child PRIVATE Koito::koito Koito::c)
foreach(program console-driver console-child)
    target_compile_options(${program} PRIVATE -Wall -Wextra -Werror)
    set_property(TARGET ${program} APPEND PROPERTY LINK_DEPENDS
        "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
        "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")
endforeach()

set(console_image ${CMAKE_CURRENT_BINARY_DIR}/console-system.cpio)
add_custom_command(OUTPUT ${console_image}
    COMMAND ${KOITO_MKIMAGE} --config ${console_suite}/console.conf
            --add bin/driver=$<TARGET_FILE:console-driver>
            --add bin/child=$<TARGET_FILE:console-child>
            --add bin/koito-console=${KOITO_SDK_PREFIX}/share/koito/boot/koito-console.elf
            -o ${console_image}
    DEPENDS console-driver console-child ${console_suite}/console.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-console.elf
    COMMENT "Packing console-system.cpio"
    VERBATIM)
add_custom_target(console-system-image ALL DEPENDS ${console_image})
