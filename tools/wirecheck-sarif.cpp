//===--- wirecheck-sarif.cpp - clang-tidy findings to SARIF 2.1.0 ---------===//
//
// Converts clang-tidy's exported fixes (--export-fixes) and/or its text
// diagnostics into one SARIF 2.1.0 log for CI code-scanning, with rule help
// from docs/checks and stable fingerprints; --baseline keeps only the
// findings a previous log did not have. Command line and I/O only: the
// parsing and the log are lib/sarif.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/SarifLog.h"
#include "lib/sarif/TidyOutput.h"
#include "lib/support/FileIO.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace wirecheck;

#ifndef WIRECHECK_VERSION
#define WIRECHECK_VERSION "unknown"
#endif
// Where the docs/checks pages are, relative to the directory of the
// executable (an absolute path is taken as it is). The build tree mirrors
// the installed layout, so the same rule finds them in both.
#ifndef WIRECHECK_DOCS_FROM_BINDIR
#define WIRECHECK_DOCS_FROM_BINDIR "../share/doc/wirecheck/checks"
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
    DocsDir("docs-dir",
            cl::desc("the docs/checks pages of the wire checks (default: the "
                     "installed " WIRECHECK_DOCS_FROM_BINDIR " next to bin/)"),
            cl::value_desc("dir"), cl::cat(Category));
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

/// Reads \p Path ("-": standard input); only a regular file, under the
/// input size cap (lib/support/FileIO).
static Expected<std::string> readText(StringRef Path) {
  if (Path == "-") {
    auto Buffer = MemoryBuffer::getSTDIN();
    if (!Buffer)
      return createStringError(Buffer.getError(), "cannot read standard input");
    return (*Buffer)->getBuffer().str();
  }
  Expected<std::unique_ptr<MemoryBuffer>> Buffer = readInputFile(Path);
  if (!Buffer)
    return createStringError("cannot read '" + Path +
                             "': " + toString(Buffer.takeError()));
  return (*Buffer)->getBuffer().str();
}

/// The sources findings point into, for the enclosing-function finder: a
/// file that cannot be read is simply not looked into.
static std::optional<std::string> readFile(StringRef Path) {
  Expected<std::string> Text = readText(Path);
  if (!Text) {
    consumeError(Text.takeError());
    return std::nullopt;
  }
  return std::move(*Text);
}

static int fail(const Twine &Message) {
  errs() << "wirecheck-sarif: " << Message << "\n";
  return 2;
}

using Parser = Error (*)(StringRef, sarif::FileReader,
                         std::vector<sarif::Finding> &);

/// Parses each of \p Paths with \p Parse into \p Out.
static Error readFindings(ArrayRef<std::string> Paths, Parser Parse,
                          std::vector<sarif::Finding> &Out) {
  for (const std::string &Path : Paths) {
    Expected<std::string> Text = readText(Path);
    if (!Text)
      return Text.takeError();
    if (Error E = Parse(*Text, readFile, Out))
      return createStringError(Path + ": " + toString(std::move(E)));
  }
  return Error::success();
}

/// The docs/checks directory: --docs-dir, else the one installed next to
/// this executable (its real path: in the build tree that is the source's
/// docs/checks), else none.
static std::string docsDir(const char *Argv0) {
  if (DocsDir.getNumOccurrences())
    return DocsDir;
  SmallString<256> Dir(WIRECHECK_DOCS_FROM_BINDIR);
  if (!sys::path::is_absolute(Dir)) {
    Dir = sys::path::parent_path(
        sys::fs::getMainExecutable(Argv0, (void *)&readFile));
    sys::path::append(Dir, WIRECHECK_DOCS_FROM_BINDIR);
  }
  SmallString<256> Real;
  if (!sys::fs::is_directory(Dir) || sys::fs::real_path(Dir, Real))
    return "";
  return std::string(Real);
}

/// Refuses -o naming the --baseline file (under any spelling or link): the
/// log would replace the baseline with only the findings it does not have,
/// and every old finding would come back as new on the next run.
static Error checkOutputIsNotBaseline() {
  bool Same = false;
  if (Output == "-" || Baseline.empty() ||
      sys::fs::equivalent(Baseline, Output, Same) || !Same)
    return Error::success();
  return createStringError("-o '" + Output + "' is the --baseline file '" +
                           Baseline +
                           "': writing the log there would replace the "
                           "baseline; write it to another file");
}

