# The public API headers are self-contained, valid C99 and C++11, and their
# inline assembly compiles at -O0 and -O2 (the ctest api.headers-c99-cxx11).
#
#   cmake -DA9N_INCLUDE_DIR=<a9n/include> -DCLANG=<clang> -DCLANGXX=<clang++>
#         -DWORK_DIR=<scratch directory> -P check_headers.cmake
#
# 1. Every header alone in a translation unit, as C99 and as C++11, so none
#    leans on another being included first.
# 2. A unit that calls the syscall primitives and stubs with results, compiled
#    to objects at -O0 and -O2, because register pressure (eight message
#    registers bound by register variables) shows only in code generation.
foreach(variable A9N_INCLUDE_DIR CLANG CLANGXX WORK_DIR)
    if(NOT ${variable})
        message(FATAL_ERROR "check_headers.cmake: -D${variable}=... is required")
    endif()
endforeach()

set(common --target=x86_64-unknown-none-elf -ffreestanding -pedantic -Wall -Wextra -Werror
    -I ${A9N_INCLUDE_DIR})
set(c_flags -x c -std=c99 ${common})
set(cxx_flags -x c++ -std=c++11 ${common})
file(MAKE_DIRECTORY ${WORK_DIR})

function(compile what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${what} failed:\n${output}")
    endif()
    message(STATUS "ok: ${what}")
endfunction()

file(GLOB_RECURSE headers RELATIVE ${A9N_INCLUDE_DIR} ${A9N_INCLUDE_DIR}/a9n/*.h)
foreach(header ${headers})
    string(MAKE_C_IDENTIFIER ${header} unit)
    # The typedef keeps macro-only headers from making an empty unit, which -pedantic refuses.
    file(WRITE ${WORK_DIR}/${unit}.c "#include <${header}>\ntypedef int a9n_check_unit;\n")
    compile("<${header}> as C99" ${CLANG} ${c_flags} -fsyntax-only ${WORK_DIR}/${unit}.c)
    compile("<${header}> as C++11" ${CLANGXX} ${cxx_flags} -fsyntax-only ${WORK_DIR}/${unit}.c)
endforeach()

file(WRITE ${WORK_DIR}/calls.c [[
#include <a9n/a9n.h>

uint64_t a9n_check_calls(a9n_descriptor_t node, uint64_t *words)
{
    enum a9n_object_type type = A9N_OBJECT_NONE;
    a9n_rights_t rights = 0;
    uint64_t badge = 0;
    uint64_t sum = a9n_yield() + a9n_debug_write(0, words, 8) +
                   a9n_capability_call(A9N_DESCRIPTOR_ROOT, words[0], words);
    sum += a9n_node_inspect(node, a9n_descriptor_child(A9N_DESCRIPTOR_ROOT, 4, 3), &type,
                            &rights, &badge);
    sum += a9n_generic_get_info(words[1], &words[2], 0, &words[3]);
    return sum + (uint64_t)type + rights + badge;
}
]])
foreach(level -O0 -O2)
    compile("calls at ${level} as C99" ${CLANG} ${c_flags} ${level} -c ${WORK_DIR}/calls.c
            -o ${WORK_DIR}/calls-c${level}.o)
    compile("calls at ${level} as C++11" ${CLANGXX} ${cxx_flags} ${level} -c ${WORK_DIR}/calls.c
            -o ${WORK_DIR}/calls-cxx${level}.o)
endforeach()
