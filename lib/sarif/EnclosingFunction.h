//===--- EnclosingFunction.h - The function around an offset ----*- C++ -*-===//
//
// A lexical finder for the function whose body contains a byte offset of a
// C++ source, without parsing it: the SARIF converter names each finding's
// enclosing function so that its fingerprint survives edits elsewhere in
// the file. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_ENCLOSINGFUNCTION_H
#define WIRECHECK_LIB_SARIF_ENCLOSINGFUNCTION_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace wirecheck {
namespace sarif {

/// The name of the function whose body contains byte \p Offset of the C++
/// \p Source, as written in its declarator (`ns::Class::method`,
/// `operator<<`, `~Class`); lambdas count as part of the function around
/// them. Empty when the offset is outside every function body. A lexical
/// approximation: comments, string and character literals are skipped.
std::string enclosingFunction(llvm::StringRef Source, unsigned Offset);

/// The function bodies of a C++ source, found in one pass, so that the
/// enclosing function of many offsets in one file costs a binary search
/// each. `FunctionIndex(S).at(O)` is `enclosingFunction(S, O)`.
class FunctionIndex {
public:
  explicit FunctionIndex(llvm::StringRef Source);

  /// The function whose body contains byte \p Offset, as
  /// enclosingFunction() names it.
  std::string at(unsigned Offset) const;

private:
  struct Body {
    size_t Open;  // The offset of its `{`.
    size_t Close; // The offset of its `}`; npos when it is never closed.
    std::string Name;
  };
  std::vector<Body> Bodies; // In order of their `{`; they never nest.
  size_t Size = 0;
};

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_ENCLOSINGFUNCTION_H
