# The conformance suite (suite.cmake builds it): every test program exited with status 0.
add_test(NAME guest.conformance
    COMMAND ${KOITO_RUN} --timeout 600 --memory 512M
        --expect-match "# conformance: [1-9][0-9]* passed, 0 failed"
        --reject-match "not ok [0-9]"
        ${KOITO_GUEST_BUILD}/conformance-system.cpio)
set_tests_properties(guest.conformance PROPERTIES TIMEOUT 600)
