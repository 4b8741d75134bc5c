//===--- TidyOutput.cpp - clang-tidy's findings as it reports them --------===//
//
// The exported-fixes YAML is read with LLVM's streaming YAML parser (each
// node is visited once); the text output line by line with two regexes.
// Source files are read once each and cached with their line table and
// function index, so the cost is linear in the number of findings.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/TidyOutput.h"
#include "lib/sarif/EnclosingFunction.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <map>
#include <memory>
#include <optional>
#include <tuple>

using namespace llvm;

namespace wirecheck {
namespace sarif {

namespace {
/// A source file, read once, with its line table and function index built
/// on first use: every lookup after that is a binary search, so a file with
/// many findings costs linear time, not quadratic.
class SourceFile {
public:
  explicit SourceFile(std::string Contents)
      : Text(std::move(Contents)), Lines(Text) {}
  SourceFile(const SourceFile &) = delete;
  SourceFile &operator=(const SourceFile &) = delete;

  bool empty() const { return Text.empty(); }
  Position positionOf(unsigned Offset) const {
    return Lines.positionOf(Offset);
  }
  unsigned offsetOf(unsigned Line, unsigned Column) const {
    return Lines.offsetOf(Line, Column);
  }
  std::string functionAt(unsigned Offset) {
    if (!Functions)
      Functions.emplace(Text);
    return Functions->at(Offset);
  }

private:
  std::string Text;
  LineTable Lines; // Refers to Text.
  std::optional<FunctionIndex> Functions;
};

/// Caches source files read through a FileReader.
class Sources {
public:
  explicit Sources(FileReader Read) : Read(Read) {}
  SourceFile &get(const std::string &Path) {
    std::unique_ptr<SourceFile> &File = Cache[Path];
    if (!File)
      File = std::make_unique<SourceFile>(Read(Path).value_or(""));
    return *File;
  }

private:
  FileReader Read;
  std::map<std::string, std::unique_ptr<SourceFile>> Cache;
};

/// One exported message: message, file, offset, replacements.
struct Exported {
  std::string Message, File;
  unsigned Offset = 0;
  std::vector<std::tuple<std::string, unsigned, unsigned, std::string>>
      Replacements;
};

/// The fields of one entry of `Diagnostics:`, as written.
struct ExportedDiagnostic {
  Finding Result; // Rule and level.
  std::string BuildDir;
  Exported Main;
  std::vector<Exported> Notes;
};
} // namespace

static std::string sarifLevel(StringRef ClangLevel) {
  std::string L = ClangLevel.lower();
  if (L == "error" || L == "fatal error")
    return "error";
  if (L == "remark" || L == "note")
    return "note";
  return "warning";
}

//===----------------------------------------------------------------------===//
// --export-fixes YAML
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
/// Where the exported fixes do not have the shape clang-tidy writes: an
/// error naming the YAML line, so that a wrong file is never read as a run
/// without findings.
class Shape {
public:
  explicit Shape(SourceMgr &SM) : SM(SM) {}

  Error error(yaml::Node *N, const Twine &What) const {
    if (!N)
      return createStringError(inconvertibleErrorCode(), What);
    unsigned Line = SM.FindLineNumber(N->getSourceRange().Start);
    return createStringError(inconvertibleErrorCode(),
                             "line " + Twine(Line) + ": " + What);
  }

