//===--- SarifInputs.h - Shared inputs of the lib/sarif tests ---*- C++ -*-===//
//
// An in-memory file system for the parsers and a small exported-fixes YAML
// with the source it refers to.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_TEST_UNIT_SARIFINPUTS_H
#define WIRECHECK_TEST_UNIT_SARIFINPUTS_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <optional>
#include <string>

namespace wirecheck {
namespace sarif {
namespace testing {

/// An in-memory file system for the readers.
struct FakeFiles {
  std::map<std::string, std::string> Files;
  std::optional<std::string> operator()(llvm::StringRef Path) const {
    auto It = Files.find(Path.str());
    if (It == Files.end())
      return std::nullopt;
    return It->second;
  }
};

/// One wire-enum-serialization finding with a note and a fix-it in
/// /p/src/a.cpp (see project()), its FilePath relative to BuildDirectory.
inline const char *const Exported = R"yaml(---
MainSourceFile:  '/p/src/a.cpp'
Diagnostics:
  - DiagnosticName:  wire-enum-serialization
    DiagnosticMessage:
      Message:         'enum ''Color'' is written to spdlog'
      FilePath:        'src/a.cpp'
      FileOffset:      28
      Replacements:
        - FilePath:        '/p/src/a.cpp'
          Offset:          28
          Length:          1
          ReplacementText: 'to_string(C)'
    Notes:
      - Message:         'enum ''Color'' declared here'
        FilePath:        '/p/src/a.cpp'
        FileOffset:      5
        Replacements:    []
    Level:           Error
    BuildDirectory:  '/p'
...
)yaml";

inline FakeFiles project() {
  FakeFiles F;
  F.Files["/p/src/a.cpp"] = "enum Color {};\nvoid f() {\n  C;\n}\n";
  return F;
}

} // namespace testing
} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_TEST_UNIT_SARIFINPUTS_H
