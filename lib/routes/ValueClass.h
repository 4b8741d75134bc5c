//===--- ValueClass.h - The values a route parameter accepts ----*- C++ -*-===//
//
// Owns a small, decidable model of the values one path segment accepts, so
// that an OpenAPI parameter schema and a route's segment can be compared both
// ways: integer, number, boolean, uuid, hex digits of a length range, an enum
// set, a string with length bounds, the common regular-expression shapes
// (a sequence of character classes with counts, alternatives at the top),
// or unknown. Unknown accepts everything and overlaps everything: a side that
// is not modelled never causes a finding. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_VALUECLASS_H
#define WIRECHECK_LIB_ROUTES_VALUECLASS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <bitset>
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// Characters \p Min to \p Max times (Max == Unbounded: no upper limit).
struct ValuePiece {
  static constexpr unsigned Unbounded = ~0u;
  std::bitset<256> Chars;
  unsigned Min = 1;
  unsigned Max = 1;
};

/// The set of values a parameter or segment accepts.
class ValueClass {
public:
  enum KindTy {
    Unknown,
    Integer,
    Number,
    Boolean,
    Uuid,
    Enum,
    String,
    Pattern
  };

  /// Everything (not modelled).
  static ValueClass unknown();
  /// Decimal integers; with \p Signed, an optional leading '-'.
  static ValueClass integer(bool Signed);
  /// Decimal numbers (integers, fractions, exponents).
  static ValueClass number();
  static ValueClass boolean();
  static ValueClass uuid();
  /// Exactly the listed values.
  static ValueClass enumOf(llvm::ArrayRef<std::string> Values);
  /// Any segment text.
  static ValueClass anyString();
  /// The values a regular expression (ECMAScript syntax) matches; unknown
  /// when it is not one of the modelled shapes. An unanchored pattern (JSON
  /// Schema's `pattern`) may match anywhere in the value.
  static ValueClass fromRegex(llvm::StringRef Re, bool Anchored);

  /// Narrows the lengths to [\p Min, \p Max] (JSON Schema's minLength and
  /// maxLength).
  ValueClass &withLength(std::optional<unsigned> Min,
                         std::optional<unsigned> Max);

  KindTy kind() const { return Kind; }
  bool isUnknown() const { return Kind == Unknown; }
  /// True if \p Value is one of the values (always, for unknown).
  bool accepts(llvm::StringRef Value) const;
  /// True if some value belongs to both classes (always, if either is
  /// unknown).
  bool overlaps(const ValueClass &O) const;

  /// A noun phrase for diagnostics: "a uuid", "an integer", "one of 'a',
  /// 'b'", "a string matching '[0-9a-f]{12}'", "6 hex digits".
  std::string describe() const;

private:
  KindTy Kind = Unknown;
  /// The regular expression a Pattern came from, for describe().
  std::string Source;
  /// Alternatives, each a sequence of pieces. Empty for Unknown.
  std::vector<std::vector<ValuePiece>> Alternatives;
  unsigned MinLength = 1;
  unsigned MaxLength = ValuePiece::Unbounded;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_VALUECLASS_H
