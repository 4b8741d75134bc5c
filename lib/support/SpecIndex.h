//===--- SpecIndex.h - Argument indices of option entries -------*- C++ -*-===//
//
// Owns the one rule every `name:index` option follows (LogSinks, JsonSinks,
// PayloadSinks, RouteRegistrars, RouteConsumers and wirecheck-routes'
// --route-registrars / --route-consumers): an argument index must name a
// parameter of the function the entry matches, else the entry does not
// apply to that function and the problem is a configuration error naming
// option, entry and function, collected once per (entry, function).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_SPECINDEX_H
#define WIRECHECK_LIB_SUPPORT_SPECINDEX_H

#include "lib/support/OptionLists.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseSet.h"
#include <utility>
#include <vector>

namespace wirecheck {

/// Checks the argument indices of option entries against the functions
/// they name and collects the problems.
class SpecIndexCheck {
public:
  /// Returns true if every index of \p Spec names a parameter of \p FD (of
  /// its template pattern; a C `...` or a parameter pack takes any index).
  /// Otherwise records an error for option \p Option, once per entry and
  /// function, and returns false: the entry does not apply to \p FD.
  bool fits(const clang::FunctionDecl &FD, const FunctionSpec &Spec,
            llvm::StringRef Option);

  /// Hands over the errors recorded since the last call.
  std::vector<OptionError> takeProblems() {
    return std::exchange(Problems, {});
  }

private:
  std::vector<OptionError> Problems;
  llvm::DenseSet<std::pair<const FunctionSpec *, const clang::Decl *>> Reported;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_SPECINDEX_H
