# The POSIX server's hostile-client suite: a whole system (KOITO init, the POSIX server, the
# suite's program and two hostile clients) booted from koito.conf.
set(posix_hostile_suite ${CMAKE_CURRENT_LIST_DIR})

add_executable(posix-hostile-checker ${posix_hostile_suite}/checker.c)
target_link_libraries(posix-hostile-checker PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(posix-hostile-checker PRIVATE -Wall -Wextra -Werror)

add_executable(posix-hostile-client ${posix_hostile_suite}/hostile.c)
target_link_libraries(posix-hostile-client PRIVATE Koito::koito Koito::c)
target_compile_options(posix-hostile-client PRIVATE -Wall -Wextra -Werror)

set(posix_hostile_image ${CMAKE_CURRENT_BINARY_DIR}/posix-hostile-system.cpio)
add_custom_command(OUTPUT ${posix_hostile_image}
    COMMAND ${KOITO_MKIMAGE} --config ${posix_hostile_suite}/koito.conf
            --add bin/checker=$<TARGET_FILE:posix-hostile-checker>
            --add bin/hostile=$<TARGET_FILE:posix-hostile-client>
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            --add etc/greeting=${posix_hostile_suite}/../posix/greeting.txt
            -o ${posix_hostile_image}
    DEPENDS posix-hostile-checker posix-hostile-client ${posix_hostile_suite}/koito.conf
            ${KOITO_MKIMAGE} ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing posix-hostile-system.cpio"
    VERBATIM)
add_custom_target(posix-hostile-system-image ALL DEPENDS ${posix_hostile_image})
