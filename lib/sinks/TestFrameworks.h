//===--- TestFrameworks.h - Test frameworks' own stringification -*- C++
//-*-===//
//
// A test framework prints values in its failure messages through
// customisation points the project fills in: GoogleTest's `PrintTo` and
// the `operator<<` a test file defines for its printers, Catch2's and
// doctest's `StringMaker<T>`. What they write goes to a test log, not onto
// a wire, so no sink check reports a value written inside them.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_TESTFRAMEWORKS_H
#define WIRECHECK_LIB_SINKS_TESTFRAMEWORKS_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace wirecheck {

/// Returns true if \p FD (or a function or lambda it is nested in) is a
/// test framework's stringification point: a GoogleTest
/// `PrintTo(const T &, std::ostream *)`, a member of a Catch2 or doctest
/// `StringMaker` specialisation, or a stream `operator<<` defined in the
/// main file of a translation unit that uses GoogleTest, Catch2, doctest
/// or UnitTest++ (a test file's printer).
bool isTestStringification(const clang::FunctionDecl &FD,
                           clang::ASTContext &Ctx);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_TESTFRAMEWORKS_H
