# The POSIX server suite (suite.cmake builds it): the program's tests pass, and what it wrote
# to its standard output descriptor through the server reached the console.
add_test(NAME guest.posix-files
    COMMAND ${KOITO_RUN} --timeout 300 --expect " 0 failed" --expect "written through the server"
        ${KOITO_GUEST_BUILD}/posix-system.cpio)
