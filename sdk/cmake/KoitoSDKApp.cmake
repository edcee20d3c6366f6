# koito_add_app(), koito_add_program(), koito_add_system(): build KOITO
# programs and their bootable images (SDK, part of the KoitoSDK CMake package).
#
#   koito_add_app(<name> SOURCES <file>...
#                 [LIBRARIES <target>...]   # linked besides Koito::koito and Koito::c
#                 [ARGS <text>]             # its arguments after its name
#                 [RAW]                     # pack it as the kernel's root program, alone
#                 [DISK_IMAGE]              # also pack <name>.img (UEFI, needs the loader)
#                 [CMDLINE <text>])         # kernel command line baked into <name>.img
#
# Builds <name>.elf and adds the target <name>-image (part of `all`), which packs
# <name>.cpio, an initrd for a PVH boot:
#   koito-run <name>.cpio
# By default the image is the whole system: KOITO init starts the app as its
# init program (koito-mkimage --app), and the run ends with the app's status.
# RAW packs the app as the kernel's only program instead, as kernel tests run.

# koito_add_program(): just the executable <name>.elf, linked with libkoito and
# KOITO-libc (for koito_add_system, or a custom image).
#
#   koito_add_program(<name> SOURCES <file>... [LIBRARIES <target>...])
function(koito_add_program name)
    cmake_parse_arguments(PROGRAM "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${PROGRAM_SOURCES})
    target_link_libraries(${name} PRIVATE ${PROGRAM_LIBRARIES} Koito::koito Koito::c)
    # koito-cc links these itself; relink when the SDK changes under the program.
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS
        "${KOITO_SYSROOT}/lib/koito.ld" "${KOITO_SYSROOT}/lib/crt0.o")
    if(EXISTS "${KOITO_SYSROOT}/lib/libkoito.a")
        set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS "${KOITO_SYSROOT}/lib/libkoito.a")
    endif()
endfunction()

# koito_add_app(): see the top of this file.
function(koito_add_app name)
    cmake_parse_arguments(APP "DISK_IMAGE;RAW" "CMDLINE;ARGS" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT APP_SOURCES)
        message(FATAL_ERROR "koito_add_app(${name}): SOURCES is required")
    endif()
    if(APP_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_add_app(${name}): unknown arguments ${APP_UNPARSED_ARGUMENTS}")
    endif()

    koito_add_program(${name} SOURCES ${APP_SOURCES} LIBRARIES ${APP_LIBRARIES})

    # A whole-system image is packed again when KOITO init changes.
    set(init)
    if(APP_RAW)
        set(pack --raw --app "$<TARGET_FILE:${name}>")
    else()
        set(init "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf")
        set(pack --app "$<TARGET_FILE:${name}>")
        if(APP_ARGS)
            list(APPEND pack --args "${APP_ARGS}")
        endif()
    endif()
    set(cpio "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio")
    add_custom_command(OUTPUT "${cpio}"
        COMMAND "${KOITO_MKIMAGE}" ${pack} -o "${cpio}"
        DEPENDS ${name} "${KOITO_MKIMAGE}" ${init}
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    set(images "${cpio}")

    if(APP_DISK_IMAGE)
        set(img "${CMAKE_CURRENT_BINARY_DIR}/${name}.img")
        add_custom_command(OUTPUT "${img}"
            COMMAND "${KOITO_MKIMAGE}" ${pack} --cmdline "${APP_CMDLINE}" -o "${img}"
            DEPENDS ${name} "${KOITO_MKIMAGE}" ${init}
            COMMENT "Packing ${name}.img"
            VERBATIM)
        list(APPEND images "${img}")
    endif()

    add_custom_target(${name}-image ALL DEPENDS ${images})
endfunction()

# koito_add_system(): pack a system of several programs and a boot
# configuration (SDK, part of the KoitoSDK CMake package).
#
#   koito_add_system(<name> CONFIG <file>
#                    PROGRAMS <target>...)   # executables of this project
#
# Adds the target <name>-image (part of `all`), which packs <name>.cpio: KOITO
# init, <file> as its boot configuration etc/koito.conf, and each program as
# bin/<target>, the path the configuration names it by. Boot it with
#   koito-run <name>.cpio
# The configuration's init program (role = init) ends the run with its status.
function(koito_add_system name)
    cmake_parse_arguments(SYSTEM "" "CONFIG" "PROGRAMS" ${ARGN})
    if(NOT SYSTEM_CONFIG OR NOT SYSTEM_PROGRAMS)
        message(FATAL_ERROR "koito_add_system(${name}): CONFIG and PROGRAMS are required")
    endif()
    if(SYSTEM_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_add_system(${name}): unknown arguments ${SYSTEM_UNPARSED_ARGUMENTS}")
    endif()
    get_filename_component(config "${SYSTEM_CONFIG}" ABSOLUTE)
    set(adds)
    foreach(program ${SYSTEM_PROGRAMS})
        list(APPEND adds --add "bin/${program}=$<TARGET_FILE:${program}>")
    endforeach()
    set(cpio "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio")
    add_custom_command(OUTPUT "${cpio}"
        COMMAND "${KOITO_MKIMAGE}" --config "${config}" ${adds} -o "${cpio}"
        DEPENDS ${SYSTEM_PROGRAMS} "${config}" "${KOITO_MKIMAGE}"
                "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf"
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    add_custom_target(${name}-image ALL DEPENDS "${cpio}")
endfunction()
