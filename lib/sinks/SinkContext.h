//===--- SinkContext.h - Where a written value sits in its code -*- C++ -*-===//
//
// Questions about the code around a value written to a sink, answered
// through the AST's parent map (built on first use, so only translation
// units that have a candidate finding pay for it): the function it is
// written in, whether it is written on a switch's unknown-value path, and
// what else the same output statement writes.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_SINKCONTEXT_H
#define WIRECHECK_LIB_SINKS_SINKCONTEXT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/SmallVector.h"

namespace wirecheck {

/// The function, method or lambda whose body holds \p E; null at namespace
/// scope (a default member initialiser, a global).
const clang::DeclContext *enclosingFunction(const clang::Expr &E,
                                            clang::ASTContext &Ctx);

/// Returns true if \p A and \p B name the same variable or member
/// (`k`, `type_`, `options.type`, `this->state`), through parentheses and
/// implicit conversions.
bool isSameValue(const clang::Expr &A, const clang::Expr &B);

/// Returns true if \p E is on the unknown-value path of \p Value: in the
/// `default:` branch of a switch over it, after a switch over it whose
/// every case other than `default:` returns or throws, after ifs (`if (v ==
/// A) return ...;`, no else) that together name every enumerator of its
/// enum and each return or throw, or in the final else of an `if (v == A)
/// ... else if (v == B) ... else` chain that names every enumerator, or in
/// an assertion's failure branch (predicted unlikely by `__builtin_expect`)
/// that runs only when it is none of the enumerators the condition accepts
/// (the message of glog's `CHECK(v == A || v == B) << v`).
bool isOnUnknownValuePath(const clang::Expr &E, const clang::Expr &Value,
                          clang::ASTContext &Ctx);

/// The other values the output statement that writes \p Arg through
/// \p Call writes: the other arguments of the call and, for a chain of
/// `<<` insertions, every other inserted operand.
void coWrittenValues(const clang::Expr &Call, const clang::Expr &Arg,
                     clang::ASTContext &Ctx,
                     llvm::SmallVectorImpl<const clang::Expr *> &Out);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_SINKCONTEXT_H
