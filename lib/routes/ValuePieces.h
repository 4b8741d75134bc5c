//===--- ValuePieces.h - Character sets and pieces of ValueClass -*- C++
//-*-===//
//
// The building blocks ValueClass.cpp and ValueRegex.cpp share: character
// sets (digits, hex digits, word characters, what a path segment may hold)
// and pieces. Internal to lib/routes' value classes.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_VALUEPIECES_H
#define WIRECHECK_LIB_ROUTES_VALUEPIECES_H

#include "lib/routes/ValueClass.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace wirecheck::valueclass {

using CharSet = std::bitset<256>;
using Sequence = std::vector<ValuePiece>;
constexpr unsigned Unbounded = ValuePiece::Unbounded;

inline CharSet charRange(char From, char To) {
  CharSet S;
  for (unsigned C = static_cast<unsigned char>(From);
       C <= static_cast<unsigned char>(To); ++C)
    S.set(C);
  return S;
}
inline CharSet digits() { return charRange('0', '9'); }
inline CharSet hexDigits() {
  return digits() | charRange('a', 'f') | charRange('A', 'F');
}
inline CharSet wordChars() {
  return digits() | charRange('a', 'z') | charRange('A', 'Z') |
         charRange('_', '_');
}
inline CharSet spaceChars() {
  CharSet S;
  for (char C : llvm::StringRef(" \t\n\r\f\v"))
    S.set(static_cast<unsigned char>(C));
  return S;
}
/// What may appear in one path segment: anything but '/'.
inline CharSet segmentChars() {
  CharSet S;
  S.set();
  S.reset('/');
  return S;
}
inline CharSet oneChar(char C) { return charRange(C, C); }

inline ValuePiece piece(CharSet Chars, unsigned Min, unsigned Max) {
  ValuePiece P;
  P.Chars = Chars;
  P.Min = Min;
  P.Max = Max;
  return P;
}

inline Sequence literal(llvm::StringRef Text) {
  Sequence S;
  for (char C : Text)
    S.push_back(piece(oneChar(C), 1, 1));
  return S;
}

/// The alternatives a regular expression of a modelled shape matches
/// (anchored at both ends), or std::nullopt.
std::optional<std::vector<Sequence>> parseRegexShape(llvm::StringRef Re);

} // namespace wirecheck::valueclass

#endif // WIRECHECK_LIB_ROUTES_VALUEPIECES_H
