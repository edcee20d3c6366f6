# koito_add_app(), koito_add_program(), koito_add_system(): build KOITO
# programs and their bootable images (SDK, part of the KoitoSDK CMake package).
#
#   koito_add_app(<name> SOURCES <file>...
#                 [LIBRARIES <target>...]   # linked besides Koito::koito and Koito::c
#                 [ARGS <text>]             # the init program's arguments after its name
#                 [PROGRAMS <program>...]   # more programs started beside it
#                 [FILES <path>=<file>...]  # more files in the initrd
#                 [INIT <program>]          # another init program; the app starts beside it
#                 [SHELL]                   # boot into koito-sh, the app and PROGRAMS in /bin
#                 [RAW]                     # pack it as the kernel's only program, alone
#                 [DISK_IMAGE]              # also pack <name>.img (UEFI, needs the loader)
#                 [CMDLINE <text>])         # kernel command line baked into <name>.img
#
# Builds <name>.elf and adds the target <name>-image (part of `all`), which packs
# <name>.cpio, an initrd for a PVH boot:
#   koito-run <name>.cpio
# By default the image is the whole system: KOITO init starts the app as its
# init program (koito-mkimage --app), and the run ends with the app's status.
# INIT makes <program> (a target, or a program file such as one of the SDK's in
# ${KOITO_SYSTEM_BIN}) the init program instead, and the app starts beside it
# like a PROGRAMS entry; ARGS are then <program>'s arguments.
# SHELL packs the SDK's default system (its configuration and programs:
# ULMM, the console, the POSIX server, the utilities) whose init program is
# koito-sh, the shell, and puts the app and each PROGRAMS entry into /bin
# without starting them: the app runs when typed at the prompt (or from
# FILES etc/koito-sh.rc=<script>, which the shell runs before its first
# prompt). The run ends when the shell exits.
# RAW packs the app as the kernel's only program instead, as kernel tests run.
#
# A <program> is a target of this project (an executable from
# koito_add_program) or the path of a program file, such as one of the SDK's
# own in ${KOITO_SYSTEM_BIN}; it goes in as bin/<name> (the file name
# without .elf). FILES puts <file> (relative to the current source directory)
# into the initrd as <path> (relative, for example share/motd.txt).

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

# _koito_program_file(<out-var> <program>): the file of a <program>, a target
# of this project or a file path.
function(_koito_program_file out program)
    if(TARGET ${program})
        set(${out} "$<TARGET_FILE:${program}>" PARENT_SCOPE)
    else()
        get_filename_component(file "${program}" ABSOLUTE)
        if(NOT EXISTS "${file}")
            message(FATAL_ERROR "KOITO SDK: '${program}' is neither a target nor a program file")
        endif()
        set(${out} "${file}" PARENT_SCOPE)
    endif()
endfunction()

# _koito_bin_name(<out-var> <program>): the name a <program> runs under,
# bin/<name> in the initrd: the target's name, or the file's without .elf.
function(_koito_bin_name out program)
    if(TARGET ${program})
        set(${out} ${program} PARENT_SCOPE)
    else()
        get_filename_component(name "${program}" NAME)
        string(REGEX REPLACE "\\.elf$" "" name "${name}")
        set(${out} ${name} PARENT_SCOPE)
    endif()
endfunction()

# _koito_image_inputs(<prefix> PROGRAMS <program>... FILES <path>=<file>...):
# sets <prefix>_ARGS (koito-mkimage options: --program for each program,
# --add for each file) and <prefix>_DEPENDS (what the image is packed from).
function(_koito_image_inputs prefix)
    cmake_parse_arguments(INPUTS "" "" "PROGRAMS;FILES" ${ARGN})
    set(args)
    set(depends)
    foreach(program ${INPUTS_PROGRAMS})
        _koito_program_file(file ${program})
        list(APPEND args --program "${file}")
        list(APPEND depends ${program})
    endforeach()
    foreach(entry ${INPUTS_FILES})
        if(NOT entry MATCHES "^([^=]+)=(.+)$")
            message(FATAL_ERROR "KOITO SDK: FILES wants <path>=<file>, got '${entry}'")
        endif()
        set(path "${CMAKE_MATCH_1}")
        get_filename_component(file "${CMAKE_MATCH_2}" ABSOLUTE)
        list(APPEND args --add "${path}=${file}")
        list(APPEND depends "${file}")
    endforeach()
    set(${prefix}_ARGS "${args}" PARENT_SCOPE)
    set(${prefix}_DEPENDS "${depends}" PARENT_SCOPE)
