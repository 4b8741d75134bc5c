//===--- Finding.cpp - A clang-tidy finding and its positions -------------===//
//
// Offsets to positions and back through a table of line starts. Columns
// count code points, as SARIF's "unicodeCodePoints" column kind says.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/Finding.h"
#include "llvm/ADT/STLExtras.h"
#include <algorithm>

using namespace llvm;

namespace wirecheck {
namespace sarif {

LineTable::LineTable(StringRef Source) : Source(Source) {
  Starts.push_back(0);
  for (size_t I = Source.find('\n'); I != StringRef::npos;
       I = Source.find('\n', I + 1))
    Starts.push_back(I + 1);
}

Position LineTable::positionOf(unsigned Offset) const {
  Offset = std::min<size_t>(Offset, Source.size());
  Position P;
  P.Offset = Offset;
  // The number of lines that start at or before the offset.
  P.Line = llvm::upper_bound(Starts, Offset) - Starts.begin();
  // Columns in code points: count the bytes that start a UTF-8 sequence.
  P.Column = 1;
  for (char C : Source.slice(Starts[P.Line - 1], Offset))
    if ((static_cast<unsigned char>(C) & 0xC0) != 0x80)
      ++P.Column;
  return P;
}

unsigned LineTable::offsetOf(unsigned Line, unsigned Column) const {
  size_t Start = 0;
  if (Line > 1) {
    if (Line - 1 >= Starts.size())
      return Source.size();
    Start = Starts[Line - 1];
  }
  return std::min<size_t>(Start + (Column ? Column - 1 : 0), Source.size());
}

Position positionOf(StringRef Source, unsigned Offset) {
  return LineTable(Source).positionOf(Offset);
}

unsigned offsetOf(StringRef Source, unsigned Line, unsigned Column) {
  return LineTable(Source).offsetOf(Line, Column);
}

} // namespace sarif
} // namespace wirecheck
