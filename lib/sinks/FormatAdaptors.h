//===--- FormatAdaptors.h - Values wrapped on their way to a sink -*- C++
//-*-===//
//
// The library calls that wrap a value without naming it, so that what is
// written is still the value: fmt's `arg`, `join`, `streamed` and
// `underlying`, and `std::to_string` inside a string concatenation.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_FORMATADAPTORS_H
#define WIRECHECK_LIB_SINKS_FORMATADAPTORS_H

#include "clang/AST/Expr.h"

namespace wirecheck {

enum class FormatAdaptor : uint8_t {
  None,
  NamedArg,   ///< `fmt::arg("name", v)`: written as v.
  Join,       ///< `fmt::join(range, sep)`: the range's elements.
  Streamed,   ///< `fmt::streamed(v)`: written through `operator<<`.
  Underlying, ///< `fmt::underlying(e)`: an explicit integer conversion.
};

/// If \p E is a call to one of fmt's adaptors, returns the value it wraps
/// and sets \p Kind; otherwise returns null.
const clang::Expr *formatAdaptorOperand(const clang::Expr &E,
                                        FormatAdaptor &Kind);

/// `std::to_string(e)` of an enum, returning e; null otherwise.
const clang::Expr *enumToStringOperand(const clang::Expr &E);

/// The first `std::to_string(e)` of an enum inside the string
/// concatenation \p E (`"state " + std::to_string(e)`, nested `+` of
/// `std::string`s); null when \p E is no such concatenation.
const clang::CallExpr *enumToStringInConcatenation(const clang::Expr &E);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_FORMATADAPTORS_H
