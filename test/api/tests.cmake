# Tests of the API definition a9n/api/a9n_api.json (included from
# test/CMakeLists.txt in the host superbuild):
#
#   api.generated-up-to-date  the committed headers, stubs and kernel table are
#                             what a9n/api/generate.py makes of the definition
#   api.headers-c99-cxx11     every public header compiles alone as C99 and as
#                             C++11, and the stubs' assembly at -O0 and -O2
find_package(Python3 REQUIRED COMPONENTS Interpreter)
# The headers are checked for the kernel's target, which needs clang; prefer the
# one that builds the host tests and look for clang++ beside it.
if(CMAKE_C_COMPILER_ID MATCHES "Clang")
    set(koito_api_clang ${CMAKE_C_COMPILER})
    get_filename_component(koito_api_hint ${CMAKE_C_COMPILER} DIRECTORY)
else()
    find_program(koito_api_clang NAMES clang REQUIRED)
    set(koito_api_hint "")
endif()
find_program(KOITO_API_CLANGXX NAMES clang++ HINTS ${koito_api_hint} REQUIRED)

set(KOITO_API_DIR ${PROJECT_SOURCE_DIR}/a9n/api)

add_test(NAME api.generated-up-to-date
    COMMAND ${Python3_EXECUTABLE} ${KOITO_API_DIR}/generate.py --check)

add_test(NAME api.headers-c99-cxx11
    COMMAND ${CMAKE_COMMAND}
            -DA9N_INCLUDE_DIR=${PROJECT_SOURCE_DIR}/a9n/include
            -DCLANG=${koito_api_clang}
            -DCLANGXX=${KOITO_API_CLANGXX}
            -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/api-headers
            -P ${KOITO_API_DIR}/check_headers.cmake)

set_tests_properties(api.generated-up-to-date api.headers-c99-cxx11 PROPERTIES LABELS api)
