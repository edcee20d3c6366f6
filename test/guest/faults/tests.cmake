# The faults suite (suite.cmake builds it): every test passed.
add_test(NAME guest.faults
    COMMAND ${KOITO_RUN} --timeout 300 --expect-match "# suite faults: .* passed, 0 failed"
        --reject-match "[1-9][0-9]* failed"
        ${KOITO_GUEST_BUILD}/faults-system.cpio)
