# The KOITO system suite: a whole system (KOITO init, ULMM as its memory
# manager, the driver as its init program, the child program and malformed
# files) booted from koito.conf; koito-mkimage adds the SDK's bin/ulmm.
set(koito_suite ${CMAKE_CURRENT_LIST_DIR})
add_executable(koito-driver ${koito_suite}/driver.c)
target_link_libraries(koito-driver PRIVATE guest-test-framework Koito::koito Koito::c)
add_executable(koito-child ${koito_suite}/child.c ${koito_suite}/child_memory.c
    ${koito_suite}/child_ulmmi.c ${koito_suite}/child_exchange.c)
target_link_libraries(koito-child PRIVATE Koito::koito Koito::c)
# A position-independent program: its objects -fPIE, linked by koito-cc -pie (koito-pie.ld).
add_executable(koito-pie ${koito_suite}/pie.c)
target_link_libraries(koito-pie PRIVATE Koito::koito Koito::c)
target_compile_options(koito-pie PRIVATE -fPIE)
target_link_options(koito-pie PRIVATE -pie)
set_property(TARGET koito-pie APPEND PROPERTY LINK_DEPENDS "${KOITO_SYSROOT}/lib/koito-pie.ld")
# The init program of koito-reclaim.cpio, a system that releases its initrd (reclaim_check.c).
add_executable(koito-reclaim-check ${koito_suite}/reclaim_check.c)
target_link_libraries(koito-reclaim-check PRIVATE Koito::koito Koito::c)
foreach(program koito-driver koito-child koito-pie koito-reclaim-check)
    target_compile_options(${program} PRIVATE -Wall -Wextra -Werror)
    set_property(TARGET ${program} APPEND PROPERTY LINK_DEPENDS
        "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o"
        "${KOITO_SYSROOT}/lib/libkoito.a" "${KOITO_SYSROOT}/lib/libc.a")
endforeach()

set(koito_bad ${CMAKE_CURRENT_BINARY_DIR}/koito-bad)
set(koito_image ${CMAKE_CURRENT_BINARY_DIR}/koito-system.cpio)
add_custom_command(OUTPUT ${koito_image}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${koito_bad}
    COMMAND python3 ${koito_suite}/make-bad-programs.py $<TARGET_FILE:koito-child> ${koito_bad}
    COMMAND ${KOITO_MKIMAGE} --config ${koito_suite}/koito.conf
            --add bin/driver=$<TARGET_FILE:koito-driver>
            --add bin/child=$<TARGET_FILE:koito-child>
            --add bin/pie=$<TARGET_FILE:koito-pie>
            --add bin/names=${KOITO_SDK_PREFIX}/share/koito/boot/koito-names.elf
            --add bin/not-elf=${koito_bad}/not-elf
            --add bin/truncated=${koito_bad}/truncated
            --add bin/write-execute=${koito_bad}/write-execute
            --add bin/outside=${koito_bad}/outside
            -o ${koito_image}
    DEPENDS koito-driver koito-child koito-pie ${koito_suite}/koito.conf ${koito_suite}/make-bad-programs.py
            ${KOITO_MKIMAGE} ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
    COMMENT "Packing koito-system.cpio"
    VERBATIM)
add_custom_target(koito-system-image ALL DEPENDS ${koito_image})

set(koito_reclaim_image ${CMAKE_CURRENT_BINARY_DIR}/koito-reclaim.cpio)
add_custom_command(OUTPUT ${koito_reclaim_image}
    COMMAND ${KOITO_MKIMAGE} --config ${koito_suite}/reclaim.conf
            --add bin/reclaim-check=$<TARGET_FILE:koito-reclaim-check>
            --add bin/koito-console=${KOITO_SDK_PREFIX}/share/koito/boot/koito-console.elf
            -o ${koito_reclaim_image}
    DEPENDS koito-reclaim-check ${koito_suite}/reclaim.conf ${KOITO_MKIMAGE}
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf
            ${KOITO_SDK_PREFIX}/share/koito/boot/koito-console.elf
            ${KOITO_SDK_PREFIX}/share/koito/system/bin/ulmm.elf
    COMMENT "Packing koito-reclaim.cpio"
    VERBATIM)
add_custom_target(koito-reclaim-image ALL DEPENDS ${koito_reclaim_image})
