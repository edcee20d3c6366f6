# The code style check (included from test/CMakeLists.txt):
#
#   style.clang-format        every C source and header of the repository, generated ones
#                             included, is as clang-format 14 formats it with .clang-format
#   style.clang-format-guard  the check fails on a sample it must reject, so it can fail at all
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(KOITO_FORMAT_CHECK ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/format_check.py)

add_test(NAME style.clang-format COMMAND ${KOITO_FORMAT_CHECK} ${PROJECT_SOURCE_DIR})
add_test(NAME style.clang-format-guard
    COMMAND ${KOITO_FORMAT_CHECK} --sample ${CMAKE_CURRENT_LIST_DIR}/unformatted.c.in)
set_tests_properties(style.clang-format-guard PROPERTIES WILL_FAIL TRUE)
set_tests_properties(style.clang-format style.clang-format-guard PROPERTIES LABELS style)
