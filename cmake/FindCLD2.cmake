# Finds Google's Compact Language Detector 2 (Debian: libcld2-dev), which
# ships neither a CMake package nor a pkg-config file.
#
# Result: CLD2_FOUND, CLD2_INCLUDE_DIR, CLD2_LIBRARY and the imported target
# CLD2::CLD2. The include directory is the one holding cld2/ (sources include
# <cld2/public/compact_lang_det.h>). The library is libcld2, the detector
# with the small tables (83 languages); Debian's libcld2_full is not used.
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h)
find_library(CLD2_LIBRARY NAMES cld2)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CLD2
  REQUIRED_VARS CLD2_LIBRARY CLD2_INCLUDE_DIR)

if(CLD2_FOUND AND NOT TARGET CLD2::CLD2)
  add_library(CLD2::CLD2 UNKNOWN IMPORTED)
  set_target_properties(CLD2::CLD2 PROPERTIES
    IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
endif()
mark_as_advanced(CLD2_INCLUDE_DIR CLD2_LIBRARY)
