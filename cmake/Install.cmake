# Install rules: headers, the library, the CMake package
# (find_package(summarize CONFIG) → summarize::summarize), summarize.pc, the
# summarize tool and its man page.
include(CMakePackageConfigHelpers)

set(SUMMARIZE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/summarize")

install(TARGETS summarize EXPORT summarize-targets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/summarize"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES
  "${SUMMARIZE_GENERATED_INCLUDE}/summarize/export.h"
  "${SUMMARIZE_GENERATED_INCLUDE}/summarize/version.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/summarize")

install(EXPORT summarize-targets
  NAMESPACE summarize::
  DESTINATION "${SUMMARIZE_CMAKE_DIR}")
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/templates/summarize-config.cmake.in"
  "${PROJECT_BINARY_DIR}/summarize-config.cmake"
  INSTALL_DESTINATION "${SUMMARIZE_CMAKE_DIR}")
# 0.x releases may break the API between minor versions.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/summarize-config-version.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/summarize-config.cmake"
  "${PROJECT_BINARY_DIR}/summarize-config-version.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindStemmer.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindCLD2.cmake"
  DESTINATION "${SUMMARIZE_CMAKE_DIR}")

file(RELATIVE_PATH SUMMARIZE_PC_TO_PREFIX
  "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" SUMMARIZE_PC_TO_PREFIX "${SUMMARIZE_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/templates/summarize.pc.in"
  "${PROJECT_BINARY_DIR}/summarize.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/summarize.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

if(TARGET summarize_cli)
  # The tool finds a shared libsummarize beside it: <prefix>/bin/../lib.
  file(RELATIVE_PATH summarize_bin_to_lib
    "/${CMAKE_INSTALL_BINDIR}" "/${CMAKE_INSTALL_LIBDIR}")
  set_target_properties(summarize_cli PROPERTIES
    INSTALL_RPATH "$ORIGIN/${summarize_bin_to_lib}")
  install(TARGETS summarize_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  install(FILES "${PROJECT_SOURCE_DIR}/docs/summarize.1"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()
