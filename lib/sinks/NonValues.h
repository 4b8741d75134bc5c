//===--- NonValues.h - Sink arguments that write no value -------*- C++ -*-===//
//
// Some arguments of a sink are not values that go out on the wire: a call
// that is never evaluated (the operand of decltype, sizeof, alignof,
// noexcept or a requires-expression), a library's own construction tag
// (RapidJSON's kArrayType builds `[]`), and a stream buffer whose contents
// an output stream copies. The sink catalogue asks this unit, so every sink
// check skips them alike.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_NONVALUES_H
#define WIRECHECK_LIB_SINKS_NONVALUES_H

#include "lib/sinks/SinkCatalogue.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace wirecheck {

/// Returns true if the call or construction \p Call sits in an unevaluated
/// operand (decltype, sizeof, alignof, noexcept, a requires-expression),
/// also in a template instantiation. Decided from the names it refers to,
/// which Sema marks as non-odr-uses in unevaluated operands; a call that
/// refers to no variable, field or method is taken as evaluated.
bool isUnevaluatedOperand(const clang::Expr &Call);

/// Returns true if \p Arg, written to a sink of family \p F, is a tag that
/// makes the library build a value rather than a value itself: RapidJSON's
/// `rapidjson::Type` (`kArrayType`, `kObjectType`, `kNullType`, ...) passed
/// to `AddMember`, `PushBack` or a `GenericValue` constructor goes through
/// `GenericValue(Type)` and writes `[]`, `{}`, `null`.
bool isConstructionTag(const clang::Expr &Arg, SinkFamily F);

/// Returns true if \p P is a parameter through which an output stream
/// copies contents rather than writing the argument: a pointer to a
/// `std::basic_streambuf` (`out << file.rdbuf()`).
bool copiesStreamContents(const clang::ParmVarDecl &P);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_NONVALUES_H
