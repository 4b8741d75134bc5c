//===--- LiteralFixIt.h - Fix-its that rewrite a string literal -*- C++ -*-===//
//
// The one way the wire checks replace the text of a string literal: the new
// text is quoted as a C++ literal, and only text that needs no escape other
// than `\\` and `\"` is offered.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_CHECKS_LITERALFIXIT_H
#define WIRECHECK_CHECKS_LITERALFIXIT_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy::wire {

/// Quotes \p S as a C++ string literal; std::nullopt if it needs more than
/// `\\` and `\"` escapes.
std::optional<std::string> quoteLiteral(llvm::StringRef S);

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_LITERALFIXIT_H