  /// The unsigned number \p N holds, the value of \p Key, into \p Out.
  Error number(yaml::Node *N, StringRef Key, unsigned &Out) const {
    std::string Text = scalar(N);
    if (to_integer(Text, Out))
      return Error::success();
    return error(N, Key + " '" + Text + "' is not a number");
  }

private:
  SourceMgr &SM;
};
} // namespace

/// Appends the replacements of a `Replacements:` sequence to \p E.
static Error readReplacements(yaml::SequenceNode *Seq, Exported &E,
                              const Shape &Check) {
  for (yaml::Node &R : *Seq) {
    auto *RM = dyn_cast<yaml::MappingNode>(&R);
    if (!RM)
      return Check.error(&R, "a replacement that is not a mapping");
    std::string File, Text;
    unsigned Offset = 0, Length = 0;
    for (yaml::KeyValueNode &RKV : *RM) {
      std::string RK = scalar(RKV.getKey());
      if (RK == "FilePath")
        File = scalar(RKV.getValue());
      else if (RK == "Offset" || RK == "Length") {
        if (Error E = Check.number(RKV.getValue(), RK,
                                   RK == "Offset" ? Offset : Length))
          return E;
      } else if (RK == "ReplacementText")
        Text = scalar(RKV.getValue());
    }
    E.Replacements.emplace_back(File, Offset, Length, Text);
  }
  return Error::success();
}

static Expected<Exported> readMessage(yaml::Node *N, const Shape &Check) {
  auto *M = dyn_cast_or_null<yaml::MappingNode>(N);
  if (!M)
    return Check.error(N, "a message that is not a mapping");
  Exported E;
  for (yaml::KeyValueNode &KV : *M) {
    std::string Key = scalar(KV.getKey());
    if (Key == "Message") {
      E.Message = scalar(KV.getValue());
    } else if (Key == "FilePath") {
      E.File = scalar(KV.getValue());
    } else if (Key == "FileOffset") {
      if (Error Err = Check.number(KV.getValue(), Key, E.Offset))
        return Err;
    } else if (Key == "Replacements") {
      auto *Seq = dyn_cast_or_null<yaml::SequenceNode>(KV.getValue());
      if (!Seq)
        return Check.error(KV.getValue(), "Replacements is not a list");
      if (Error Err = readReplacements(Seq, E, Check))
        return Err;
    }
  }
  return E;
}

/// Reads one entry of `Diagnostics:`. The YAML parser streams: every field
/// is read once, in the order it comes.
static Expected<ExportedDiagnostic> readFields(yaml::Node *N,
                                               const Shape &Check) {
  auto *D = dyn_cast<yaml::MappingNode>(N);
  if (!D)
    return Check.error(N, "a diagnostic that is not a mapping");
  ExportedDiagnostic Out;
  bool HasMessage = false;
  for (yaml::KeyValueNode &F : *D) {
    std::string Key = scalar(F.getKey());
    if (Key == "DiagnosticName") {
      Out.Result.Rule = scalar(F.getValue());
    } else if (Key == "Level") {
      Out.Result.Level = sarifLevel(scalar(F.getValue()));
    } else if (Key == "BuildDirectory") {
      Out.BuildDir = scalar(F.getValue());
    } else if (Key == "DiagnosticMessage") {
      Expected<Exported> Main = readMessage(F.getValue(), Check);
      if (!Main)
        return Main.takeError();
      Out.Main = std::move(*Main);
      HasMessage = true;
    } else if (Key == "Notes") {
      auto *Seq = dyn_cast_or_null<yaml::SequenceNode>(F.getValue());
      if (!Seq)
        return Check.error(F.getValue(), "Notes is not a list");
      for (yaml::Node &NN : *Seq) {
        Expected<Exported> Note = readMessage(&NN, Check);
        if (!Note)
          return Note.takeError();
        Out.Notes.push_back(std::move(*Note));
      }
    } else {
      F.skip();
    }
  }
  if (Out.Result.Rule.empty())
    return Check.error(D, "a diagnostic without DiagnosticName");
  if (!HasMessage)
    return Check.error(D, "diagnostic '" + Out.Result.Rule +
                              "' has no DiagnosticMessage");
  return Out;
}

/// The finding of one entry of `Diagnostics:`: paths resolved against
/// BuildDirectory and offsets against the sources.
static Finding resolve(ExportedDiagnostic D, Sources &Files) {
  Finding Result = std::move(D.Result);
  Result.Message = D.Main.Message;
  Result.File = absolutePath(D.Main.File, D.BuildDir);
  SourceFile &Src = Files.get(Result.File);
  Result.Where = Src.positionOf(D.Main.Offset);
  Result.Function = Src.functionAt(D.Main.Offset);
  for (auto &[File, Offset, Length, Text] : D.Main.Replacements) {
    std::string Path = absolutePath(File, D.BuildDir);
    const SourceFile &RSrc = Files.get(Path);
    Result.Fix.push_back({Path, RSrc.positionOf(Offset),
                          RSrc.positionOf(Offset + Length), Text});
  }
  for (const Exported &N : D.Notes) {
    std::string Path = absolutePath(N.File, D.BuildDir);
    Result.Notes.push_back(
        {N.Message, Path, Files.get(Path).positionOf(N.Offset)});
  }
  return Result;
}

/// Reads the `Diagnostics:` list of one document into \p Out; sets
/// \p Found when the document has one.
static Error readDocument(yaml::Document &Doc, const Shape &Check,
                          Sources &Files, std::vector<Finding> &Out,
                          bool &Found) {
  yaml::Node *Root = Doc.getRoot();
  if (isa_and_nonnull<yaml::NullNode>(Root))
    return Error::success(); // An empty document.
  auto *Map = dyn_cast<yaml::MappingNode>(Root);
  if (!Map)
    return Check.error(Root, "the document is not a mapping");
  for (yaml::KeyValueNode &KV : *Map) {
    if (scalar(KV.getKey()) != "Diagnostics") {
      KV.skip();
      continue;
    }
    Found = true;
    yaml::Node *List = KV.getValue();
    if (isa_and_nonnull<yaml::NullNode>(List))
      continue; // `Diagnostics:` with nothing after it.
    auto *Diags = dyn_cast<yaml::SequenceNode>(List);
    if (!Diags)
      return Check.error(List, "Diagnostics is not a list");
    for (yaml::Node &DN : *Diags) {
      Expected<ExportedDiagnostic> D = readFields(&DN, Check);
      if (!D)
        return D.takeError();
      Out.push_back(resolve(std::move(*D), Files));
    }
  }
  return Error::success();
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
  Shape Check(SM);
  Sources Files(Read);
  bool Found = false;
  for (yaml::Document &Doc : Stream) {
    if (Error E = readDocument(Doc, Check, Files, Out, Found)) {
      if (!Stream.failed())
        return E;
      consumeError(std::move(E)); // The syntax error says more.
      break;
    }
  }
  if (Stream.failed())
    return createStringError(inconvertibleErrorCode(),
                             "invalid exported fixes YAML: " + ParseError);
  if (!Found)
    return createStringError(inconvertibleErrorCode(),
                             "not clang-tidy's exported fixes: no "
                             "'Diagnostics' list");
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Text output
//===----------------------------------------------------------------------===//

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
    SourceFile &Src = Files.get(File);
    unsigned Offset = Src.offsetOf(LineNo, Col);
    Position Where =
        Src.empty() ? Position{LineNo, Col, 0} : Src.positionOf(Offset);
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
    F.Function = Src.empty() ? "" : Src.functionAt(Offset);
    Out.push_back(std::move(F));
  }
  return Error::success();
}

} // namespace sarif
} // namespace wirecheck
