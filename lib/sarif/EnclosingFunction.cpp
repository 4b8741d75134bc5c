//===--- EnclosingFunction.cpp - The function around an offset ------------===//
//
// Blanks comments and literals, then tracks braces in one pass over the
// file: a `{` at namespace or class scope whose head (the text since the
// previous `;`, `{` or `}`) ends in a declarator opens a function body.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/EnclosingFunction.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include <vector>

using namespace llvm;

namespace wirecheck {
namespace sarif {

/// \p Source with comments, string and character literals blanked (same
/// length, so offsets stay valid).
static std::string blankCommentsAndLiterals(StringRef Source) {
  std::string Out = Source.str();
  size_t I = 0, N = Out.size();
  auto Blank = [&](size_t From, size_t To) {
    for (size_t K = From; K < To && K < N; ++K)
      if (Out[K] != '\n')
        Out[K] = ' ';
  };
  while (I < N) {
    char C = Out[I];
    if (C == '/' && I + 1 < N && Out[I + 1] == '/') {
      size_t End = Out.find('\n', I);
      End = End == std::string::npos ? N : End;
      Blank(I, End);
      I = End;
    } else if (C == '/' && I + 1 < N && Out[I + 1] == '*') {
      size_t End = Out.find("*/", I + 2);
      End = End == std::string::npos ? N : End + 2;
      Blank(I, End);
      I = End;
    } else if (C == 'R' && I + 1 < N && Out[I + 1] == '"' &&
               (I == 0 || !(isAlnum(Out[I - 1]) || Out[I - 1] == '_'))) {
      // Raw string: R"delim( ... )delim".
      size_t Open = Out.find('(', I + 2);
      if (Open == std::string::npos) {
        ++I;
        continue;
      }
      std::string Close = ")" + Out.substr(I + 2, Open - I - 2) + "\"";
      size_t End = Out.find(Close, Open);
      End = End == std::string::npos ? N : End + Close.size();
      Blank(I, End);
      I = End;
    } else if (C == '"' || C == '\'') {
      // A ' between digits is a digit separator (1'000).
      if (C == '\'' && I > 0 && isHexDigit(Out[I - 1]) && I + 1 < N &&
          isHexDigit(Out[I + 1])) {
        ++I;
        continue;
      }
      size_t K = I + 1;
      while (K < N && Out[K] != C && Out[K] != '\n')
        K += Out[K] == '\\' ? 2 : 1;
      Blank(I, std::min(K + 1, N));
      I = K + 1;
    } else {
      ++I;
    }
  }
  return Out;
}

static bool isIdentChar(char C) { return isAlnum(C) || C == '_'; }

/// Returns true if \p Pos in \p Text starts the keyword `operator`.
static bool isOperatorKeyword(StringRef Text, size_t Pos) {
  return Text.substr(Pos).starts_with("operator") &&
         (Pos == 0 || !isIdentChar(Text[Pos - 1])) &&
         (Pos + 8 == Text.size() || !isIdentChar(Text[Pos + 8]));
}

/// The function name in the declarator \p Head (the text between the
/// previous `;`, `{` or `}` and a body's `{`), or "" if \p Head does not
/// declare a function.
static std::string functionNameIn(StringRef Head) {
  Head = Head.trim();
  // The parameter list opens at the first `(` outside template arguments,
  // except in `operator()`, whose own parentheses come first.
  size_t From = 0;
  for (size_t Op = Head.find("operator"); Op != StringRef::npos;
       Op = Head.find("operator", Op + 1)) {
    if (!isOperatorKeyword(Head, Op))
      continue;
    StringRef After = Head.drop_front(Op + 8).ltrim();
    if (After.starts_with("()"))
      From = Head.size() - After.size() + 2;
    break;
  }
  int Angle = 0;
  size_t ParamOpen = StringRef::npos;
  for (size_t I = From; I < Head.size(); ++I) {
    char C = Head[I];
    if (C == '<')
      ++Angle;
    else if (C == '>' && Angle > 0)
      --Angle;
    else if (C == '(' && Angle == 0) {
      ParamOpen = I;
      break;
    }
  }
  if (ParamOpen == StringRef::npos)
    return "";
  StringRef Before = Head.take_front(ParamOpen).rtrim();
  // A lambda's body (`[&](int X) {`) is not a function of its own.
  if (Before.empty() || Before.ends_with("]"))
    return "";

  // Walk back over the name: identifiers, `::`, `~` and template arguments;
  // an operator name from its `operator` keyword.
  size_t Start = Before.size();
  size_t Op = Before.rfind("operator");
  if (Op != StringRef::npos && isOperatorKeyword(Before, Op))
    Start = Op;
  int Depth = 0;
  while (Start > 0) {
    char C = Before[Start - 1];
    if (C == '>')
      ++Depth;
    else if (C == '<' && Depth > 0)
      --Depth;
    else if (Depth == 0 && !(isIdentChar(C) || C == ':' || C == '~'))
      break;
    --Start;
  }
  std::string Name;
  for (char C : Before.drop_front(Start))
    if (!isSpace(C))
      Name += C;
  if (Op != StringRef::npos && Start <= Op && isOperatorKeyword(Before, Op) &&
      Before.drop_front(Op + 8).ltrim().size() > 0 &&
      isIdentChar(Before.drop_front(Op + 8).ltrim().front()))
    Name.insert(Name.find("operator") + 8, " "); // operator bool
  // Statements and operators that look like calls.
  static const char *const NotFunctions[] = {
      "if",       "for",      "while",   "switch",        "catch",
      "return",   "sizeof",   "alignof", "static_assert", "decltype",
      "noexcept", "requires", "do",      "else",          "alignas"};
  for (const char *K : NotFunctions)
    if (Name == K)
      return "";
  if (Name.empty() || isDigit(Name.front()) || Name.back() == ':')
    return "";
  return Name;
}

/// Returns true if a `{` after \p Head opens a member's brace initializer
/// in a constructor's initializer list (`Conn() : Buf{0}`) rather than a
/// body: \p Head has a lone `:` after its parameter list and ends in a name.
static bool isBraceInitializer(StringRef Head) {
  Head = Head.rtrim();
  if (Head.empty() || !(isIdentChar(Head.back()) || Head.back() == '>'))
    return false;
  size_t Close = Head.find(')');
  if (Close == StringRef::npos)
    return false;
  StringRef After = Head.drop_front(Close + 1);
  for (size_t I = 0; I < After.size(); ++I)
    if (After[I] == ':') {
      if (I + 1 < After.size() && After[I + 1] == ':') {
        ++I;
        continue;
      }
      return true;
    }
  return false;
}

FunctionIndex::FunctionIndex(StringRef Source) {
  std::string Text = blankCommentsAndLiterals(Source);
  Size = Text.size();
  // Each open brace: the index in Bodies of the function body it opens, or
  // -1 for any other block. At most one body is open at a time: inside a
  // function, blocks (lambdas included) belong to that function.
  std::vector<int> Stack;
  int OpenBody = -1;
  size_t HeadStart = 0;
  int Parens = 0;
  auto AtLineStart = [&Text](size_t I) {
    while (I > 0 && (Text[I - 1] == ' ' || Text[I - 1] == '\t'))
      --I;
    return I == 0 || Text[I - 1] == '\n';
  };
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '(') {
      ++Parens;
    } else if (C == ')') {
      Parens = std::max(0, Parens - 1);
    } else if (C == '#' && AtLineStart(I)) {
      // Preprocessor lines, continued or not, open and close nothing.
      size_t End = I;
      do {
        End = Text.find('\n', End + 1);
      } while (End != std::string::npos && End > 0 && Text[End - 1] == '\\');
      I = End == std::string::npos ? Text.size() : End;
      HeadStart = I;
    } else if (C == ';' && Parens == 0) {
      HeadStart = I + 1;
    } else if (C == '{' && Parens == 0 && OpenBody < 0 &&
               isBraceInitializer(StringRef(Text).slice(HeadStart, I))) {
      // `Conn() : Buf{0} {`: skip the member's braces, keep the head.
      int Depth = 0;
      for (; I < Text.size(); ++I) {
        if (Text[I] == '{')
          ++Depth;
        else if (Text[I] == '}' && --Depth == 0)
          break;
      }
    } else if (C == '{') {
      // Only a block at namespace or class scope can be a function body.
      std::string Name;
      if (Parens == 0 && OpenBody < 0)
        Name = functionNameIn(StringRef(Text).slice(HeadStart, I));
      if (Name.empty()) {
        Stack.push_back(-1);
      } else {
        OpenBody = Bodies.size();
        Bodies.push_back({I, StringRef::npos, std::move(Name)});
        Stack.push_back(OpenBody);
      }
      HeadStart = I + 1;
    } else if (C == '}') {
      if (!Stack.empty()) {
        if (Stack.back() >= 0) {
          Bodies[Stack.back()].Close = I;
          OpenBody = -1;
        }
        Stack.pop_back();
      }
      HeadStart = I + 1;
    }
  }
}

std::string FunctionIndex::at(unsigned Offset) const {
  // Scanning the source up to the offset leaves a body open when its `{`
  // comes before the offset and its `}` does not.
  size_t At = std::min<size_t>(Offset, Size);
  auto After = llvm::partition_point(
      Bodies, [At](const Body &B) { return B.Open < At; });
  if (After == Bodies.begin())
    return "";
  const Body &B = *std::prev(After);
  return At <= B.Close ? B.Name : "";
}

std::string enclosingFunction(StringRef Source, unsigned Offset) {
  return FunctionIndex(Source).at(Offset);
}

} // namespace sarif
} // namespace wirecheck
