//===--- TidyOutput.cpp - clang-tidy's findings as it reports them --------===//
//
// The exported-fixes YAML is read with LLVM's streaming YAML parser (each
// node is visited once); the text output line by line with two regexes.
// Source files are read once each and cached.
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
#include <tuple>

using namespace llvm;

namespace wirecheck {
namespace sarif {

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

} // namespace sarif
} // namespace wirecheck
