//===--- Finding.cpp - A clang-tidy finding and its positions -------------===//
//
// Offsets to positions and back. Columns count code points, as SARIF's
// "unicodeCodePoints" column kind says.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/Finding.h"
#include <algorithm>

using namespace llvm;

namespace wirecheck {
namespace sarif {

Position positionOf(StringRef Source, unsigned Offset) {
  Offset = std::min<size_t>(Offset, Source.size());
  Position P;
  P.Offset = Offset;
  P.Line = 1 + Source.take_front(Offset).count('\n');
  size_t LineStart = Source.take_front(Offset).rfind('\n');
  LineStart = LineStart == StringRef::npos ? 0 : LineStart + 1;
  // Columns in code points: count the bytes that start a UTF-8 sequence.
  P.Column = 1;
  for (char C : Source.slice(LineStart, Offset))
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++P.Column;
  return P;
}

unsigned offsetOf(StringRef Source, unsigned Line, unsigned Column) {
  size_t Offset = 0;
  for (unsigned L = 1; L < Line; ++L) {
    size_t NL = Source.find('\n', Offset);
    if (NL == StringRef::npos)
      return Source.size();
    Offset = NL + 1;
  }
  return std::min<size_t>(Offset + (Column ? Column - 1 : 0), Source.size());
}

} // namespace sarif
} // namespace wirecheck
