# In-guest tests, booted through PVH on microvm (registered into the host
# superbuild by test/CMakeLists.txt): every suite's tests.cmake. The programs
# are built by the guest-tests part of the superbuild, against the SDK.
set(KOITO_GUEST_BUILD ${CMAKE_BINARY_DIR}/parts/guest-tests)

file(GLOB koito_guest_test_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*/tests.cmake)
foreach(file ${koito_guest_test_files})
    include(${file})
endforeach()
