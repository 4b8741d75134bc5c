# Installation and packaging: `cmake --install` lays out bin/, lib/,
# share/doc/wirecheck and the CMake package lib/cmake/WireCheck; CPack builds
# a .deb that depends on the matching clang-tidy.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(WIRECHECK_INSTALL_PLUGIN "${CMAKE_INSTALL_LIBDIR}/libWireCheck.so")
install(TARGETS WireCheck LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  COMPONENT wirecheck)
foreach(tool wirecheck-tidy wirecheck-clangd wirecheck-sarif)
  if(TARGET ${tool})
    # The tools find libLLVM and libclang-cpp where Debian keeps them, in the
    # build and once installed alike.
    set_target_properties(${tool} PROPERTIES
      INSTALL_RPATH "${LLVM_ROOT}/lib" BUILD_WITH_INSTALL_RPATH ON)
    install(TARGETS ${tool} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
      COMPONENT wirecheck)
  endif()
endforeach()
install(PROGRAMS scripts/wirecheck-pre-commit
  DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT wirecheck)
install(DIRECTORY docs/ DESTINATION "${CMAKE_INSTALL_DOCDIR}"
  COMPONENT wirecheck)
# The license next to the docs, and Debian's machine-readable copyright file
# (/usr/share/doc/wirecheck/copyright) that points at it.
set(WIRECHECK_LICENSE "Apache-2.0 WITH LLVM-exception")
install(FILES LICENSE DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT wirecheck)
file(WRITE "${CMAKE_BINARY_DIR}/cmake/copyright"
  "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
  "Upstream-Name: wirecheck\n\n"
  "Files: *\n"
  "Copyright: the wirecheck authors\n"
  "License: ${WIRECHECK_LICENSE}\n"
  " The full text is in LICENSE, next to this file.\n")
install(FILES "${CMAKE_BINARY_DIR}/cmake/copyright"
  DESTINATION "${CMAKE_INSTALL_DOCDIR}" COMPONENT wirecheck)

set(WIRECHECK_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/WireCheck")
configure_package_config_file(cmake/WireCheckConfig.cmake.in
  "${CMAKE_BINARY_DIR}/cmake/WireCheckConfig.cmake"
  INSTALL_DESTINATION "${WIRECHECK_CMAKE_DIR}"
  PATH_VARS WIRECHECK_INSTALL_PLUGIN)
write_basic_package_version_file(
  "${CMAKE_BINARY_DIR}/cmake/WireCheckConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_BINARY_DIR}/cmake/WireCheckConfig.cmake"
  "${CMAKE_BINARY_DIR}/cmake/WireCheckConfigVersion.cmake"
  DESTINATION "${WIRECHECK_CMAKE_DIR}" COMPONENT wirecheck)

set(CPACK_PACKAGE_NAME "wirecheck")
set(CPACK_PACKAGE_VENDOR "wirecheck")
set(CPACK_PACKAGE_CONTACT "wirecheck maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for what a C++ service puts on the wire")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The plugin loads into this clang-tidy; the static tools' shared libraries
# (libclang-cpp, libLLVM, gRPC, protobuf) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "clang-tidy-${LLVM_VERSION_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
include(CPack)
