//===--- SpecComparison.h - Code routes against an OpenAPI spec -*- C++ -*-===//
//
// Owns the comparison of the routes a project registers with the operations
// of its OpenAPI spec, each way on its own (spec to code: every operation is
// registered; code to spec: every registered route is documented), scoped
// by an exclude list of path globs and the spec's `x-internal` marks. A code
// route serves an operation when their paths have the same shape, the
// method matches, and every parameter segment can take some value the
// operation's schema allows (ValueClass; a side that is not modelled
// always can). When the nearest candidate cannot, a note says why. Has no
// clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_SPECCOMPARISON_H
#define WIRECHECK_LIB_ROUTES_SPECCOMPARISON_H

#include "lib/routes/RouteSet.h"
#include "lib/support/OptionLists.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wirecheck {

/// Which differences between code and spec are reported.
enum class SpecDirection { Both, SpecToCode, CodeToSpec };

/// Parses `both`, `spec-to-code` or `code-to-spec`; anything else is
/// reported in \p Errors (naming \p Option) and yields Both.
SpecDirection parseSpecDirection(llvm::StringRef Option, llvm::StringRef Value,
                                 std::vector<OptionError> &Errors);

/// What the comparison covers.
struct SpecScope {
  SpecDirection Direction = SpecDirection::Both;
  /// Path globs left out of the comparison: `*` is any part of one
  /// segment, `**` any number of segments, `?` one character.
  std::vector<std::string> Exclude;

  bool specToCode() const { return Direction != SpecDirection::CodeToSpec; }
  bool codeToSpec() const { return Direction != SpecDirection::SpecToCode; }
  /// True if the route \p R is left out by Exclude.
  bool excludes(const RouteEntry &R) const;
};

/// Parses a `;`-separated list of path globs. An entry that does not start
/// with '/' or '*', or a value that lists nothing but separators, is
/// reported in \p Errors (naming \p Option); the other entries apply.
std::vector<std::string> parseExcludeGlobs(llvm::StringRef Option,
                                           llvm::StringRef Value,
                                           std::vector<OptionError> &Errors);

/// One difference, in words.
struct SpecGap {
  std::string Message;
  /// The nearest candidate on the other side and why it does not serve.
  std::vector<std::pair<const RouteEntry *, std::string>> Notes;
};

/// The difference when the code route \p R, registered for \p Method
/// (empty: every method), is not in \p Spec; std::nullopt when it is, or
/// when \p Scope leaves it out.
std::optional<SpecGap> codeRouteGap(const RouteEntry &R, llvm::StringRef Method,
                                    llvm::ArrayRef<const RouteEntry *> Spec,
                                    const SpecScope &Scope);

/// The operations of \p Spec that no route of \p Code serves, each once
/// (an operation under several server base paths is served by any), with
/// the spec entry to report it at.
std::vector<std::pair<const RouteEntry *, SpecGap>>
specOperationGaps(llvm::ArrayRef<const RouteEntry *> Spec,
                  llvm::ArrayRef<const RouteEntry *> Code,
                  const SpecScope &Scope);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_SPECCOMPARISON_H
