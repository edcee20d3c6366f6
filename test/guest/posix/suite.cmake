# The POSIX server suite: a whole system (KOITO init, the POSIX server, the test program) booted
# from koito.conf; the program uses files through KOITO-libc (stdio, <unistd.h>, <dirent.h>,
# <sys/stat.h>) on the server's /tmp, initrd root and /dev, and checks the errno values.
set(posix_suite ${CMAKE_CURRENT_LIST_DIR})
# malloc (fopen, opendir) takes its pages from the program's ULMM session.
add_executable(posix-files ${posix_suite}/files.c ${posix_suite}/errors.c ${posix_suite}/processes.c
               ${posix_suite}/groups.c ${posix_suite}/pipes.c ${posix_suite}/handoff.c
               ${posix_suite}/poll.c ${posix_suite}/shell.c ${posix_suite}/proc.c)
target_include_directories(posix-files PRIVATE ${posix_suite})
target_link_libraries(posix-files PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(posix-files PRIVATE -Wall -Wextra -Werror)
set_property(TARGET posix-files APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")

add_executable(posix-child ${posix_suite}/child.c)
target_link_libraries(posix-child PRIVATE Koito::c)
target_compile_options(posix-child PRIVATE -Wall -Wextra -Werror)

# What posix_spawn starts (processes.c): a file of the initrd, not a configured program.
add_executable(posix-proc-child ${posix_suite}/proc_child.c)
target_link_libraries(posix-proc-child PRIVATE Koito::c)
target_compile_options(posix-proc-child PRIVATE -Wall -Wextra -Werror)

# What system() and popen() run (shell.c, proc.c): the shell and three of the utilities, as the
# SDK installs them.
set(userland_bin ${KOITO_SDK_PREFIX}/share/koito/system/bin)
set(posix_image ${CMAKE_CURRENT_BINARY_DIR}/posix-system.cpio)
add_custom_command(OUTPUT ${posix_image}
    COMMAND ${KOITO_MKIMAGE} --config ${posix_suite}/koito.conf
            --add bin/files=$<TARGET_FILE:posix-files>
            --add bin/child=$<TARGET_FILE:posix-child>
            --add bin/proc-child=$<TARGET_FILE:posix-proc-child>
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            --add bin/koito-sh=${userland_bin}/koito-sh.elf
            --add bin/true=${userland_bin}/true.elf
            --add bin/cat=${userland_bin}/cat.elf
            --add bin/ps=${userland_bin}/ps.elf
            --add etc/greeting=${posix_suite}/greeting.txt
            -o ${posix_image}
    DEPENDS posix-files posix-child posix-proc-child ${posix_suite}/koito.conf ${posix_suite}/greeting.txt ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${userland_bin}/koito-sh.elf ${userland_bin}/true.elf ${userland_bin}/cat.elf
            ${userland_bin}/ps.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing posix-system.cpio"
    VERBATIM)
add_custom_target(posix-system-image ALL DEPENDS ${posix_image})
