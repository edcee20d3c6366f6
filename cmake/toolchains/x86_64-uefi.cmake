# Toolchain for UEFI applications (the A9N boot loader): clang targeting
# x86_64 Windows for PE/COFF objects and the Microsoft x64 ABI that UEFI
# firmware calls, linked by lld-link as an EFI application. There is no C
# library; every part built with it is freestanding.
#
# Set KOITO_CLANG and KOITO_LLD_LINK (the superbuild passes both) to use
# another LLVM than the one on PATH.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

if(NOT KOITO_CLANG)
    set(KOITO_CLANG clang)
endif()
if(NOT KOITO_LLD_LINK)
    set(KOITO_LLD_LINK lld-link)
endif()

set(CMAKE_C_COMPILER ${KOITO_CLANG})
set(CMAKE_C_COMPILER_TARGET x86_64-unknown-windows)
set(CMAKE_LINKER ${KOITO_LLD_LINK})

# Configuration checks cannot link a UEFI application without an entry point.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

# CMake's Generic platform knows no flags for clang simulating MSVC, so the
# target and the optimisation level are given here for every build type.
# No stack probes: the loader keeps its frames small and has no __chkstk.
set(CMAKE_C_FLAGS_INIT "--target=x86_64-unknown-windows -O2 -ffreestanding -fshort-wchar \
-mno-red-zone -fno-stack-protector -mno-stack-arg-probe")
set(CMAKE_C_OUTPUT_EXTENSION .obj)
set(CMAKE_EXECUTABLE_SUFFIX .efi)

# lld-link takes MSVC-style options; the compiler driver is not involved.
set(CMAKE_C_LINK_EXECUTABLE
    "${KOITO_LLD_LINK} /nologo /machine:x64 /subsystem:efi_application /nodefaultlib <LINK_FLAGS> <OBJECTS> /out:<TARGET> <LINK_LIBRARIES>")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
