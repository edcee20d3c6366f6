# koito_add_app(): build a KOITO program and its bootable images (SDK, part of
# the KoitoSDK CMake package).
#
#   koito_add_app(<name> SOURCES <file>...
#                 [LIBRARIES <target>...]   # linked besides Koito::c
#                 [DISK_IMAGE]              # also pack <name>.img (UEFI, needs the loader)
#                 [CMDLINE <text>])         # kernel command line baked into <name>.img
#
# Builds <name>.elf and adds the target <name>-image (part of `all`), which packs
# <name>.cpio, an initrd for a PVH boot with the program as the root program:
#   koito-run <name>.cpio
# The walking-skeleton kernel starts exactly one user program, the root
# program, so an app runs in that place until KOITO can spawn programs.
function(koito_add_app name)
    cmake_parse_arguments(APP "DISK_IMAGE" "CMDLINE" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT APP_SOURCES)
        message(FATAL_ERROR "koito_add_app(${name}): SOURCES is required")
    endif()
    if(APP_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_add_app(${name}): unknown arguments ${APP_UNPARSED_ARGUMENTS}")
    endif()

    add_executable(${name} ${APP_SOURCES})
    target_link_libraries(${name} PRIVATE Koito::c ${APP_LIBRARIES})
    # koito-cc links these itself; relink when the SDK changes under the app.
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS
        "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o")

    set(cpio "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio")
    add_custom_command(OUTPUT "${cpio}"
        COMMAND "${KOITO_MKIMAGE}" --root "$<TARGET_FILE:${name}>" -o "${cpio}"
        DEPENDS ${name} "${KOITO_MKIMAGE}"
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    set(images "${cpio}")

    if(APP_DISK_IMAGE)
        set(img "${CMAKE_CURRENT_BINARY_DIR}/${name}.img")
        add_custom_command(OUTPUT "${img}"
            COMMAND "${KOITO_MKIMAGE}" --root "$<TARGET_FILE:${name}>"
                    --cmdline "${APP_CMDLINE}" -o "${img}"
            DEPENDS ${name} "${KOITO_MKIMAGE}"
            COMMENT "Packing ${name}.img"
            VERBATIM)
        list(APPEND images "${img}")
    endif()

    add_custom_target(${name}-image ALL DEPENDS ${images})
endfunction()
