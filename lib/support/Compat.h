//===--- Compat.h - The one place for LLVM-version differences --*- C++ -*-===//
//
// Every AST and AST-matcher API difference between the LLVM versions
// wirecheck supports is bridged here, so the models are written against one
// API. It includes nothing of clang-tidy: libTooling tools use it too. The
// clang-tidy-side difference (where the module registry is declared) is
// bridged in checks/WireModule.cpp, the one file that needs it.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_COMPAT_H
#define WIRECHECK_LIB_SUPPORT_COMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Config/llvm-config.h"

namespace wirecheck {

/// The canonical type of a tag declaration.
inline clang::QualType canonicalTagType(const clang::ASTContext &Ctx,
                                        const clang::TagDecl &D) {
#if LLVM_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTagType(&D);
#else
  // TODO(LLVM 21): remove
  return Ctx.getCanonicalType(Ctx.getTagDeclType(&D));
#endif
}

/// Asks a MatchFinder not to walk declarations in system headers, where the
/// LLVM version supports it (the walk is then merely slower).
inline void
skipSystemHeaders(clang::ast_matchers::MatchFinder::MatchFinderOptions &O) {
#if LLVM_VERSION_MAJOR >= 20
  O.IgnoreSystemHeaders = true;
#else
  // TODO(LLVM 19): remove
  (void)O;
#endif
}

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_COMPAT_H
