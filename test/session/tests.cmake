# The scripted interactive session (issue 15, included by test/CMakeLists.txt):
# the SDK's default system booted through PVH with koito-sh on the console;
# run-session.py types the commands of session.txt at the prompt and checks
# that each printed what the transcript says, and that `exit 7` ended the
# system with status 7.
add_test(NAME session.koito-sh
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-session.py
            --mkimage ${KOITO_MKIMAGE} --run ${KOITO_RUN} --status 7
            ${CMAKE_CURRENT_LIST_DIR}/session.txt)
set_tests_properties(session.koito-sh PROPERTIES LABELS session TIMEOUT 180
    RESOURCE_LOCK koito-qemu)

# The utilities against the host's coreutils in the guest (issue 15):
# run-differential.py runs differential.sh in the default system under
# koito-sh (its input files from differential/ in the image) and on the host
# under dash with Debian's coreutils and grep, and compares the two outputs
# byte for byte (its header names the few normalisations).
find_program(KOITO_DASH dash)
add_test(NAME session.utilities-differential
    COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-differential.py
            --mkimage ${KOITO_MKIMAGE} --run ${KOITO_RUN} --dash ${KOITO_DASH}
            ${CMAKE_CURRENT_LIST_DIR}/differential.sh ${CMAKE_CURRENT_LIST_DIR}/differential)
set_tests_properties(session.utilities-differential PROPERTIES LABELS session TIMEOUT 400
    RESOURCE_LOCK koito-qemu)
