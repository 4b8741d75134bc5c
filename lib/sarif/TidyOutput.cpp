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

/// Appends the replacements of a `Replacements:` sequence to \p E.
static void readReplacements(yaml::SequenceNode *Seq, Exported &E) {
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
        readReplacements(Seq, E);
  }
  return E;
}

/// The finding of one entry of `Diagnostics:`. The YAML parser streams:
/// every field is read once, then paths are resolved against
/// BuildDirectory and offsets against the sources.
static Finding readDiagnostic(yaml::MappingNode *D, Sources &Files) {
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
  SourceFile &Src = Files.get(Result.File);
  Result.Where = Src.positionOf(Main.Offset);
  Result.Function = Src.functionAt(Main.Offset);
  for (auto &[File, Offset, Length, Text] : Main.Replacements) {
    std::string Path = absolutePath(File, BuildDir);
    const SourceFile &RSrc = Files.get(Path);
    Result.Fix.push_back({Path, RSrc.positionOf(Offset),
                          RSrc.positionOf(Offset + Length), Text});
  }
  for (const Exported &N : Notes) {
    std::string Path = absolutePath(N.File, BuildDir);
    Result.Notes.push_back(
        {N.Message, Path, Files.get(Path).positionOf(N.Offset)});
  }
  return Result;
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
        Finding Result = readDiagnostic(D, Files);
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
