//===--- TypeSpelling.cpp - Type names as a user writes them --------------===//

#include "lib/sinks/TypeSpelling.h"
#include "clang/AST/PrettyPrinter.h"
#include "llvm/Support/Regex.h"

using namespace clang;

namespace wirecheck {

/// A spelling that shows library internals: a reserved identifier
/// (`__type`, `_Tp`) or a `typename` dependent name.
static bool showsInternals(StringRef Spelling) {
  static const llvm::Regex Reserved("(^|[^A-Za-z0-9_])(__|_[A-Z])|typename ");
  return Reserved.match(Spelling);
}

std::string userTypeName(QualType T, const ASTContext &Ctx) {
  T = T.getNonReferenceType().getUnqualifiedType();
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.SuppressScope = false;
  Policy.SuppressUnwrittenScope = true;
  Policy.SuppressTagKeyword = true;
  std::string Written = T.getAsString(Policy);
  if (!showsInternals(Written))
    return Written;
  Policy.FullyQualifiedName = true;
  return T.getCanonicalType().getAsString(Policy);
}

} // namespace wirecheck