/// The fingerprints and source root of the --baseline log into \p Known.
static Error readBaseline(sarif::BaselineLog &Known) {
  Expected<std::string> Text = readText(Baseline);
  if (!Text)
    return createStringError("baseline: " + toString(Text.takeError()));
  Expected<sarif::BaselineLog> Log = sarif::readBaseline(*Text);
  if (!Log)
    return createStringError(Baseline + ": " + toString(Log.takeError()));
  Known = std::move(*Log);
  return Error::success();
}

/// Says so when a non-empty baseline left out none of the findings: most
/// often it was made under another --source-root, so every fingerprint
/// differs and every old finding is reported as new.
static void checkBaselineMatched(const sarif::BaselineLog &Known,
                                 const sarif::LogStats &Stats, StringRef Root) {
  if (Known.Prints.empty() || Stats.Results == 0 || Stats.BaselineMatches)
    return;
  errs() << "wirecheck-sarif: warning: the baseline '" << Baseline
         << "' matched none of the " << Stats.Results << " finding(s)";
  std::string Ours = sarif::sourceRootUri(Root);
  if (!Known.SourceRoot.empty() && Known.SourceRoot != Ours)
    errs() << "; it was made under source root '" << Known.SourceRoot
           << "', this log under '" << Ours
           << "': use the same --source-root for both";
  errs() << "\n";
}

/// Writes \p Text to -o, atomically (lib/support/FileIO): a failed write
/// (a full disk) leaves an existing log as it was.
static Error writeOutput(StringRef Text) {
  return writeFileAtomically(Output, [&](raw_ostream &OS) {
    OS << Text;
    return Error::success();
  });
}

int main(int Argc, char **Argv) {
  cl::HideUnrelatedOptions(Category);
  // A bad command line exits 2 like every other usage error; LLVM's parser
  // would exit 1, which --fail-on-results means "findings".
  if (!cl::ParseCommandLineOptions(
          Argc, Argv,
          "Converts clang-tidy findings to a SARIF 2.1.0 log.\n\n"
          "  clang-tidy ... --export-fixes=fixes.yaml > findings.txt\n"
          "  wirecheck-sarif --export-fixes=fixes.yaml -o wirecheck.sarif\n",
          &errs()))
    return 2;
  if (ExportFixes.empty() && Diagnostics.empty())
    return fail("nothing to convert: give --export-fixes or --diagnostics");
  if (Error E = checkOutputIsNotBaseline())
    return fail(toString(std::move(E)));

  std::vector<sarif::Finding> Findings;
  if (Error E = readFindings(ExportFixes, sarif::parseExportedFixes, Findings))
    return fail(toString(std::move(E)));
  if (Error E =
          readFindings(Diagnostics, sarif::parseTextDiagnostics, Findings))
    return fail(toString(std::move(E)));

  sarif::LogOptions Options;
  Options.ToolVersion = WIRECHECK_VERSION;
  SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.getValue());
  if (std::error_code EC = sys::fs::make_absolute(Root))
    return fail("cannot resolve --source-root: " + EC.message());
  sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  Options.SourceRoot = std::string(Root);
  sarif::RuleDocs Docs(docsDir(Argv[0]), DocsUrl, readFile);
  Options.Rules = [&Docs](StringRef Rule) { return Docs.lookup(Rule); };
  sarif::BaselineLog Known;
  if (!Baseline.empty()) {
    if (Error E = readBaseline(Known))
      return fail(toString(std::move(E)));
    Options.Baseline = &Known.Prints;
  }

  sarif::LogStats Stats;
  json::Value Log = sarif::toSarif(Findings, Options, &Stats);
  if (Error E = writeOutput(formatv("{0:2}\n", Log).str()))
    return fail(toString(std::move(E)));

  if (Options.Baseline)
    checkBaselineMatched(Known, Stats, Options.SourceRoot);
  errs() << "wirecheck-sarif: " << Stats.Results << " result(s)"
         << (Options.Baseline ? " not in the baseline" : "") << "\n";
  return FailOnResults && Stats.Results ? 1 : 0;
}
