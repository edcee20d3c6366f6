# The container suite: two POSIX servers, each serving its own process tree, booted from
# koito.conf. Tree A (the init program) and tree B (served by the second server, whose root is
# the initrd's /containers/b) each run their tests; B's cannot reach A's files or processes.
set(container_suite ${CMAKE_CURRENT_LIST_DIR})
foreach(tree a b)
    add_executable(container-tree-${tree} ${container_suite}/tree_${tree}.c
                   ${container_suite}/container_common.c)
    target_link_libraries(container-tree-${tree} PRIVATE guest-test-framework Koito::koito Koito::c)
    target_compile_options(container-tree-${tree} PRIVATE -Wall -Wextra -Werror)
    set_property(TARGET container-tree-${tree} APPEND PROPERTY LINK_DEPENDS
        "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
        "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")
endforeach()
add_executable(container-worker ${container_suite}/worker.c)
target_link_libraries(container-worker PRIVATE Koito::c)
target_compile_options(container-worker PRIVATE -Wall -Wextra -Werror)

set(container_image ${CMAKE_CURRENT_BINARY_DIR}/container-system.cpio)
add_custom_command(OUTPUT ${container_image}
    COMMAND ${KOITO_MKIMAGE} --config ${container_suite}/koito.conf
            --add bin/tree-a=$<TARGET_FILE:container-tree-a>
            --add bin/worker=$<TARGET_FILE:container-worker>
            --add bin/posix=${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            --add containers/b/bin/tree-b=$<TARGET_FILE:container-tree-b>
            --add containers/b/bin/worker=$<TARGET_FILE:container-worker>
            --add containers/b/etc/motd=${container_suite}/motd
            -o ${container_image}
    DEPENDS container-tree-a container-tree-b container-worker ${container_suite}/koito.conf
            ${container_suite}/motd ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-posix.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
    COMMENT "Packing container-system.cpio"
    VERBATIM)
add_custom_target(container-system-image ALL DEPENDS ${container_image})
