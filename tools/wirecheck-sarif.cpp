//===--- wirecheck-sarif.cpp - clang-tidy findings to SARIF 2.1.0 ---------===//
//
// Converts clang-tidy's exported fixes (--export-fixes) and/or its text
// diagnostics into one SARIF 2.1.0 log for CI code-scanning, with rule help
// from docs/checks and stable fingerprints; --baseline keeps only the
// findings a previous log did not have.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/Sarif.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace wirecheck;

#ifndef WIRECHECK_VERSION
#define WIRECHECK_VERSION "unknown"
#endif
#ifndef WIRECHECK_DOCS_DIR
#define WIRECHECK_DOCS_DIR ""
#endif

static cl::OptionCategory Category("wirecheck-sarif options");
static cl::list<std::string>
    ExportFixes("export-fixes", cl::desc("clang-tidy --export-fixes YAML"),
                cl::value_desc("file"), cl::cat(Category));
static cl::list<std::string>
    Diagnostics("diagnostics",
                cl::desc("clang-tidy's text output ('-' for standard input)"),
                cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string>
    SourceRoot("source-root",
               cl::desc("root that artifact URIs are relative to "
                        "(default: the current directory)"),
               cl::value_desc("dir"), cl::cat(Category));
static cl::opt<std::string>
    DocsDir("docs-dir", cl::desc("the docs/checks pages of the wire checks"),
            cl::init(WIRECHECK_DOCS_DIR), cl::value_desc("dir"),
            cl::cat(Category));
static cl::opt<std::string> DocsUrl(
    "docs-url",
    cl::desc("base URL of the docs/checks pages for helpUri (default: their "
             "file:// URI)"),
    cl::value_desc("url"), cl::cat(Category));
static cl::opt<std::string>
    Baseline("baseline", cl::desc("report only findings not in this SARIF log"),
             cl::value_desc("file.sarif"), cl::cat(Category));
static cl::opt<std::string> Output("o", cl::desc("output file (default: -)"),
                                   cl::init("-"), cl::value_desc("file"),
                                   cl::cat(Category));
static cl::opt<bool> FailOnResults(
    "fail-on-results",
    cl::desc("exit with 1 when the log has results (after --baseline)"),
    cl::cat(Category));

static std::optional<std::string> readFile(StringRef Path) {
  auto Buffer = MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/true);
  if (!Buffer)
    return std::nullopt;
  return (*Buffer)->getBuffer().str();
}

static int fail(const Twine &Message) {
  errs() << "wirecheck-sarif: " << Message << "\n";
  return 2;
}

static std::string fileUri(StringRef Path) {
  SmallString<256> Abs(Path);
  if (sys::fs::make_absolute(Abs))
    return ("file://" + Path).str();
  return ("file://" + Abs).str();
}

int main(int Argc, char **Argv) {
  cl::HideUnrelatedOptions(Category);
  cl::ParseCommandLineOptions(
      Argc, Argv,
      "Converts clang-tidy findings to a SARIF 2.1.0 log.\n\n"
      "  clang-tidy ... --export-fixes=fixes.yaml > findings.txt\n"
      "  wirecheck-sarif --export-fixes=fixes.yaml -o wirecheck.sarif\n");
  if (ExportFixes.empty() && Diagnostics.empty())
    return fail("nothing to convert: give --export-fixes or --diagnostics");

  std::vector<sarif::Finding> Findings;
  for (const std::string &Path : ExportFixes) {
    std::optional<std::string> Text = readFile(Path);
    if (!Text)
      return fail("cannot read '" + Path + "'");
    if (Error E = sarif::parseExportedFixes(*Text, readFile, Findings))
      return fail(Path + ": " + toString(std::move(E)));
  }
  for (const std::string &Path : Diagnostics) {
    std::optional<std::string> Text = readFile(Path);
    if (!Text)
      return fail("cannot read '" + Path + "'");
    if (Error E = sarif::parseTextDiagnostics(*Text, readFile, Findings))
      return fail(Path + ": " + toString(std::move(E)));
  }

  // An installed wirecheck-sarif reads the pages from its share/doc; in the
  // build tree they come from the source tree.
  if (DocsDir.getNumOccurrences() == 0) {
    SmallString<256> Installed(sys::path::parent_path(sys::path::parent_path(
        sys::fs::getMainExecutable(Argv[0], (void *)&readFile))));
    sys::path::append(Installed, "share", "doc", "wirecheck", "checks");
    if (sys::fs::is_directory(Installed))
      DocsDir = std::string(Installed);
  }

  sarif::LogOptions Options;
  Options.ToolVersion = WIRECHECK_VERSION;
  SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.getValue());
  if (std::error_code EC = sys::fs::make_absolute(Root))
    return fail("cannot resolve --source-root: " + EC.message());
  sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  Options.SourceRoot = std::string(Root);
  Options.Rules = [](StringRef Rule) -> std::optional<sarif::RuleInfo> {
    if (!Rule.starts_with("wire-") || DocsDir.empty())
      return std::nullopt;
    std::string Page = (Rule.drop_front(5) + ".md").str();
    SmallString<256> Path(DocsDir);
    sys::path::append(Path, Page);
    std::optional<std::string> Markdown = readFile(Path);
    if (!Markdown)
      return std::nullopt;
    std::string Uri = DocsUrl.empty()
                          ? fileUri(Path)
                          : (StringRef(DocsUrl).rtrim('/') + "/" + Page).str();
    return sarif::ruleInfoFromMarkdown(*Markdown, Uri);
  };
  StringSet<> Known;
  if (!Baseline.empty()) {
    std::optional<std::string> Text = readFile(Baseline);
    if (!Text)
      return fail("cannot read baseline '" + Baseline + "'");
    Expected<StringSet<>> Prints = sarif::readFingerprints(*Text);
    if (!Prints)
      return fail(Baseline + ": " + toString(Prints.takeError()));
    Known = std::move(*Prints);
    Options.Baseline = &Known;
  }

  json::Value Log = sarif::toSarif(Findings, Options);
  std::error_code EC;
  ToolOutputFile Out(Output, EC, sys::fs::OF_Text);
  if (EC)
    return fail("cannot write '" + Output + "': " + EC.message());
  Out.os() << formatv("{0:2}", Log) << "\n";
  Out.keep();

  const json::Array *Results =
      (*Log.getAsObject()->getArray("runs"))[0].getAsObject()->getArray(
          "results");
  size_t Count = Results ? Results->size() : 0;
  errs() << "wirecheck-sarif: " << Count << " result(s)"
         << (Options.Baseline ? " not in the baseline" : "") << "\n";
  return FailOnResults && Count ? 1 : 0;
}
