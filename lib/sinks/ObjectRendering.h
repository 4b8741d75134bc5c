//===--- ObjectRendering.h - What an object turns into when written -*- C++
//-*-===//
//
// How an object that reaches a sink ends up rendered, beyond its type: an
// address the author asked for (`&obj`, `this`) versus one that stands in
// for an object with a serializer of its own, the text a string class
// converts to, the number a value wrapper converts to, and the implicit
// conversion to a string view that fmt
// applies to a class without a formatter.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SINKS_OBJECTRENDERING_H
#define WIRECHECK_LIB_SINKS_OBJECTRENDERING_H

#include "lib/sinks/SerializerLookup.h"
#include "lib/sinks/SinkCatalogue.h"
#include "lib/sinks/TypeClassification.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"

namespace wirecheck {

/// Returns true if the written value \p Written (after the conversions
/// stripWriteConversions drops) is an address the author spelled on
/// purpose: `&obj`, `std::addressof(obj)` or `this`.
bool isIntendedAddress(const clang::Expr &Written);

/// The protocol through which a sink of family \p F would write the object
/// a pointer points to: `os << *p` finds `operator<<`, printf-style and
/// project log sinks any text serializer, fmt a formatter.
SerializerProtocol pointeeProtocol(SinkFamily F);

/// Returns true if a pointer of type \p T written to a sink of family \p F
/// stands in for its pointee: the pointee is a class or enum with a
/// serializer of its own for the sink (so `*p` was evidently meant).
bool pointeeWasMeant(clang::QualType T, SinkFamily F,
                     SerializerLookup &Serializers);

/// Returns true if \p Sink, the function that writes a value of type \p T,
/// is the member `std::basic_ostream::operator<<(const void *)` and \p T
/// is a C string: called as a member (`os.operator<<(msg)`), the member
/// overloads are the only candidates, so the text's address is written
/// where `os << msg` writes the text.
bool writesTextAsAddress(const clang::FunctionDecl &Sink, clang::QualType T);

/// Returns true if \p RD is a string class: it derives from
/// `std::basic_string`, or it has a `c_str()` member, or `data()` with
/// `size()` or `length()`.
bool isStringClass(const clang::CXXRecordDecl &RD);

/// Returns true if \p Conversion converts a string class to text (a
/// character pointer, a `std::basic_string` or a string view): it writes
/// the class's own text, not a stand-in for it.
bool convertsToOwnText(const clang::CXXConversionDecl &Conversion);

/// Returns true if \p Conversion converts a value wrapper to the number it
/// wraps: the target is an arithmetic type and the class also converts
/// implicitly from that type (a non-explicit constructor taking it, as
/// `Port(uint16_t)` with `operator uint16_t()`). Such a class is the number
/// by another name, so writing the number writes its value.
bool convertsToWrappedNumber(const clang::CXXConversionDecl &Conversion);

/// The non-explicit conversion operator of \p RD (declared outside system
/// headers) to `std::basic_string_view` or `fmt::basic_string_view`, which
/// fmt applies implicitly to a class without a formatter; null otherwise.
const clang::CXXConversionDecl *
stringViewConversion(const clang::CXXRecordDecl &RD);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SINKS_OBJECTRENDERING_H
