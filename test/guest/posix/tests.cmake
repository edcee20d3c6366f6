# The POSIX server suite (suite.cmake builds it): every one of the program's suites ran and
# passed (each prints its own closing line), and what it wrote to its standard output descriptor
# through the server reached the console.
add_test(NAME guest.posix-files
    COMMAND ${KOITO_RUN} --timeout 300
        --expect-match "# suite posix-files: .*# suite posix-attributes: .*# suite posix-processes: .*# suite posix-groups: .*# suite posix-pipes: .*# suite posix-handoff: .*# suite posix-poll: .*# suite posix-shell: .*# suite posix-mmap: .*# suite posix-at: .*# suite posix-proc: .* passed, 0 failed"
        --reject-match "[1-9][0-9]* failed" --expect "written through the server"
        ${KOITO_GUEST_BUILD}/posix-system.cpio)
