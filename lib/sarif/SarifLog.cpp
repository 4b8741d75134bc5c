//===--- SarifLog.cpp - The SARIF 2.1.0 log of clang-tidy findings --------===//
//
// One run per log; rules in order of first appearance; artifact locations
// relative to the SRCROOT base id when a file lies under the source root.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/SarifLog.h"
#include "lib/sarif/Uri.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <vector>

using namespace llvm;

namespace wirecheck {
namespace sarif {

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

// json::Value keeps a StringRef as a reference: every string below is
// passed as a std::string, which it copies.

/// The reportingDescriptor of rule \p Id.
static json::Object ruleDescriptor(const std::string &Id,
                                   const LogOptions &Options) {
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
  return Rule;
}

/// The fix of \p F: one artifactChange per file, in order of appearance.
static json::Array fixesOf(const Finding &F, const Artifacts &A) {
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
  return json::Array{json::Object{
      {"description", json::Object{{"text", "apply the fix-it of " + F.Rule}}},
      {"artifactChanges", std::move(Changes)}}};
}

/// The result object of \p F with fingerprint \p Print.
static json::Object resultOf(const Finding &F, const Artifacts &A,
                             unsigned RuleIndex, std::string Print,
                             bool WithBaseline) {
  json::Object Location{{"physicalLocation", physical(A, F.File, F.Where)}};
  if (!F.Function.empty())
    Location["logicalLocations"] = json::Array{
        json::Object{{"fullyQualifiedName", F.Function}, {"kind", "function"}}};
  json::Object Result{
      {"ruleId", F.Rule},
      {"ruleIndex", RuleIndex},
      {"level", F.Level},
      {"message", json::Object{{"text", F.Message}}},
      {"locations", json::Array{std::move(Location)}},
      {"partialFingerprints", json::Object{{FingerprintKey, std::move(Print)}}},
  };
  if (WithBaseline)
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
  if (!F.Fix.empty())
    Result["fixes"] = fixesOf(F, A);
  return Result;
}

/// \p Root with a final '/', or "" for none.
static std::string rootDirectory(StringRef Root) {
  if (Root.empty() || Root.ends_with("/"))
    return Root.str();
  return (Root + "/").str();
}

std::string sourceRootUri(StringRef Root) {
  return fileUri(rootDirectory(Root));
}

json::Value toSarif(ArrayRef<Finding> Findings, const LogOptions &Options,
                    LogStats *Stats) {
  Artifacts A;
  A.Root = rootDirectory(Options.SourceRoot);
  LogStats Counts;

  // Rules in order of first appearance.
  json::Array Rules;
  StringMap<unsigned> RuleIndex;
  for (const Finding &F : Findings)
    if (RuleIndex.try_emplace(F.Rule, Rules.size()).second)
      Rules.push_back(ruleDescriptor(F.Rule, Options));

  json::Array Results;
  Fingerprinter Prints;
  for (const Finding &F : Findings) {
    std::string Print = Prints.next(F, A.relative(F.File));
    if (Options.Baseline && Options.Baseline->contains(Print)) {
      ++Counts.BaselineMatches;
      continue;
    }
    Results.push_back(resultOf(F, A, RuleIndex[F.Rule], std::move(Print),
                               Options.Baseline != nullptr));
  }

  Counts.Results = Results.size();
  if (Stats)
    *Stats = Counts;

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
        json::Object{{"SRCROOT", json::Object{{"uri", sourceRootUri(A.Root)}}}};
  return json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{std::move(Run)}}};
}

Expected<BaselineLog> readBaseline(StringRef Sarif) {
  Expected<json::Value> Log = json::parse(Sarif);
  if (!Log)
    return Log.takeError();
  BaselineLog Out;
  const json::Object *Root = Log->getAsObject();
  const json::Array *Runs = Root ? Root->getArray("runs") : nullptr;
  if (!Runs)
    return createStringError(inconvertibleErrorCode(),
                             "not a SARIF log: no 'runs'");
  for (const json::Value &Run : *Runs) {
    const json::Object *R = Run.getAsObject();
    if (!R)
      continue;
    if (const json::Object *Bases = R->getObject("originalUriBaseIds"))
      if (const json::Object *Src = Bases->getObject("SRCROOT"))
        if (std::optional<StringRef> Uri = Src->getString("uri"))
          Out.SourceRoot = Uri->str();
    const json::Array *Results = R->getArray("results");
    if (!Results)
      continue;
    for (const json::Value &Result : *Results) {
      const json::Object *O = Result.getAsObject();
      const json::Object *FP =
          O ? O->getObject("partialFingerprints") : nullptr;
      if (!FP)
        continue;
      if (std::optional<StringRef> P = FP->getString(FingerprintKey))
        Out.Prints.insert(*P);
    }
  }
  return Out;
}

Expected<StringSet<>> readFingerprints(StringRef Sarif) {
  Expected<BaselineLog> Log = readBaseline(Sarif);
  if (!Log)
    return Log.takeError();
  return std::move(Log->Prints);
}

} // namespace sarif
} // namespace wirecheck
