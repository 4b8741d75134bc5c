//===--- ValueClass.cpp - The values a route parameter accepts ------------===//

#include "lib/routes/ValueClass.h"
#include "lib/routes/ValuePieces.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <deque>
#include <set>
#include <tuple>

namespace wirecheck {

using namespace valueclass;

ValueClass ValueClass::unknown() { return ValueClass(); }

ValueClass ValueClass::integer(bool Signed) {
  ValueClass V;
  V.Kind = Integer;
  V.Source = Signed ? "signed" : "";
  Sequence S;
  if (Signed)
    S.push_back(piece(oneChar('-'), 0, 1));
  S.push_back(piece(digits(), 1, Unbounded));
  V.Alternatives.push_back(std::move(S));
  return V;
}

ValueClass ValueClass::number() {
  ValueClass V;
  V.Kind = Number;
  ValuePiece Sign = piece(oneChar('-'), 0, 1);
  ValuePiece Digits = piece(digits(), 1, Unbounded);
  // `-12`, `-1.5`, and (an over-approximation) anything with an exponent.
  V.Alternatives.push_back({Sign, Digits});
  V.Alternatives.push_back({Sign, Digits, piece(oneChar('.'), 1, 1), Digits});
  V.Alternatives.push_back(
      {Sign, piece(digits() | oneChar('.'), 1, Unbounded),
       piece(charRange('e', 'e') | charRange('E', 'E'), 1, 1),
       piece(oneChar('-') | oneChar('+'), 0, 1), Digits});
  return V;
}

ValueClass ValueClass::boolean() {
  ValueClass V = enumOf({"true", "false"});
  V.Kind = Boolean;
  return V;
}

ValueClass ValueClass::uuid() {
  ValueClass V;
  V.Kind = Uuid;
  Sequence S;
  for (unsigned N : {8, 4, 4, 4, 12}) {
    if (!S.empty())
      S.push_back(piece(oneChar('-'), 1, 1));
    S.push_back(piece(hexDigits(), N, N));
  }
  V.Alternatives.push_back(std::move(S));
  return V;
}

ValueClass ValueClass::enumOf(llvm::ArrayRef<std::string> Values) {
  ValueClass V;
  V.Kind = Enum;
  for (const std::string &Value : Values)
    V.Alternatives.push_back(literal(Value));
  V.MinLength = 0;
  return V;
}

ValueClass ValueClass::anyString() {
  ValueClass V;
  V.Kind = String;
  V.Alternatives.push_back({piece(segmentChars(), 1, Unbounded)});
  return V;
}

ValueClass &ValueClass::withLength(std::optional<unsigned> Min,
                                   std::optional<unsigned> Max) {
  if (Min)
    MinLength = std::max(MinLength, *Min);
  if (Max)
    MaxLength = std::min(MaxLength, *Max);
  return *this;
}

ValueClass ValueClass::fromRegex(llvm::StringRef Re, bool Anchored) {
  llvm::StringRef Body = Re;
  bool Start = Anchored || Body.consume_front("^");
  bool End = Anchored;
  if (Body.ends_with("$") && !Body.ends_with("\\$")) {
    Body = Body.drop_back();
    End = true;
  }
  std::optional<std::vector<Sequence>> Alts = parseRegexShape(Body);
  if (!Alts)
    return unknown();
  ValueClass V;
  V.Kind = Pattern;
  V.Source = Re.str();
  for (Sequence &S : *Alts) {
    if (!Start)
      S.insert(S.begin(), piece(segmentChars(), 0, Unbounded));
    if (!End)
      S.push_back(piece(segmentChars(), 0, Unbounded));
  }
  V.Alternatives = std::move(*Alts);
  return V;
}

//===----------------------------------------------------------------------===//
// Overlap: a walk over the product of two sequences' positions
//===----------------------------------------------------------------------===//

namespace {
/// The positions of one sequence: piece I having matched K characters. A
/// piece without an upper bound counts up to its minimum and then loops.
class Positions {
public:
  explicit Positions(const Sequence &S) : S(S) {
    for (const ValuePiece &P : S) {
      Base.push_back(Count);
      Count += cap(P) + 1;
    }
    Final = Count++;
  }
  unsigned size() const { return Count; }
  unsigned final() const { return Final; }
  /// The positions reachable from (I, K) without reading.
  void closure(unsigned I, unsigned K, llvm::SmallVectorImpl<unsigned> &Out) {
    while (true) {
      if (I == S.size()) {
        Out.push_back(Final);
        return;
      }
      Out.push_back(Base[I] + K);
      if (K < S[I].Min)
        return;
      ++I;
      K = 0;
    }
  }
  /// The piece and count of position \p Id (not Final).
  std::pair<unsigned, unsigned> split(unsigned Id) const {
    unsigned I = llvm::upper_bound(Base, Id) - Base.begin() - 1;
    return {I, Id - Base[I]};
  }
  /// Reads one character at (I, K): the new count, or nullopt.
  std::optional<unsigned> step(unsigned I, unsigned K) const {
    const ValuePiece &P = S[I];
    if (P.Max != Unbounded)
      return K < P.Max ? std::optional<unsigned>(K + 1) : std::nullopt;
    return std::min(K + 1, P.Min);
  }
  const ValuePiece &pieceAt(unsigned I) const { return S[I]; }

private:
  static unsigned cap(const ValuePiece &P) {
    return P.Max == Unbounded ? P.Min : P.Max;
  }
  const Sequence &S;
  std::vector<unsigned> Base;
  unsigned Count = 0;
  unsigned Final = 0;
};
} // namespace

/// Is there a string both \p A and \p B match, of a length in [Lo, Hi]?
static bool sequencesOverlap(const Sequence &A, const Sequence &B, unsigned Lo,
                             unsigned Hi) {
  Positions PA(A), PB(B);
  // Lengths are counted exactly up to a finite Hi, else up to Lo.
  bool Exact = Hi <= 4096;
  unsigned LenCap = Exact ? Hi : Lo;
  if (uint64_t(PA.size()) * PB.size() * (LenCap + 1) > 4000000)
    return true; // Too large to decide: assume they overlap.
  std::set<std::tuple<unsigned, unsigned, unsigned>> Seen;
  std::deque<std::tuple<unsigned, unsigned, unsigned>> Work;
  // Position 0 is piece 0 before any character (or the end, for an empty
  // sequence).
  Work.emplace_back(0, 0, 0);
  Seen.insert({0, 0, 0});
  auto Push = [&](unsigned IdA, unsigned IdB, unsigned Len) {
    if (Seen.insert({IdA, IdB, Len}).second)
      Work.emplace_back(IdA, IdB, Len);
  };
  auto Expand = [](Positions &P, unsigned Id,
                   llvm::SmallVectorImpl<unsigned> &Out) {
    if (Id == P.final()) {
      Out.push_back(Id);
      return;
    }
    auto [I, K] = P.split(Id);
    P.closure(I, K, Out);
  };
  while (!Work.empty()) {
    auto [IdA, IdB, Len] = Work.front();
    Work.pop_front();
    llvm::SmallVector<unsigned, 8> CA, CB;
    Expand(PA, IdA, CA);
    Expand(PB, IdB, CB);
    bool EndA = llvm::is_contained(CA, PA.final());
    bool EndB = llvm::is_contained(CB, PB.final());
    if (EndA && EndB && Len >= Lo && Len <= Hi)
      return true;
    unsigned Next = Exact ? Len + 1 : std::min(Len + 1, LenCap);
    if (Exact && Next > Hi)
      continue;
    for (unsigned SA : CA) {
      if (SA == PA.final())
        continue;
      auto [IA, KA] = PA.split(SA);
      std::optional<unsigned> NA = PA.step(IA, KA);
      if (!NA)
        continue;
      for (unsigned SB : CB) {
        if (SB == PB.final())
          continue;
        auto [IB, KB] = PB.split(SB);
        std::optional<unsigned> NB = PB.step(IB, KB);
        if (!NB || (PA.pieceAt(IA).Chars & PB.pieceAt(IB).Chars).none())
          continue;
        Push(SA - KA + *NA, SB - KB + *NB, Next);
      }
    }
  }
  return false;
}

bool ValueClass::overlaps(const ValueClass &O) const {
  if (isUnknown() || O.isUnknown())
    return true;
  unsigned Lo = std::max({MinLength, O.MinLength, 1u});
  unsigned Hi = std::min(MaxLength, O.MaxLength);
  if (Lo > Hi)
    return false;
  for (const Sequence &A : Alternatives)
    for (const Sequence &B : O.Alternatives)
      if (sequencesOverlap(A, B, Lo, Hi))
        return true;
  return false;
}

bool ValueClass::accepts(llvm::StringRef Value) const {
  if (isUnknown())
    return true;
  ValueClass V = enumOf({Value.str()});
  V.MinLength = V.MaxLength = Value.size();
  return overlaps(V);
}

//===----------------------------------------------------------------------===//
// Words
//===----------------------------------------------------------------------===//

/// "6", "6 to 8", "at least 6", "" (any number of).
static std::string countWords(unsigned Min, unsigned Max) {
  if (Min == Max)
    return std::to_string(Min);
  if (Max == Unbounded)
    return Min <= 1 ? "" : "at least " + std::to_string(Min);
  return std::to_string(Min) + " to " + std::to_string(Max);
}

std::string ValueClass::describe() const {
  std::string Length;
  if (MinLength > 1 || MaxLength != Unbounded)
    Length =
        " of " + countWords(std::max(MinLength, 1u), MaxLength) + " characters";
  switch (Kind) {
  case Unknown:
    return "any value";
  case Integer:
    return Source.empty() ? "a non-negative integer" : "an integer";
  case Number:
    return "a number";
  case Boolean:
    return "true or false";
  case Uuid:
    return "a uuid";
  case String:
    return "a string" + Length;
  case Enum: {
    std::vector<std::string> Quoted;
    for (const Sequence &S : Alternatives) {
      std::string V;
      for (const ValuePiece &P : S)
        for (unsigned C = 0; C < 256; ++C)
          if (P.Chars.test(C)) {
            V += static_cast<char>(C);
            break;
          }
      Quoted.push_back("'" + V + "'");
    }
    return "one of " + llvm::join(Quoted, ", ");
  }
  case Pattern:
    break;
  }
  // One piece of digits or hex digits reads as such.
  if (Alternatives.size() == 1 && Alternatives[0].size() == 1) {
    const ValuePiece &P = Alternatives[0][0];
    std::string N = countWords(P.Min, P.Max);
    std::string Prefix = N.empty() ? "" : N + " ";
    if ((P.Chars & ~digits()).none())
      return Prefix + "digits";
    if ((P.Chars & ~hexDigits()).none())
      return Prefix + "hex digits";
  }
  return "a string matching '" + Source + "'" + Length;
}

} // namespace wirecheck