endfunction()

# koito_add_app(): see the top of this file.
function(koito_add_app name)
    cmake_parse_arguments(APP "DISK_IMAGE;RAW;SHELL" "CMDLINE;ARGS;INIT"
        "SOURCES;LIBRARIES;PROGRAMS;FILES" ${ARGN})
    if(NOT APP_SOURCES)
        message(FATAL_ERROR "koito_add_app(${name}): SOURCES is required")
    endif()
    if(APP_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_add_app(${name}): unknown arguments ${APP_UNPARSED_ARGUMENTS}")
    endif()
    if(APP_RAW AND (APP_PROGRAMS OR APP_FILES OR APP_ARGS OR APP_INIT OR APP_SHELL))
        message(FATAL_ERROR
            "koito_add_app(${name}): a RAW app runs alone: no PROGRAMS, FILES, ARGS, INIT or SHELL")
    endif()
    if(APP_SHELL AND (APP_INIT OR APP_ARGS))
        message(FATAL_ERROR "koito_add_app(${name}): with SHELL the shell is the init program: "
            "no INIT or ARGS (run the app from the prompt or from etc/koito-sh.rc)")
    endif()

    koito_add_program(${name} SOURCES ${APP_SOURCES} LIBRARIES ${APP_LIBRARIES})

    # A whole-system image is packed again when KOITO init (and, with SHELL,
    # the default system's configuration or shell) changes.
    set(init)
    set(depends)
    set(extra_ARGS)
    set(extra_DEPENDS)
    if(APP_RAW)
        set(pack --raw --app "$<TARGET_FILE:${name}>")
    elseif(APP_SHELL)
        # No --app and no --config: koito-mkimage packs the SDK's default system,
        # and every program goes into /bin beside its own.
        set(init "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf"
                 "${KOITO_SDK_PREFIX}/share/koito/system/etc/koito.conf"
                 "${KOITO_SYSTEM_BIN}/koito-sh.elf")
        set(pack)
        foreach(program ${name} ${APP_PROGRAMS})
            _koito_program_file(file ${program})
            _koito_bin_name(bin_name ${program})
            list(APPEND pack --add "bin/${bin_name}=${file}")
            list(APPEND depends ${program})
        endforeach()
        _koito_image_inputs(extra FILES ${APP_FILES})
    elseif(APP_INIT)
        set(init "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf")
        _koito_program_file(init_file ${APP_INIT})
        set(pack --app "${init_file}" --program "$<TARGET_FILE:${name}>")
        list(APPEND depends ${APP_INIT})
        if(APP_ARGS)
            list(APPEND pack --args "${APP_ARGS}")
        endif()
        _koito_image_inputs(extra PROGRAMS ${APP_PROGRAMS} FILES ${APP_FILES})
    else()
        set(init "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf")
        set(pack --app "$<TARGET_FILE:${name}>")
        if(APP_ARGS)
            list(APPEND pack --args "${APP_ARGS}")
        endif()
        _koito_image_inputs(extra PROGRAMS ${APP_PROGRAMS} FILES ${APP_FILES})
    endif()
    list(APPEND pack ${extra_ARGS})
    list(APPEND depends ${name} ${extra_DEPENDS} "${KOITO_MKIMAGE}" ${init})

    set(cpio "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio")
    add_custom_command(OUTPUT "${cpio}"
        COMMAND "${KOITO_MKIMAGE}" ${pack} -o "${cpio}"
        DEPENDS ${depends}
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    set(images "${cpio}")

    if(APP_DISK_IMAGE)
        set(img "${CMAKE_CURRENT_BINARY_DIR}/${name}.img")
        add_custom_command(OUTPUT "${img}"
            COMMAND "${KOITO_MKIMAGE}" ${pack} --cmdline "${APP_CMDLINE}" -o "${img}"
            DEPENDS ${depends}
            COMMENT "Packing ${name}.img"
            VERBATIM)
        list(APPEND images "${img}")
    endif()

    add_custom_target(${name}-image ALL DEPENDS ${images})
endfunction()

# koito_add_system(): pack a system of several programs, files and a boot
# configuration (SDK, part of the KoitoSDK CMake package).
#
#   koito_add_system(<name> CONFIG <file>         # a boot configuration of your own
#                    PROGRAMS <program>...        # the programs it names
#                    [FILES <path>=<file>...])
#   koito_add_system(<name> INIT <program>        # generated configuration: INIT is
#                    [ARGS <text>]                #   the init program, with ARGS,
#                    [PROGRAMS <program>...]      #   the others start beside it
#                    [FILES <path>=<file>...])
#
# Adds the target <name>-image (part of `all`), which packs <name>.cpio: KOITO
# init, the boot configuration etc/koito.conf, each program as bin/<name> (the
# path the configuration names it by), and each file as <path>. Boot it with
#   koito-run <name>.cpio
# The configuration's init program (role = init) ends the run with its status.
# The INIT form chooses the init program (one of your targets, or one of the
# SDK's programs in ${KOITO_SYSTEM_BIN}) without writing a configuration.
function(koito_add_system name)
    cmake_parse_arguments(SYSTEM "" "CONFIG;INIT;ARGS" "PROGRAMS;FILES" ${ARGN})
    if(SYSTEM_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_add_system(${name}): unknown arguments ${SYSTEM_UNPARSED_ARGUMENTS}")
    endif()
    if((SYSTEM_CONFIG AND SYSTEM_INIT) OR (NOT SYSTEM_CONFIG AND NOT SYSTEM_INIT))
        message(FATAL_ERROR "koito_add_system(${name}): give CONFIG or INIT (not both)")
    endif()
    if(SYSTEM_CONFIG AND (NOT SYSTEM_PROGRAMS OR SYSTEM_ARGS))
        message(FATAL_ERROR "koito_add_system(${name}): CONFIG wants PROGRAMS and takes no ARGS")
    endif()

    _koito_image_inputs(extra PROGRAMS ${SYSTEM_PROGRAMS} FILES ${SYSTEM_FILES})
    if(SYSTEM_CONFIG)
        # The configuration names the programs: pack them as bin/<name>.
        get_filename_component(config "${SYSTEM_CONFIG}" ABSOLUTE)
        set(pack --config "${config}")
        foreach(program ${SYSTEM_PROGRAMS})
            _koito_program_file(file ${program})
            _koito_bin_name(program_name ${program})
            list(APPEND pack --add "bin/${program_name}=${file}")
        endforeach()
        foreach(entry ${SYSTEM_FILES})
            string(REGEX MATCH "^([^=]+)=(.+)$" entry "${entry}")
            get_filename_component(file "${CMAKE_MATCH_2}" ABSOLUTE)
            list(APPEND pack --add "${CMAKE_MATCH_1}=${file}")
        endforeach()
        list(APPEND extra_DEPENDS "${config}")
    else()
        _koito_program_file(init_file ${SYSTEM_INIT})
        set(pack --app "${init_file}")
        if(SYSTEM_ARGS)
            list(APPEND pack --args "${SYSTEM_ARGS}")
        endif()
        list(APPEND pack ${extra_ARGS})
        list(APPEND extra_DEPENDS ${SYSTEM_INIT})
    endif()

    set(cpio "${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio")
    add_custom_command(OUTPUT "${cpio}"
        COMMAND "${KOITO_MKIMAGE}" ${pack} -o "${cpio}"
        DEPENDS ${extra_DEPENDS} "${KOITO_MKIMAGE}"
                "${KOITO_SDK_PREFIX}/share/koito/boot/koito-init.elf"
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    add_custom_target(${name}-image ALL DEPENDS "${cpio}")
endfunction()
