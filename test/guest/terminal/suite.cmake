# Programs of the interrupt session (test/session/interrupts.txt, run on the SDK's default
# system): sigint-report catches SIGINT and reports each ^C typed while it runs; console-reader
# checks that a reader killed while it waits for a console line leaves the next line alone.
add_executable(sigint-report ${CMAKE_CURRENT_LIST_DIR}/sigint_report.c)
target_link_libraries(sigint-report PRIVATE Koito::c)
target_compile_options(sigint-report PRIVATE -Wall -Wextra -Werror)
# console-reader kills a copy of itself that waits for a console line, then reads the next line.
add_executable(console-reader ${CMAKE_CURRENT_LIST_DIR}/console_reader.c)
target_link_libraries(console-reader PRIVATE Koito::c)
target_compile_options(console-reader PRIVATE -Wall -Wextra -Werror)
