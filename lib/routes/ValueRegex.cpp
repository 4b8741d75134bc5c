//===--- ValueRegex.cpp - Regular expressions as value classes ------------===//
//
// The common regular-expression shapes of routes and schemas, read into
// ValueClass pieces.
//
//===----------------------------------------------------------------------===//

#include "lib/routes/ValuePieces.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck::valueclass {

namespace {
/// Parses the ECMAScript subset that route patterns and schemas use into
/// alternatives of pieces; anything else (look-around, back-references,
/// quantified groups of several pieces) fails, and the class is unknown.
class RegexShape {
public:
  explicit RegexShape(llvm::StringRef Re) : Re(Re) {}
  std::optional<std::vector<Sequence>> parse() {
    std::vector<Sequence> Alts = expression();
    if (Failed || I != Re.size())
      return std::nullopt;
    return Alts;
  }

private:
  bool fail() {
    Failed = true;
    return false;
  }
  bool atEnd() const { return I >= Re.size(); }
  char peek() const { return atEnd() ? '\0' : Re[I]; }

  std::vector<Sequence> expression();
  std::vector<Sequence> sequence();
  bool group(std::vector<Sequence> &Alts);
  bool escape(CharSet &Out, bool InBracket);
  bool bracket(CharSet &Out);
  bool quantifier(unsigned &Min, unsigned &Max);

  static constexpr size_t MaxAlternatives = 16;
  llvm::StringRef Re;
  size_t I = 0;
  bool Failed = false;
};
} // namespace

std::vector<Sequence> RegexShape::expression() {
  std::vector<Sequence> Alts = sequence();
  while (!Failed && peek() == '|') {
    ++I;
    for (Sequence &S : sequence())
      Alts.push_back(std::move(S));
  }
  if (Alts.size() > MaxAlternatives)
    fail();
  return Alts;
}

/// Appends \p Piece to every alternative.
static void append(std::vector<Sequence> &Alts, const ValuePiece &Piece) {
  for (Sequence &S : Alts)
    S.push_back(Piece);
}

std::vector<Sequence> RegexShape::sequence() {
  std::vector<Sequence> Alts(1);
  while (!Failed && !atEnd() && peek() != '|' && peek() != ')') {
    char C = Re[I++];
    CharSet Chars;
    if (C == '(') {
      if (!group(Alts))
        break;
      continue;
    }
    if (C == '[') {
      if (!bracket(Chars))
        break;
    } else if (C == '\\') {
      if (!escape(Chars, /*InBracket=*/false))
        break;
    } else if (C == '.') {
      Chars = segmentChars();
    } else if (llvm::StringRef("*+?^$").contains(C)) {
      fail(); // A quantifier with nothing before it, or an inner anchor.
      break;
    } else {
      Chars = oneChar(C);
    }
    unsigned Min = 1, Max = 1;
    if (!quantifier(Min, Max))
      break;
    append(Alts, piece(Chars, Min, Max));
  }
  return Alts;
}

/// A group after its '('. A group of one piece may be quantified; a group
/// of alternatives multiplies the alternatives so far.
bool RegexShape::group(std::vector<Sequence> &Alts) {
  llvm::StringRef Rest = Re.substr(I);
  if (Rest.starts_with("?:")) {
    I += 2;
  } else if (Rest.starts_with("?<") || Rest.starts_with("?P<")) {
    if (Rest.starts_with("?<=") || Rest.starts_with("?<!"))
      return fail();
    size_t Close = Rest.find('>');
    if (Close == llvm::StringRef::npos)
      return fail();
    I += Close + 1;
  } else if (Rest.starts_with("?")) {
    return fail(); // Look-ahead and the like.
  }
  std::vector<Sequence> Inner = expression();
  if (Failed || peek() != ')')
    return fail();
  ++I;
  unsigned Min = 1, Max = 1;
  if (!quantifier(Min, Max))
    return false;
  if (Min != 1 || Max != 1) {
    if (Inner.size() != 1 || Inner[0].size() != 1 || Inner[0][0].Min != 1 ||
        Inner[0][0].Max != 1)
      return fail();
    append(Alts, piece(Inner[0][0].Chars, Min, Max));
    return true;
  }
  std::vector<Sequence> Product;
  for (const Sequence &Head : Alts)
    for (const Sequence &Tail : Inner) {
      Product.push_back(Head);
      llvm::append_range(Product.back(), Tail);
    }
  if (Product.size() > MaxAlternatives)
    return fail();
  Alts = std::move(Product);
  return true;
}

