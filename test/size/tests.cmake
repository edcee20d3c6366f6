# The kernel's size budget (included from test/CMakeLists.txt):
#
#   size.kernel-lines        the A9N core, HAL and kernel libraries hold at most
#                            12,000 lines of code (architecture property 7)
#   size.kernel-lines-guard  the same count against a budget of one line must
#                            fail, so the check above can fail at all
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME size.kernel-lines
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/kernel_lines.py ${PROJECT_SOURCE_DIR})
add_test(NAME size.kernel-lines-guard
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/kernel_lines.py --budget 1
            ${PROJECT_SOURCE_DIR})
set_tests_properties(size.kernel-lines-guard PROPERTIES WILL_FAIL TRUE)
set_tests_properties(size.kernel-lines size.kernel-lines-guard PROPERTIES LABELS size)
