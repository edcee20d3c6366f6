# The leak check (issue 14 item 6): a driver runs a child a thousand times through the POSIX
# server and compares the server's, ULMM's and its own memory use before and after.
set(leak_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(posix-leak ${leak_suite}/leak.c)
target_link_libraries(posix-leak PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(posix-leak PRIVATE -Wall -Wextra -Werror)
set_property(TARGET posix-leak APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")
add_executable(posix-leak-child ${leak_suite}/leak_child.c)
target_link_libraries(posix-leak-child PRIVATE Koito::c)
target_compile_options(posix-leak-child PRIVATE -Wall -Wextra -Werror)

set(leak_image ${CMAKE_CURRENT_BINARY_DIR}/leak-system.cpio)
add_custom_command(OUTPUT ${leak_image}
    COMMAND ${KOITO_MKIMAGE} --config ${leak_suite}/koito.conf
            --add bin/leak=$<TARGET_FILE:posix-leak>
            --add bin/leak-child=$<TARGET_FILE:posix-leak-child>
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            -o ${leak_image}
    DEPENDS posix-leak posix-leak-child ${leak_suite}/koito.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing leak-system.cpio"
    VERBATIM)
add_custom_target(leak-system-image ALL DEPENDS ${leak_image})
