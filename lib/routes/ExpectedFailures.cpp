//===--- ExpectedFailures.cpp - Calls that expect an error status ---------===//

#include "lib/routes/ExpectedFailures.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <optional>
#include <utility>

using namespace clang;

namespace wirecheck {

/// How far the window reaches on either side, in characters: a statement
/// and three more are rarely longer.
static constexpr size_t MaxBefore = 400;
static constexpr size_t MaxAfter = 800;
static constexpr unsigned StatementsAfter = 4; // its own end, then three

static bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }

/// If \p I starts a comment or a string or character literal in \p Text,
/// the index just past it; otherwise \p I. Neither is code: a comment's
/// "is a 404" or a path `"/not_found"` expects nothing, and a `;` in them
/// ends no statement.
static size_t skipNonCode(llvm::StringRef Text, size_t I) {
  if (Text.substr(I).starts_with("//")) {
    size_t End = Text.find('\n', I);
    return End == llvm::StringRef::npos ? Text.size() : End;
  }
  if (Text.substr(I).starts_with("/*")) {
    size_t End = Text.find("*/", I + 2);
    return End == llvm::StringRef::npos ? Text.size() : End + 2;
  }
  char Quote = Text[I];
  if (Quote != '"' && Quote != '\'')
    return I;
  for (++I; I < Text.size() && Text[I] != Quote && Text[I] != '\n'; ++I)
    if (Text[I] == '\\')
      ++I;
  return std::min(I + 1, Text.size());
}

/// Is \p Word, an identifier, the name of a 4xx status?
static bool namesClientError(llvm::StringRef Word) {
  std::string Folded;
  for (char C : Word)
    if (C != '_')
      Folded.push_back(llvm::toLower(C));
  llvm::StringRef F = Folded;
  return F.contains("notfound") || F.contains("methodnotallowed") ||
         F.contains("badrequest") || F.contains("unsupportedmedia") ||
         F.contains("unknownmedia") || F.contains("unprocessable");
}

/// Is \p Number, a run of digits, a 4xx status?
static bool isClientErrorNumber(llvm::StringRef Number) {
  unsigned V = 0;
  return Number.size() == 3 && !Number.getAsInteger(10, V) && V >= 400 &&
         V <= 499;
}

/// Does \p Pred hold for some token of code in \p Window (an identifier or
/// a number; comments and literals skipped)? \p Pred also gets the text
/// after the token.
template <typename Predicate>
static bool anyCodeToken(llvm::StringRef Window, Predicate Pred) {
  size_t I = 0;
  while (I < Window.size()) {
    if (size_t Next = skipNonCode(Window, I); Next != I) {
      I = Next;
      continue;
    }
    if (!isIdentChar(Window[I])) {
      ++I;
      continue;
    }
    size_t J = I;
    while (J < Window.size() && isIdentChar(Window[J]))
      ++J;
    if (Pred(Window.slice(I, J), Window.substr(J)))
      return true;
    I = J;
  }
  return false;
}

/// Does \p Window name a 4xx status as a whole token?
static bool windowNamesClientError(llvm::StringRef Window) {
  return anyCodeToken(Window, [](llvm::StringRef Token, llvm::StringRef Rest) {
    if (llvm::isDigit(Token.front()) ? isClientErrorNumber(Token)
                                     : namesClientError(Token))
      return true;
    // A client-side error the test asserts (cpp-httplib's `Error::Write`,
    // `Error::Canceled`; `Error::Success` is the opposite).
    if (Token != "Error" || !Rest.consume_front("::"))
      return false;
    llvm::StringRef Name = Rest.take_while(isIdentChar);
    return !Name.empty() && Name != "Success";
  });
}

/// Does \p Window name a test macro that expects a throw or fails the test
/// when reached (`EXPECT_THROW`, `REQUIRE_THROWS_AS`, `FAIL()`,
/// `FAIL_CHECK()`, `ADD_FAILURE()`)? Upper case only: a handler's own
/// `throw` expects nothing.
static bool windowExpectsThrow(llvm::StringRef Window) {
  return anyCodeToken(Window, [](llvm::StringRef Token, llvm::StringRef) {
    return Token.contains("THROW") || Token == "FAIL" ||
           Token.starts_with("FAIL_") || Token == "ADD_FAILURE";
  });
}

/// The text of the statement at \p Offset and the three after it in its
/// block; empty when \p Offset is past the text. With \p SameBlock, it
/// ends before a block that opens after the first statement (the `try`
/// that follows a registration holds a test of its own).
static llvm::StringRef statementWindow(llvm::StringRef Text, size_t Offset,
                                       bool SameBlock = false) {
  if (Offset > Text.size())
    return {};
  // Back to the start of the statement: the previous `;`, `{` or `}`.
  size_t Begin = Offset;
  while (Begin > 0 && Offset - Begin < MaxBefore) {
    char C = Text[Begin - 1];
    if (C == ';' || C == '{' || C == '}')
      break;
    --Begin;
  }
  // On to the end of the third statement after it, or the end of the block
  // (brackets counted from the statement's start, so the call's own
  // parentheses balance).
  size_t End = Begin;
  unsigned Statements = 0;
  int Depth = 0;
  while (End < Text.size() && End - Begin < MaxBefore + MaxAfter) {
    if (size_t Next = skipNonCode(Text, End); Next != End) {
      End = Next;
      continue;
    }
    char C = Text[End];
    if (SameBlock && C == '{' && Depth == 0 && Statements > 0)
      break;
    ++End;
    if (C == '(' || C == '{' || C == '[')
      ++Depth;
    else if (C == ')' || C == '}' || C == ']') {
      if (--Depth < 0)
        break;
    } else if (C == ';' && Depth == 0 && ++Statements == StatementsAfter) {
      break;
    }
  }
  return Text.slice(Begin, End);
}

bool expectsClientError(llvm::StringRef Text, size_t Offset) {
  return windowNamesClientError(statementWindow(Text, Offset));
}

bool expectsRegistrationFailure(llvm::StringRef Text, size_t Offset) {
  return windowExpectsThrow(statementWindow(Text, Offset, /*SameBlock=*/true));
}

/// The file text at \p Loc and its offset there.
static std::optional<std::pair<llvm::StringRef, size_t>>
textAt(const SourceManager &SM, SourceLocation Loc) {
  Loc = SM.getFileLoc(Loc);
  if (Loc.isInvalid())
    return std::nullopt;
  std::pair<FileID, unsigned> At = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(At.first, &Invalid);
  if (Invalid)
    return std::nullopt;
  return std::make_pair(Buffer, size_t(At.second));
}

bool expectsClientError(const SourceManager &SM, SourceLocation Loc) {
  auto At = textAt(SM, Loc);
  return At && expectsClientError(At->first, At->second);
}

bool expectsRegistrationFailure(const SourceManager &SM, SourceLocation Loc) {
  auto At = textAt(SM, Loc);
  return At && expectsRegistrationFailure(At->first, At->second);
}

} // namespace wirecheck
