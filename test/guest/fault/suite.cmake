# The fault probe: commits the fault the kernel command line names.
koito_add_app(fault-probe RAW SOURCES ${CMAKE_CURRENT_LIST_DIR}/main.c)
target_compile_options(fault-probe PRIVATE -Werror)
