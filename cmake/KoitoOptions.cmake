# Options and shared locations of the KOITO superbuild.
#
# The cross compiler is clang (Debian's default, clang 14) with lld; both can
# be overridden so the build also works with a newer LLVM.

set(KOITO_CLANG "clang" CACHE STRING "clang used to cross-compile the kernel, loader and user code")
set(KOITO_LLD "ld.lld" CACHE STRING "ELF linker (lld) for the kernel and user code")
set(KOITO_LLD_LINK "lld-link" CACHE STRING "PE/COFF linker (lld-link) for the UEFI loader")
set(KOITO_QEMU "qemu-system-x86_64" CACHE STRING "QEMU used by the demo and the guest tests")
set(KOITO_OVMF_CODE "/usr/share/OVMF/OVMF_CODE_4M.fd" CACHE FILEPATH "OVMF firmware code")
set(KOITO_OVMF_VARS "/usr/share/OVMF/OVMF_VARS_4M.fd" CACHE FILEPATH "OVMF variable store template")
option(KOITO_DEBUG_CALL "Build the kernel with the debug kernel call (console output)" ON)

# Where every part installs: this tree is the SDK.
set(KOITO_SDK_STAGE "${CMAKE_BINARY_DIR}/sdk" CACHE INTERNAL "")
set(KOITO_SDK_TOOLCHAIN "${KOITO_SDK_STAGE}/lib/cmake/KoitoSDK/koito-toolchain.cmake" CACHE INTERNAL "")
