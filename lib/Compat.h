//===--- Compat.h - The one place for LLVM-version differences --*- C++ -*-===//
//
// Every API difference between the LLVM versions wirecheck supports is
// bridged here, so the rest of the code is written against one API.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_COMPAT_H
#define WIRECHECK_LIB_COMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/Config/llvm-config.h"
#if LLVM_VERSION_MAJOR < 22
// TODO(LLVM 21): remove; the registry moved into ClangTidyModule.h.
#include "clang-tidy/ClangTidyModuleRegistry.h"
#endif

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

#endif // WIRECHECK_LIB_COMPAT_H
