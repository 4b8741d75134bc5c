//===--- PrintfFormat.h - The conversion a printf argument meets -*- C++
//-*-===//
//
// Reads the format string of a call to a printf-family function (a literal
// in the call) and answers, for one argument: which conversion consumes it,
// where that conversion is spelled in the file (so a fix-it can rewrite
// it; whether it is `%p`), and what else the format prints as a number.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_PRINTFFORMAT_H
#define WIRECHECK_LIB_SINKS_PRINTFFORMAT_H

#include "lib/sinks/SinkFlow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>
#include <string>

namespace wirecheck {

/// What the format of a printf-style call does with one argument.
struct PrintfArgFormat {
  /// The conversion is an integer one (`%d %i %u %o %x %X`, any length
  /// modifier).
  bool IntegerConversion = false;
  /// The conversion is `%p`: the author asked for an address.
  bool PointerConversion = false;
  /// Other arguments the format prints through integer conversions.
  unsigned OtherIntegerConversions = 0;
  /// The literal text of the format (outside conversions) holds a digit, as
  /// `"HTTP/1.1 %d %s"` does.
  bool LiteralHasDigits = false;
  /// The file range of the conversion specification (`%-5d`), invalid when
  /// it cannot be rewritten exactly (in a macro, split across literals,
  /// positional, or with a `*` width or precision).
  clang::CharSourceRange Spec;
  /// The same specification for a string argument (`%-5s`).
  std::string StringSpec;
};

/// Analyses the printf format of \p Call for its argument \p Arg. Returns
/// std::nullopt if the callee has no printf format attribute, the format
/// is not a string literal, or no conversion consumes \p Arg.
std::optional<PrintfArgFormat> analyzePrintfArg(const clang::CallExpr &Call,
                                                const clang::Expr &Arg,
                                                const clang::ASTContext &Ctx);

/// The format of the printf-family call a sink use ends in (through the
/// wrappers it passes), for the argument it writes; std::nullopt when the
/// sink is not printf-style or its format is not known.
std::optional<PrintfArgFormat> printfFormatOf(const SinkUse &Use,
                                              const clang::ASTContext &Ctx);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_PRINTFFORMAT_H
