# CMake toolchain file for KOITO user programs (SDK, installed as
# lib/cmake/KoitoSDK/koito-toolchain.cmake).
#
#   cmake -DCMAKE_TOOLCHAIN_FILE=<sdk>/lib/cmake/KoitoSDK/koito-toolchain.cmake ...
#
# The C compiler is the SDK's koito-cc wrapper, not clang itself: the wrapper is
# the one place that knows the target, the sysroot, the code-generation flags
# and the link line (crt0.o, libc, koito.ld), so CMake and Make builds produce
# the same objects and this file stays free of flags. The SDK prefix is found
# from this file's location, so the tree can be installed or moved anywhere.
get_filename_component(_koito_sdk_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(CMAKE_C_COMPILER "${_koito_sdk_prefix}/bin/koito-cc")
set(CMAKE_ASM_COMPILER "${_koito_sdk_prefix}/bin/koito-cc")
set(CMAKE_EXECUTABLE_SUFFIX_C .elf)
set(CMAKE_EXECUTABLE_SUFFIX_ASM .elf)
# No C library exists yet while the SDK's own libc is being built, so checks
# must not try to link.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
find_program(CMAKE_AR NAMES llvm-ar-14 llvm-ar ar)
find_program(CMAKE_RANLIB NAMES llvm-ranlib-14 llvm-ranlib ranlib)

# Applications get -Wall; the SDK's own parts add -Wextra -Werror themselves.
set(CMAKE_C_FLAGS_INIT "-Wall")

# Libraries and headers come from the sysroot only; programs from the host.
set(CMAKE_FIND_ROOT_PATH "${_koito_sdk_prefix}/x86_64-koito")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# The SDK's own CMake package lives beside this file, outside the sysroot.
set(KoitoSDK_DIR "${CMAKE_CURRENT_LIST_DIR}")
