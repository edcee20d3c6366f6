# The conformance suite in the guest: every test/conformance/<dir>/<name>.c (the same files the
# host runs against glibc, test/conformance/CMakeLists.txt) built with the KOITO toolchain as
# /conformance/<dir>/<name> of one whole-system image, whose init program, runner.c, starts each
# and reports it. Adding a file adds it here too: the directories are globbed.
set(conformance_suite ${CMAKE_CURRENT_LIST_DIR})
get_filename_component(conformance_sources ${conformance_suite}/../../conformance ABSOLUTE)
get_filename_component(conformance_check_dir ${conformance_suite}/../../host ABSOLUTE)
set(conformance_flags_c17 -std=c17)
set(conformance_flags_posix -std=c17 -D_POSIX_C_SOURCE=200809L)

koito_guest_program(conformance-runner SOURCES ${conformance_suite}/runner.c)
set(conformance_programs bin/conformance=conformance-runner)
foreach(dir c17 posix)
    file(GLOB tests CONFIGURE_DEPENDS ${conformance_sources}/${dir}/*.c)
    foreach(source ${tests})
        get_filename_component(name ${source} NAME_WE)
        set(target conformance-${dir}-${name})
        koito_guest_program(${target} SOURCES ${source})
        target_include_directories(${target} PRIVATE ${conformance_check_dir})
        target_compile_options(${target} PRIVATE ${conformance_flags_${dir}})
        list(APPEND conformance_programs conformance/${dir}/${name}=${target})
    endforeach()
endforeach()

koito_guest_system(conformance-system CONFIG ${conformance_suite}/koito.conf
    PROGRAMS ${conformance_programs}
    SERVICES posix timer)