bool RegexShape::escape(CharSet &Out, bool InBracket) {
  if (atEnd())
    return fail();
  char C = Re[I++];
  switch (C) {
  case 'd':
    Out = digits();
    return true;
  case 'D':
    Out = segmentChars() & ~digits();
    return true;
  case 'w':
    Out = wordChars();
    return true;
  case 'W':
    Out = segmentChars() & ~wordChars();
    return true;
  case 's':
    Out = spaceChars();
    return true;
  case 'S':
    Out = segmentChars() & ~spaceChars();
    return true;
  case 'b':
    if (InBracket) {
      Out = oneChar('\b');
      return true;
    }
    return fail();
  default:
    // Back-references and character escapes (\x41, \u0041, \cX) are not
    // modelled; any other escaped character stands for itself.
    if (llvm::isAlnum(C))
      return fail();
    Out = oneChar(C);
    return true;
  }
}

bool RegexShape::bracket(CharSet &Out) {
  bool Negated = false;
  if (peek() == '^') {
    Negated = true;
    ++I;
  }
  CharSet Set;
  bool First = true;
  while (!atEnd() && (First || peek() != ']')) {
    First = false;
    char C = Re[I++];
    CharSet Item;
    if (C == '[' && peek() == ':')
      return fail(); // POSIX classes are not ECMAScript.
    if (C == '\\') {
      if (!escape(Item, /*InBracket=*/true))
        return false;
      Set |= Item;
      continue;
    }
    if (peek() == '-' && I + 1 < Re.size() && Re[I + 1] != ']') {
      char To = Re[I + 1];
      if (To == '\\' ||
          static_cast<unsigned char>(To) < static_cast<unsigned char>(C))
        return fail();
      I += 2;
      Set |= charRange(C, To);
      continue;
    }
    Set |= oneChar(C);
  }
  if (atEnd())
    return fail();
  ++I; // ']'
  Out = Negated ? segmentChars() & ~Set : Set & segmentChars();
  return true;
}

bool RegexShape::quantifier(unsigned &Min, unsigned &Max) {
  char C = peek();
  if (C == '*' || C == '+' || C == '?') {
    ++I;
    Min = C == '+' ? 1 : 0;
    Max = C == '?' ? 1 : Unbounded;
  } else if (C == '{') {
    llvm::StringRef Rest = Re.substr(I + 1);
    size_t Close = Rest.find('}');
    if (Close == llvm::StringRef::npos)
      return true; // A literal '{' follows as the next atom.
    auto [Lo, Hi] = Rest.take_front(Close).split(',');
    bool HasComma = Rest.take_front(Close).contains(',');
    if (Lo.getAsInteger(10, Min))
      return true; // `{name}`: literal text.
    if (!HasComma)
      Max = Min;
    else if (Hi.empty())
      Max = Unbounded;
    else if (Hi.getAsInteger(10, Max) || Max < Min)
      return fail();
    I += Close + 2;
  } else {
    return true;
  }
  // Lazy and possessive forms match the same values.
  if (peek() == '?' || peek() == '+')
    ++I;
  return true;
}

std::optional<std::vector<Sequence>> parseRegexShape(llvm::StringRef Re) {
  return RegexShape(Re).parse();
}

} // namespace wirecheck::valueclass
