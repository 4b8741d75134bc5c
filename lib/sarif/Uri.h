//===--- Uri.h - Paths as URIs for SARIF artifact locations -----*- C++ -*-===//
//
// Percent-encoding of file paths into relative URI references and file://
// URIs, as SARIF's artifactLocation.uri and helpUri expect them.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_URI_H
#define WIRECHECK_LIB_SARIF_URI_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace wirecheck {
namespace sarif {

/// \p Path as a relative URI reference: every byte except letters, digits
/// and `/-_.~` percent-encoded (`a b%.cpp` -> `a%20b%25.cpp`).
std::string relativeUri(llvm::StringRef Path);

/// The file:// URI of the absolute \p Path, percent-encoded.
std::string fileUri(llvm::StringRef Path);

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_URI_H
