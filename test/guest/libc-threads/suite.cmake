# The libc-threads suite: KOITO-libc's threads in a KOITO process (the init
# program of libc-threads.conf), packed with KOITO init into
# libc-threads.cpio.
set(libc_threads_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(libc-threads-suite
    ${libc_threads_suite}/main.c
    ${libc_threads_suite}/mutex_tests.c
    ${libc_threads_suite}/condition_tests.c
    ${libc_threads_suite}/semaphore_tests.c
    ${libc_threads_suite}/thread_tests.c)
target_link_libraries(libc-threads-suite PRIVATE guest-test-framework Koito::koito Koito::c)
target_compile_options(libc-threads-suite PRIVATE -Wall -Wextra -Werror)
set_property(TARGET libc-threads-suite APPEND PROPERTY LINK_DEPENDS
    "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
    "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")

set(libc_threads_image ${CMAKE_CURRENT_BINARY_DIR}/libc-threads.cpio)
add_custom_command(OUTPUT ${libc_threads_image}
    COMMAND ${KOITO_MKIMAGE} --config ${libc_threads_suite}/libc-threads.conf
            --add bin/libc-threads=$<TARGET_FILE:libc-threads-suite>
            -o ${libc_threads_image}
    DEPENDS libc-threads-suite ${libc_threads_suite}/libc-threads.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing libc-threads.cpio"
    VERBATIM)
add_custom_target(libc-threads-image ALL DEPENDS ${libc_threads_image})
