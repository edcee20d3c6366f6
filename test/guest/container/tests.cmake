# The container suite (suite.cmake builds it): both trees ran every test and passed, each in its
# own POSIX server's world (their lines interleave: A's suite waits while B's runs).
add_test(NAME guest.container
    COMMAND ${KOITO_RUN} --timeout 300
        --expect "# suite container-a: 6 tests" --expect "# suite container-b: 6 tests"
        --expect "6 passed, 0 failed"
        --reject-match "[1-9][0-9]* failed"
        ${KOITO_GUEST_BUILD}/container-system.cpio)
