# koito_add_part(): one cross-compiled part of the superbuild as an ExternalProject.
#
#   koito_add_part(<name> SOURCE_DIR <dir> [TOOLCHAIN <file>] [DEPENDS <part>...] [NO_INSTALL])
#
# Each part is configured with the given toolchain file, built in
# ${CMAKE_BINARY_DIR}/parts/<name>, rebuilt on every build (so edits are always
# picked up; ninja makes that cheap) and installed into ${KOITO_SDK_STAGE}.
include(ExternalProject)

function(koito_add_part name)
    cmake_parse_arguments(PART "NO_INSTALL" "SOURCE_DIR;TOOLCHAIN" "DEPENDS" ${ARGN})
    # Every part gets the same settings; --no-warn-unused-cli keeps the parts
    # that need only some of them quiet.
    set(args
        --no-warn-unused-cli
        -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE}
        -DKOITO_VERSION=${PROJECT_VERSION}
        -DCMAKE_INSTALL_PREFIX=${KOITO_SDK_STAGE}
        -DKOITO_CLANG=${KOITO_CLANG}
        -DKOITO_LLD=${KOITO_LLD}
        -DKOITO_LLD_LINK=${KOITO_LLD_LINK}
        -DKOITO_DEBUG_CALL=${KOITO_DEBUG_CALL}
        -DKOITO_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        -DKOITO_SDK_STAGE=${KOITO_SDK_STAGE}
        -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)
    if(PART_TOOLCHAIN)
        list(APPEND args -DCMAKE_TOOLCHAIN_FILE=${PART_TOOLCHAIN})
    endif()
    if(PART_NO_INSTALL)
        set(install_command INSTALL_COMMAND "")
    else()
        set(install_command)
    endif()
    ExternalProject_Add(${name}
        SOURCE_DIR ${PART_SOURCE_DIR}
        BINARY_DIR ${CMAKE_BINARY_DIR}/parts/${name}
        PREFIX ${CMAKE_BINARY_DIR}/parts/${name}-ep
        CMAKE_GENERATOR ${CMAKE_GENERATOR}
        CMAKE_ARGS ${args}
        DEPENDS ${PART_DEPENDS}
        BUILD_ALWAYS ON
        USES_TERMINAL_BUILD ON
        ${install_command})
endfunction()
