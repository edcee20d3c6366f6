# Whole-system guest suites: a test program (or several) that runs on KOITO init, ULMM and the
# SDK's servers, booted from a boot configuration of the suite's own. Included by
# test/guest/CMakeLists.txt before the suites.
#
#   koito_guest_program(<name> SOURCES <file>... [LIBRARIES <target>...])
#       <name>.elf, linked with libkoito and KOITO-libc (and LIBRARIES), warnings as errors;
#       relinked when the SDK's libc, libkoito, crt0 or linker script change.
#   koito_guest_system(<name> CONFIG <file>
#                      [PROGRAMS <path>=<target>...]   # this project's programs
#                      [SERVICES <service>...]         # the SDK's servers, as bin/<service>
#                      [SYSTEM <program>...]           # the SDK's system programs, as bin/<program>
#                      [FILES <path>=<file>...])       # data files
#       packs <name>.cpio (target <name>-image, part of `all`): KOITO init, CONFIG as
#       etc/koito.conf, ULMM as bin/ulmm, each PROGRAMS target at its initrd <path>, each
#       SERVICES entry (posix, timer, ...) from the SDK's share/koito/boot/koito-<service>.elf,
#       each SYSTEM entry (koito-sh, cat, ...) from share/koito/system/bin/<program>.elf, each
#       FILES entry at its <path>. tests.cmake boots it with koito-run.
function(koito_guest_program name)
    cmake_parse_arguments(PROGRAM "" "" "SOURCES;LIBRARIES" ${ARGN})
    koito_add_program(${name} SOURCES ${PROGRAM_SOURCES} LIBRARIES ${PROGRAM_LIBRARIES})
    target_compile_options(${name} PRIVATE -Wall -Wextra -Werror)
    set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS "${KOITO_SYSROOT}/lib/libc.a")
endfunction()

function(koito_guest_system name)
    cmake_parse_arguments(SYSTEM "" "CONFIG" "PROGRAMS;SERVICES;SYSTEM;FILES" ${ARGN})
    if(NOT SYSTEM_CONFIG OR SYSTEM_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "koito_guest_system(${name}): CONFIG is required; "
                            "unknown arguments: ${SYSTEM_UNPARSED_ARGUMENTS}")
    endif()
    set(boot ${KOITO_SDK_PREFIX}/share/koito/boot)
    set(system_bin ${KOITO_SDK_PREFIX}/share/koito/system/bin)
    set(pack --config ${SYSTEM_CONFIG})
    set(depends ${SYSTEM_CONFIG} ${KOITO_MKIMAGE} ${boot}/koito-init.elf ${system_bin}/ulmm.elf)
    foreach(entry ${SYSTEM_PROGRAMS})
        if(NOT entry MATCHES "^([^=]+)=(.+)$")
            message(FATAL_ERROR "koito_guest_system(${name}): PROGRAMS wants <path>=<target>")
        endif()
        list(APPEND pack --add "${CMAKE_MATCH_1}=$<TARGET_FILE:${CMAKE_MATCH_2}>")
        list(APPEND depends ${CMAKE_MATCH_2})
    endforeach()
    foreach(service ${SYSTEM_SERVICES})
        list(APPEND pack --add bin/${service}=${boot}/koito-${service}.elf)
        list(APPEND depends ${boot}/koito-${service}.elf)
    endforeach()
    foreach(program ${SYSTEM_SYSTEM})
        list(APPEND pack --add bin/${program}=${system_bin}/${program}.elf)
        list(APPEND depends ${system_bin}/${program}.elf)
    endforeach()
    foreach(entry ${SYSTEM_FILES})
        if(NOT entry MATCHES "^([^=]+)=(.+)$")
            message(FATAL_ERROR "koito_guest_system(${name}): FILES wants <path>=<file>")
        endif()
        list(APPEND pack --add "${entry}")
        list(APPEND depends ${CMAKE_MATCH_2})
    endforeach()
    set(image ${CMAKE_CURRENT_BINARY_DIR}/${name}.cpio)
    add_custom_command(OUTPUT ${image}
        COMMAND ${KOITO_MKIMAGE} ${pack} -o ${image}
        DEPENDS ${depends}
        COMMENT "Packing ${name}.cpio"
        VERBATIM)
    add_custom_target(${name}-image ALL DEPENDS ${image})
endfunction()
