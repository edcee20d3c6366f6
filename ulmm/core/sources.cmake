# The sources of ULMM's core (pure logic, no kernel calls), listed once for
# the two builds that use them: the ULMM server in the guest and the host
# unit tests and fuzzer (test/host/ulmm).
set(ULMM_CORE_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ULMM_CORE_SOURCES
    ${ULMM_CORE_DIR}/backing.c
    ${ULMM_CORE_DIR}/buddy.c
    ${ULMM_CORE_DIR}/check.c
    ${ULMM_CORE_DIR}/handle.c
    ${ULMM_CORE_DIR}/meta.c
    ${ULMM_CORE_DIR}/object.c
    ${ULMM_CORE_DIR}/pagemap.c
    ${ULMM_CORE_DIR}/region.c
    ${ULMM_CORE_DIR}/session.c
    ${ULMM_CORE_DIR}/share.c)
set(ULMM_CORE_INCLUDES ${ULMM_CORE_DIR} ${ULMM_CORE_DIR}/../include)
