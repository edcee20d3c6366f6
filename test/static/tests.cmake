# Static analysis of the kernel, the UEFI loader and the shared parsers
# (included from test/CMakeLists.txt): clang-tidy (the clang static analyzer
# and the bugprone checks, as a9n/.clang-tidy says) and cppcheck over every
# C file of the kernel's and the loader's compile databases, which the
# superbuild exports. Zero findings pass; each suppression is justified where
# it stands. The guard tests run each tool on a file with known bugs and must
# fail, so the checks above can fail at all.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(KOITO_STATIC_CHECK ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/static_check.py)
set(KOITO_STATIC_PARTS ${CMAKE_BINARY_DIR}/parts/a9n ${CMAKE_BINARY_DIR}/parts/loader)

add_test(NAME static.clang-tidy COMMAND ${KOITO_STATIC_CHECK} clang-tidy ${KOITO_STATIC_PARTS})
add_test(NAME static.cppcheck COMMAND ${KOITO_STATIC_CHECK} cppcheck ${KOITO_STATIC_PARTS})
add_test(NAME static.clang-tidy-guard
    COMMAND ${KOITO_STATIC_CHECK} clang-tidy --sample ${CMAKE_CURRENT_LIST_DIR}/bad_sample.c)
add_test(NAME static.cppcheck-guard
    COMMAND ${KOITO_STATIC_CHECK} cppcheck --sample ${CMAKE_CURRENT_LIST_DIR}/bad_sample.c)
set_tests_properties(static.clang-tidy-guard static.cppcheck-guard PROPERTIES WILL_FAIL TRUE)
set_tests_properties(static.clang-tidy static.cppcheck static.clang-tidy-guard
                     static.cppcheck-guard PROPERTIES LABELS static TIMEOUT 600)
