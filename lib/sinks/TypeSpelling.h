//===--- TypeSpelling.h - Type names as a user writes them ------*- C++ -*-===//
//
// Spells a type for a diagnostic the way a user would write it: as written
// in the code where that reads well (`std::map<std::string, Color>`), and
// fully qualified and desugared where the written form is a library's
// internal alias (`std::make_tuple`'s
// `tuple<typename __decay_and_strip<int>::__type, ...>` becomes
// `std::tuple<int, Phase>`).
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_TYPESPELLING_H
#define WIRECHECK_LIB_SINKS_TYPESPELLING_H

#include "clang/AST/ASTContext.h"
#include <string>

namespace wirecheck {

/// The name of \p T (without references and top-level cv) for a diagnostic.
std::string userTypeName(clang::QualType T, const clang::ASTContext &Ctx);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_TYPESPELLING_H
