# Programs of the interrupt session (test/session/interrupts.txt, run on the SDK's default
# system): sigint-report catches SIGINT and reports each ^C typed while it runs.
add_executable(sigint-report ${CMAKE_CURRENT_LIST_DIR}/sigint_report.c)
target_link_libraries(sigint-report PRIVATE Koito::c)
target_compile_options(sigint-report PRIVATE -Wall -Wextra -Werror)
