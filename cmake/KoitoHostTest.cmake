# Host unit tests and fuzzers: code shared with the kernel, loader or libc,
# built for the host with AddressSanitizer and UndefinedBehaviorSanitizer.
#
#   koito_host_test(<name> SOURCES <file>... [INCLUDES <dir>...])
#       an executable registered with ctest as host.<name>
#   koito_host_fuzzer(<name> SOURCES <file>... [INCLUDES <dir>...] RUNS <n> [CORPUS <dir>])
#       a libFuzzer target (clang only) run as fuzz.<name>; it first replays every
#       input in CORPUS (checked-in regression inputs: crashes found once, kept so
#       they stay fixed), then runs RUNS inputs from seed 1, starting each time from
#       an empty <name>-corpus in the build tree, so every machine runs the same
#       inputs and a failure one machine finds every machine finds. A time cap
#       (60 s) only ever cuts that same sequence short on a slow
#       machine. Any crash goes to <name>-crash-* in the build tree, never the
#       source tree

set(KOITO_HOST_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all)
set(KOITO_HOST_WARNINGS -Wall -Wextra -Werror)

function(koito_host_test name)
    cmake_parse_arguments(T "" "" "SOURCES;INCLUDES" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_include_directories(${name} PRIVATE ${T_INCLUDES} ${KOITO_TEST_SUPPORT_DIR})
    target_compile_options(${name} PRIVATE ${KOITO_HOST_WARNINGS} ${KOITO_HOST_SANITIZERS}
                                           -fno-omit-frame-pointer -g)
    target_link_options(${name} PRIVATE ${KOITO_HOST_SANITIZERS})
    add_test(NAME host.${name} COMMAND ${name})
endfunction()

function(koito_host_fuzzer name)
    cmake_parse_arguments(F "" "RUNS;CORPUS" "SOURCES;INCLUDES" ${ARGN})
    if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
        message(STATUS "fuzzer ${name} skipped: libFuzzer needs clang as the host compiler")
        return()
    endif()
    if(NOT F_RUNS)
        message(FATAL_ERROR "fuzzer ${name}: RUNS <n> is required")
    endif()
    add_executable(${name} ${F_SOURCES})
    target_include_directories(${name} PRIVATE ${F_INCLUDES})
    target_compile_options(${name} PRIVATE ${KOITO_HOST_WARNINGS} -fsanitize=fuzzer,address,undefined
                                           -fno-sanitize-recover=all -g)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    set(found_corpus ${CMAKE_CURRENT_BINARY_DIR}/${name}-corpus)
    add_test(NAME fuzz.${name}
             COMMAND sh -c "rm -rf \"$1\" && mkdir \"$1\" && shift && exec \"$@\"" fuzz
                     ${found_corpus} $<TARGET_FILE:${name}> -runs=${F_RUNS} -seed=1
                     -max_total_time=60 -artifact_prefix=${CMAKE_CURRENT_BINARY_DIR}/${name}-
                     ${found_corpus} ${F_CORPUS})
endfunction()
