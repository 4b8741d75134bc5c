//===--- Sarif.cpp - clang-tidy findings as SARIF 2.1.0 -------------------===//

#include "lib/sarif/Sarif.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/xxhash.h"
#include <map>

using namespace llvm;

namespace wirecheck {
namespace sarif {

//===----------------------------------------------------------------------===//
// Positions
//===----------------------------------------------------------------------===//

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

//===----------------------------------------------------------------------===//
// Enclosing function
//===----------------------------------------------------------------------===//

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

std::string enclosingFunction(StringRef Source, unsigned Offset) {
  std::string Text = blankCommentsAndLiterals(Source);
  Offset = std::min<size_t>(Offset, Text.size());
  // Each open brace with the function it starts ("" for other blocks).
  struct Block {
    std::string Function;
  };
  std::vector<Block> Stack;
  size_t HeadStart = 0;
  int Parens = 0;
  auto AtLineStart = [&Text](size_t I) {
    while (I > 0 && (Text[I - 1] == ' ' || Text[I - 1] == '\t'))
      --I;
    return I == 0 || Text[I - 1] == '\n';
  };
  for (size_t I = 0; I < Offset; ++I) {
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
    } else if (C == '{' && Parens == 0 &&
               llvm::none_of(
                   Stack, [](const Block &B) { return !B.Function.empty(); }) &&
               isBraceInitializer(StringRef(Text).slice(HeadStart, I))) {
      // `Conn() : Buf{0} {`: skip the member's braces, keep the head.
      int Depth = 0;
      for (; I < Offset; ++I) {
        if (Text[I] == '{')
          ++Depth;
        else if (Text[I] == '}' && --Depth == 0)
          break;
      }
    } else if (C == '{') {
      std::string Name;
      if (Parens == 0) {
        // Only a block at namespace or class scope can be a function body;
        // inside a function, blocks belong to that function.
        bool InFunction = false;
        for (const Block &B : Stack)
          InFunction |= !B.Function.empty();
        if (!InFunction)
          Name = functionNameIn(StringRef(Text).slice(HeadStart, I));
      }
      Stack.push_back({Name});
      HeadStart = I + 1;
    } else if (C == '}') {
      if (!Stack.empty())
        Stack.pop_back();
      HeadStart = I + 1;
    }
  }
  for (const Block &B : Stack)
    if (!B.Function.empty())
      return B.Function;
  return "";
}

//===----------------------------------------------------------------------===//
// Fingerprints
//===----------------------------------------------------------------------===//

std::string normaliseMessage(StringRef Message) {
  std::string Out;
  bool Space = false, Number = false;
  for (char C : Message.trim()) {
    if (isSpace(C)) {
      Space = true;
      Number = false;
      continue;
    }
    if (Space && !Out.empty())
      Out += ' ';
    Space = false;
    if (isDigit(C)) {
      if (!Number)
        Out += '#';
      Number = true;
      continue;
    }
    Number = false;
    Out += C;
  }
  return Out;
}

std::string fingerprint(const Finding &F, StringRef File, unsigned Ordinal) {
  std::string Key = (F.Rule + "\x1f" + File + "\x1f" + F.Function + "\x1f" +
                     normaliseMessage(F.Message) + "\x1f" + Twine(Ordinal))
                        .str();
  uint64_t Hash = xxh3_64bits(arrayRefFromStringRef(Key));
  return utohexstr(Hash, /*LowerCase=*/true, /*Width=*/16);
}

//===----------------------------------------------------------------------===//
// Parsing clang-tidy's output
//===----------------------------------------------------------------------===//

static std::string scalar(yaml::Node *N) {
  auto *S = dyn_cast_or_null<yaml::ScalarNode>(N);
  if (!S)
    return "";
  SmallString<128> Storage;
  return S->getValue(Storage).str();
}

static std::string absolutePath(StringRef Path, StringRef BuildDir) {
  if (Path.empty() || sys::path::is_absolute(Path) || BuildDir.empty())
    return Path.str();
  SmallString<256> Full(BuildDir);
  sys::path::append(Full, Path);
  return std::string(Full);
}

namespace {
/// Caches source files read through a FileReader.
class Sources {
public:
  explicit Sources(FileReader Read) : Read(Read) {}
  StringRef get(const std::string &Path) {
    auto It = Cache.find(Path);
    if (It == Cache.end())
      It = Cache.try_emplace(Path, Read(Path).value_or("")).first;
    return It->second;
  }

private:
  FileReader Read;
  std::map<std::string, std::string> Cache;
};

/// One exported message: message, file, offset, replacements.
struct Exported {
  std::string Message, File;
  unsigned Offset = 0;
  std::vector<std::tuple<std::string, unsigned, unsigned, std::string>>
      Replacements;
};
} // namespace

static Exported readMessage(yaml::MappingNode *M) {
  Exported E;
  for (yaml::KeyValueNode &KV : *M) {
    std::string Key = scalar(KV.getKey());
    if (Key == "Message")
      E.Message = scalar(KV.getValue());
    else if (Key == "FilePath")
      E.File = scalar(KV.getValue());
    else if (Key == "FileOffset")
      to_integer(scalar(KV.getValue()), E.Offset);
    else if (Key == "Replacements")
      if (auto *Seq = dyn_cast_or_null<yaml::SequenceNode>(KV.getValue()))
        for (yaml::Node &R : *Seq) {
          auto *RM = dyn_cast<yaml::MappingNode>(&R);
          if (!RM)
            continue;
          std::string File, Text;
          unsigned Offset = 0, Length = 0;
          for (yaml::KeyValueNode &RKV : *RM) {
            std::string RK = scalar(RKV.getKey());
            if (RK == "FilePath")
              File = scalar(RKV.getValue());
            else if (RK == "Offset")
              to_integer(scalar(RKV.getValue()), Offset);
            else if (RK == "Length")
              to_integer(scalar(RKV.getValue()), Length);
            else if (RK == "ReplacementText")
              Text = scalar(RKV.getValue());
          }
          E.Replacements.emplace_back(File, Offset, Length, Text);
        }
  }
  return E;
}

static std::string sarifLevel(StringRef ClangLevel) {
  std::string L = ClangLevel.lower();
  if (L == "error" || L == "fatal error")
    return "error";
  if (L == "remark" || L == "note")
    return "note";
  return "warning";
}

Error parseExportedFixes(StringRef Yaml, FileReader Read,
                         std::vector<Finding> &Out) {
  SourceMgr SM;
  std::string ParseError;
  SM.setDiagHandler(
      [](const SMDiagnostic &D, void *Ctx) {
        *static_cast<std::string *>(Ctx) = D.getMessage().str();
      },
      &ParseError);
  yaml::Stream Stream(Yaml, SM);
  Sources Files(Read);
  for (yaml::Document &Doc : Stream) {
    auto *Root = dyn_cast_or_null<yaml::MappingNode>(Doc.getRoot());
    if (!Root)
      continue;
    for (yaml::KeyValueNode &KV : *Root) {
      if (scalar(KV.getKey()) != "Diagnostics")
        continue;
      auto *Diags = dyn_cast_or_null<yaml::SequenceNode>(KV.getValue());
      if (!Diags)
        continue;
      for (yaml::Node &DN : *Diags) {
        auto *D = dyn_cast<yaml::MappingNode>(&DN);
        if (!D)
          continue;
        // The YAML parser streams: read every field once, then resolve
        // paths against BuildDirectory and offsets against the sources.
        std::string BuildDir;
        Exported Main;
        std::vector<Exported> Notes;
        Finding Result;
        for (yaml::KeyValueNode &F : *D) {
          std::string Key = scalar(F.getKey());
          if (Key == "DiagnosticName") {
            Result.Rule = scalar(F.getValue());
          } else if (Key == "Level") {
            Result.Level = sarifLevel(scalar(F.getValue()));
          } else if (Key == "BuildDirectory") {
            BuildDir = scalar(F.getValue());
          } else if (Key == "DiagnosticMessage") {
            if (auto *M = dyn_cast_or_null<yaml::MappingNode>(F.getValue()))
              Main = readMessage(M);
          } else if (Key == "Notes") {
            if (auto *Seq = dyn_cast_or_null<yaml::SequenceNode>(F.getValue()))
              for (yaml::Node &NN : *Seq)
                if (auto *NM = dyn_cast<yaml::MappingNode>(&NN))
                  Notes.push_back(readMessage(NM));
          } else {
            F.skip();
          }
        }
        Result.Message = Main.Message;
        Result.File = absolutePath(Main.File, BuildDir);
        StringRef Src = Files.get(Result.File);
        Result.Where = positionOf(Src, Main.Offset);
        Result.Function = enclosingFunction(Src, Main.Offset);
        for (auto &[File, Offset, Length, Text] : Main.Replacements) {
          std::string Path = absolutePath(File, BuildDir);
          StringRef RSrc = Files.get(Path);
          Result.Fix.push_back({Path, positionOf(RSrc, Offset),
                                positionOf(RSrc, Offset + Length), Text});
        }
        for (const Exported &N : Notes) {
          std::string Path = absolutePath(N.File, BuildDir);
          Result.Notes.push_back(
              {N.Message, Path, positionOf(Files.get(Path), N.Offset)});
        }
        if (!Result.Rule.empty())
          Out.push_back(std::move(Result));
      }
    }
  }
  if (Stream.failed())
    return createStringError(inconvertibleErrorCode(),
                             "invalid exported fixes YAML: " + ParseError);
  return Error::success();
}

Error parseTextDiagnostics(StringRef Text, FileReader Read,
                           std::vector<Finding> &Out) {
  // path:line:col: level: message [check-name(,-warnings-as-errors)]
  static const Regex Line(
      "^(.+):([0-9]+):([0-9]+): (warning|error|note|remark|fatal error): "
      "(.*)$");
  static const Regex Check(" \\[([A-Za-z0-9_.-]+)(,-warnings-as-errors)?\\]$");
  Sources Files(Read);
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  for (StringRef L : Lines) {
    L = L.rtrim("\r");
    SmallVector<StringRef, 6> M;
    if (!Line.match(L, &M))
      continue;
    std::string File = M[1].str();
    unsigned LineNo = 0, Col = 0;
    to_integer(M[2], LineNo);
    to_integer(M[3], Col);
    StringRef Src = Files.get(File);
    unsigned Offset = offsetOf(Src, LineNo, Col);
    Position Where =
        Src.empty() ? Position{LineNo, Col, 0} : positionOf(Src, Offset);
    StringRef Message = M[5];
    if (M[4] == "note") {
      if (!Out.empty())
        Out.back().Notes.push_back({Message.str(), File, Where});
      continue;
    }
    SmallVector<StringRef, 3> C;
    Finding F;
    if (Check.match(Message, &C)) {
      F.Rule = C[1].str();
      Message = Message.drop_back(C[0].size());
      // Escalated by --warnings-as-errors: still the check's finding.
    } else {
      F.Rule = "clang-diagnostic-error";
    }
    F.Level = sarifLevel(M[4]);
    F.Message = Message.str();
    F.File = File;
    F.Where = Where;
    F.Function = Src.empty() ? "" : enclosingFunction(Src, Offset);
    Out.push_back(std::move(F));
  }
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Writing SARIF
//===----------------------------------------------------------------------===//

/// Percent-encodes \p Path for a URI (a relative reference as it is).
static std::string relativeUri(StringRef Path) {
  std::string Out;
  for (char C : Path) {
    if (isAlnum(C) || StringRef("/-_.~").contains(C))
      Out += C;
    else
      Out += "%" + utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Out;
}

static std::string fileUri(StringRef Path) {
  return "file://" + relativeUri(Path);
}

namespace {
/// Turns paths into SARIF artifact locations relative to the source root.
struct Artifacts {
  std::string Root; // Ends with '/'.

  /// The path relative to the root when it lies beneath it.
  std::string relative(StringRef Path) const {
    if (!Root.empty() && Path.starts_with(Root))
      return Path.drop_front(Root.size()).str();
    return Path.str();
  }
  json::Object location(StringRef Path) const {
    std::string Rel = relative(Path);
    if (!Root.empty() && Rel != Path)
      return json::Object{{"uri", relativeUri(Rel)}, {"uriBaseId", "SRCROOT"}};
    return json::Object{{"uri", fileUri(Path)}};
  }
};
} // namespace

static json::Object region(const Position &P) {
  return json::Object{{"startLine", P.Line}, {"startColumn", P.Column}};
}

static json::Object physical(const Artifacts &A, StringRef File,
                             const Position &P) {
  return json::Object{{"artifactLocation", A.location(File)},
                      {"region", region(P)}};
}

json::Value toSarif(ArrayRef<Finding> Findings, const LogOptions &Options) {
  Artifacts A;
  if (!Options.SourceRoot.empty()) {
    A.Root = Options.SourceRoot;
    if (!StringRef(A.Root).ends_with("/"))
      A.Root += '/';
  }

  // Rules in order of first appearance.
  std::vector<std::string> RuleIds;
  StringMap<unsigned> RuleIndex;
  for (const Finding &F : Findings)
    if (RuleIndex.try_emplace(F.Rule, RuleIds.size()).second)
      RuleIds.push_back(F.Rule);

  json::Array Rules;
  for (const std::string &Id : RuleIds) {
    json::Object Rule{{"id", Id}};
    std::optional<RuleInfo> Info;
    if (Options.Rules)
      Info = Options.Rules(Id);
    if (!Info)
      Info = RuleInfo{"", "", upstreamHelpUri(Id)};
    if (!Info->Summary.empty()) {
      Rule["shortDescription"] = json::Object{{"text", Info->Summary}};
      Rule["fullDescription"] = json::Object{{"text", Info->Summary}};
    }
    if (!Info->Summary.empty() || !Info->Markdown.empty()) {
      json::Object Help{{"text", Info->Summary.empty() ? Id : Info->Summary}};
      if (!Info->Markdown.empty())
        Help["markdown"] = Info->Markdown;
      Rule["help"] = std::move(Help);
    }
    if (!Info->HelpUri.empty())
      Rule["helpUri"] = Info->HelpUri;
    Rules.push_back(std::move(Rule));
  }

  json::Array Results;
  StringMap<unsigned> Seen; // Fingerprint key -> count, for ordinals.
  for (const Finding &F : Findings) {
    std::string Rel = A.relative(F.File);
    std::string Base = F.Rule + "\x1f" + Rel + "\x1f" + F.Function + "\x1f" +
                       normaliseMessage(F.Message);
    unsigned Ordinal = Seen[Base]++;
    std::string Print = fingerprint(F, Rel, Ordinal);
    if (Options.Baseline && Options.Baseline->contains(Print))
      continue;

    json::Object Location{{"physicalLocation", physical(A, F.File, F.Where)}};
    if (!F.Function.empty())
      Location["logicalLocations"] = json::Array{json::Object{
          {"fullyQualifiedName", F.Function}, {"kind", "function"}}};
    json::Object Result{
        {"ruleId", F.Rule},
        {"ruleIndex", RuleIndex[F.Rule]},
        {"level", F.Level},
        {"message", json::Object{{"text", F.Message}}},
        {"locations", json::Array{std::move(Location)}},
        {"partialFingerprints", json::Object{{FingerprintKey, Print}}},
    };
    if (Options.Baseline)
      Result["baselineState"] = "new";
    if (!F.Notes.empty()) {
      json::Array Related;
      unsigned Id = 0;
      for (const Note &N : F.Notes)
        Related.push_back(
            json::Object{{"id", Id++},
                         {"physicalLocation", physical(A, N.File, N.Where)},
                         {"message", json::Object{{"text", N.Message}}}});
      Result["relatedLocations"] = std::move(Related);
    }
    if (!F.Fix.empty()) {
      // One artifactChange per file, in order of appearance.
      std::vector<std::string> Files;
      std::map<std::string, json::Array> Replacements;
      for (const Replacement &R : F.Fix) {
        if (!Replacements.count(R.File))
          Files.push_back(R.File);
        json::Object Deleted{{"startLine", R.Begin.Line},
                             {"startColumn", R.Begin.Column},
                             {"endLine", R.End.Line},
                             {"endColumn", R.End.Column}};
        Replacements[R.File].push_back(
            json::Object{{"deletedRegion", std::move(Deleted)},
                         {"insertedContent", json::Object{{"text", R.Text}}}});
      }
      json::Array Changes;
      for (const std::string &File : Files)
        Changes.push_back(
            json::Object{{"artifactLocation", A.location(File)},
                         {"replacements", std::move(Replacements[File])}});
      Result["fixes"] = json::Array{json::Object{
          {"description",
           json::Object{{"text", "apply the fix-it of " + F.Rule}}},
          {"artifactChanges", std::move(Changes)}}};
    }
    Results.push_back(std::move(Result));
  }

  json::Object Driver{
      {"name", "wirecheck"},
      {"informationUri", "https://clang.llvm.org/extra/clang-tidy/"},
      {"rules", std::move(Rules)}};
  if (!Options.ToolVersion.empty())
    Driver["version"] = Options.ToolVersion;
  json::Object Run{{"tool", json::Object{{"driver", std::move(Driver)}}},
                   {"columnKind", "unicodeCodePoints"},
                   {"results", std::move(Results)}};
  if (!A.Root.empty())
    Run["originalUriBaseIds"] =
        json::Object{{"SRCROOT", json::Object{{"uri", fileUri(A.Root)}}}};
  return json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{std::move(Run)}}};
}

Expected<StringSet<>> readFingerprints(StringRef Sarif) {
  Expected<json::Value> Log = json::parse(Sarif);
  if (!Log)
    return Log.takeError();
  StringSet<> Prints;
  const json::Object *Root = Log->getAsObject();
  const json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs)
    return createStringError(inconvertibleErrorCode(),
                             "not a SARIF log: no 'runs'");
  for (const json::Value &Run : *Runs) {
    const json::Object *R = Run.getAsObject();
    const json::Array *Results = R ? R->getArray("results") : nullptr;
    if (!Results)
      continue;
    for (const json::Value &Result : *Results) {
      const json::Object *O = Result.getAsObject();
      const json::Object *FP =
          O ? O->getObject("partialFingerprints") : nullptr;
      if (!FP)
        continue;
      if (std::optional<StringRef> P = FP->getString(FingerprintKey))
        Prints.insert(*P);
    }
  }
  return Prints;
}

//===----------------------------------------------------------------------===//
// Rule metadata
//===----------------------------------------------------------------------===//

RuleInfo ruleInfoFromMarkdown(StringRef Markdown, std::string HelpUri) {
  RuleInfo Info;
  Info.Markdown = Markdown.str();
  Info.HelpUri = std::move(HelpUri);
  // The summary: the first paragraph that is not a heading.
  SmallVector<StringRef, 0> Lines;
  Markdown.split(Lines, '\n');
  std::string Summary;
  for (StringRef L : Lines) {
    L = L.trim();
    if (L.empty()) {
      if (!Summary.empty())
        break;
      continue;
    }
    if (L.starts_with("#") || L.starts_with("===") || L.starts_with("---") ||
        L.starts_with(".."))
      continue;
    if (!Summary.empty())
      Summary += ' ';
    Summary += L.str();
  }
  Info.Summary = Summary;
  return Info;
}

std::string upstreamHelpUri(StringRef Rule) {
  if (Rule.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html#w" +
           Rule.drop_front(strlen("clang-diagnostic-")).lower();
  size_t Dash = Rule.find('-');
  if (Dash == StringRef::npos)
    return "";
  StringRef Module = Rule.take_front(Dash);
  if (Module == "clang" && Rule.starts_with("clang-analyzer-"))
    return ("https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/" +
            Rule.drop_front(strlen("clang-analyzer-")) + ".html")
        .str();
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
          Rule.drop_front(Dash + 1) + ".html")
      .str();
}

} // namespace sarif
} // namespace wirecheck
