//===--- wirecheck-index.cpp - Routes, messages and settings of a project -===//
//
// The command line of the project-wide index of the wire contract: reads
// the options, the specs (OpenAPI, AsyncAPI) and an input manifest; parses
// each TU once (IndexDriver, TUIndexer and ProjectIndex's extension) for
// its routes, messages and settings; prints the findings in clang's
// diagnostic format ([wire-route-mismatch], [wire-message-contract],
// [wire-setting-keys]) and writes one manifest with all three
// (--manifest-out).
//
// Exit codes as wirecheck-routes' (docs/tools/wirecheck-index.md): 0 clean,
// 1 findings, 2 usage or compilation-database error or an unwritable
// manifest, 3 a malformed spec, manifest or AsyncAPI document (reported,
// then left out), 4 a translation unit could not be indexed (without
// --keep-going), or none was.
//
//===----------------------------------------------------------------------===//

#include "lib/index/IndexDriver.h"
#include "lib/index/ProjectIndex.h"
#include "lib/messages/AsyncApi.h"
#include "lib/messages/AsyncApiCompare.h"
#include "lib/messages/MessageManifest.h"
#include "lib/messages/SettingKeys.h"
#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "lib/routes/SpecComparison.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tooling;
using namespace wirecheck;
namespace cl = llvm::cl;

static cl::OptionCategory Category("wirecheck-index options");
// The inputs and outputs.
static cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory with compile_commands.json"),
              cl::value_desc("dir"), cl::cat(Category));
static cl::list<std::string>
    SourcePaths(cl::Positional,
                cl::desc("[<file> ...] (default: every file of the "
                         "compilation database)"),
                cl::cat(Category));
static cl::list<std::string>
    ExtraArgs("extra-arg",
              cl::desc("Additional argument to append to the compiler "
                       "command line"),
              cl::cat(Category));
static cl::opt<unsigned> Jobs("j",
                              cl::desc("Parallel jobs (default: all cores)"),
                              cl::init(0), cl::cat(Category));
static cl::opt<bool>
    Verbose("verbose",
            cl::desc("List the route registrations and client uses whose "
                     "path is not resolved, with the reason"),
            cl::init(false), cl::cat(Category));
static cl::opt<bool> KeepGoing(
    "keep-going",
    cl::desc("Accept a partial index: translation units that cannot be "
             "indexed are reported but do not fail the run"),
    cl::init(false), cl::cat(Category));
static cl::opt<std::string> ManifestOut(
    "manifest-out",
    cl::desc("Write the routes, messages and settings as one manifest "
             "(wire-route-mismatch's RouteManifest reads it)"),
    cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string>
    ManifestIn("manifest",
               cl::desc("Also take routes and messages from this manifest"),
               cl::value_desc("file"), cl::cat(Category));
// Routes, as wirecheck-routes.
static cl::opt<std::string>
    OpenAPI("openapi",
            cl::desc("OpenAPI 3 spec (JSON or YAML) to compare the routes "
                     "against"),
            cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> OpenAPICheck(
    "openapi-check",
    cl::desc("Which differences with the --openapi spec to report: "
             "spec-to-code (default), code-to-spec or both"),
    cl::value_desc("direction"), cl::init("spec-to-code"), cl::cat(Category));
static cl::opt<std::string> OpenAPIExclude(
    "openapi-exclude",
    cl::desc("Path globs left out of the comparison with the spec, "
             "';'-separated: '/internal/*;/debug/**'"),
    cl::value_desc("globs"), cl::cat(Category));
static cl::opt<std::string> Registrars(
    "route-registrars",
    cl::desc("Project registrars, as the check's RouteRegistrars option"),
    cl::cat(Category));
static cl::opt<std::string> RouteConsumers(
    "route-consumers",
    cl::desc("Project consumers, as the check's RouteConsumers option"),
    cl::cat(Category));
static cl::opt<bool>
    ReportUnused("report-unused",
                 cl::desc("Add notes for registered routes nothing calls"),
                 cl::init(false), cl::cat(Category));
// Messages.
static cl::opt<std::string>
    AsyncAPI("asyncapi",
             cl::desc("AsyncAPI 2.x/3.0 document (YAML or JSON) to compare the "
                      "messages against"),
             cl::value_desc("file"), cl::cat(Category));
static cl::opt<std::string> AsyncAPICheck(
    "asyncapi-check",
    cl::desc("Which way to compare with --asyncapi: both, spec-to-code or "
             "code-to-spec (default: both)"),
    cl::init("both"), cl::cat(Category));
static cl::opt<std::string> AsyncAPIExclude(
    "asyncapi-exclude",
    cl::desc("Message names, types or channels left out of the AsyncAPI "
             "comparison ('a;b')"),
    cl::cat(Category));
static cl::opt<std::string>
    DiscriminatorKeys("discriminator-keys",
                      cl::desc("The keys that carry a message's type (default: "
                               "type;event;op;action)"),
                      cl::cat(Category));
static cl::opt<std::string> MessageProducers(
    "message-producers",
    cl::desc("Project send helpers, as the check's MessageProducers option: "
             "'emit_event:typeArg[:payloadArg];...'"),
    cl::cat(Category));
static cl::opt<std::string> MessageConsumers(
    "message-consumers",
    cl::desc("Project handler registrations, as the check's MessageConsumers "
             "option: 'on:typeArg[:handlerArg];...'"),
    cl::cat(Category));
static cl::opt<bool> ReportUnusedMessages(
    "report-unused-messages",
    cl::desc("Also report produced message types and fields no consumer "
             "reads"),
    cl::init(false), cl::cat(Category));
// Settings.
static cl::opt<std::string> ConfigKeyReaders(
    "config-key-readers",
    cl::desc("Project readers of setting keys, besides getenv: "
             "'ns::get_config:keyArg;...'"),
    cl::cat(Category));
static cl::opt<bool> SettingPairs(
    "setting-pairs",
    cl::desc("Report setting keys read under two names in different "
             "components (default: on)"),
    cl::init(true), cl::cat(Category));
static cl::opt<std::string> SettingAllow(
    "setting-allow",
    cl::desc("Setting keys and pairs never reported: 'KEY;A=B;...'"),
    cl::cat(Category));
static cl::opt<std::string> ProjectRoot(
    "project-root",
    cl::desc("The directory setting components are relative to (default: "
             "the deepest directory holding every translation unit)"),
    cl::value_desc("dir"), cl::cat(Category));

namespace {
/// The options parsed and checked; malformed values are usage errors.
struct ParsedOptions {
  IndexerOptions Indexer;
  SpecScope Routes;
  ContractOptions Contract;
  SettingAllowList Allowed;
  AsyncApiScope Scope;
};
} // namespace

/// The flag that sets \p Option (the extractor names its options as the
/// check does).
static llvm::StringRef flagName(llvm::StringRef Option) {
  return llvm::StringSwitch<llvm::StringRef>(Option)
      .Case("DiscriminatorKeys", "--discriminator-keys")
      .Case("MessageProducers", "--message-producers")
      .Case("MessageConsumers", "--message-consumers")
      .Default(Option);
}

static bool parseOptions(const IndexDriver &Driver, ParsedOptions &P) {
  std::vector<OptionError> Errors;
  P.Indexer.Registrars =
      parseFunctionSpecs("--route-registrars", Registrars, 2, Errors);
  P.Indexer.Consumers =
      parseFunctionSpecs("--route-consumers", RouteConsumers, 2, Errors);
  P.Indexer.Jobs = Jobs;
  P.Contract.SettingReaders =
      parseFunctionSpecs("--config-key-readers", ConfigKeyReaders, 1, Errors);
  P.Allowed = parseSettingAllowList("--setting-allow", SettingAllow, Errors);
  P.Contract.Messages = parseMessageExtractorOptions(
      DiscriminatorKeys, MessageProducers, MessageConsumers, Errors);
  for (llvm::StringRef X : splitList(AsyncAPIExclude))
    P.Scope.Exclude.push_back(X.str());
  // The same directions as the OpenAPI comparison's.
  SpecDirection Messages =
      parseSpecDirection("--asyncapi-check", AsyncAPICheck, Errors);
  P.Scope.SpecToCode = Messages != SpecDirection::CodeToSpec;
  P.Scope.CodeToSpec = Messages != SpecDirection::SpecToCode;
  P.Routes.Direction =
      parseSpecDirection("--openapi-check", OpenAPICheck, Errors);
  P.Routes.Exclude =
      parseExcludeGlobs("--openapi-exclude", OpenAPIExclude, Errors);
  for (const OptionError &E : Errors)
    Driver.printOptionError(flagName(E.Option), E);
  return Errors.empty();
}

/// The deepest directory that holds every file of \p Files.
static std::string commonDirectory(llvm::ArrayRef<std::string> Files) {
  std::string Common;
  for (const std::string &F : Files) {
    std::string Dir = llvm::sys::path::parent_path(absolutePath(F)).str();
    if (Common.empty()) {
      Common = Dir;
      continue;
    }
    while (!Common.empty() &&
           !(Dir == Common || llvm::StringRef(Dir).starts_with(Common + "/")))
      Common = llvm::sys::path::parent_path(Common).str();
  }
  return Common;
}

/// The input manifest's routes and messages, into \p Routes and
/// \p Messages; Failed (reported) when it is malformed.
static LoadResult loadManifest(std::vector<RouteEntry> &Routes,
                               MessageIndex &Messages) {
  LoadResult R =
      loadRouteFile(ManifestIn, readRouteManifest, "manifest", Routes);
  if (R == LoadResult::Failed || ManifestIn.empty())
    return R;
  llvm::Expected<MessageIndex> M = readMessageManifest(ManifestIn);
  if (!M) {
    llvm::errs() << llvm::toString(M.takeError())
                 << " [the manifest is ignored]\n";
    Routes.clear();
    return LoadResult::Failed;
  }
  Messages = std::move(*M);
  return R;
}

/// The findings on the AsyncAPI document, or false (reported) when it is
/// malformed.
static bool compareAsyncApi(const ParsedOptions &P, const MessageIndex &Code,
                            std::vector<IndexFinding> &Out) {
  if (AsyncAPI.empty())
    return true;
  llvm::Expected<AsyncApiDocument> Doc =
      readAsyncApi(AsyncAPI, P.Contract.Messages.DiscriminatorKeys);
  if (!Doc) {
    llvm::errs() << llvm::toString(Doc.takeError())
                 << " [the AsyncAPI document is ignored]\n";
    return false;
  }
  for (const std::string &W : Doc->Warnings)
    llvm::errs() << W << "\n";
  for (const MessageFinding &F :
       compareWithAsyncApi(Code, *Doc, AsyncAPI, P.Scope))
    Out.push_back({toPosition(F.Loc), "warning", F.Message, {}});
  return true;
}

/// Prints the message and setting findings of \p Code with the manifest's
/// \p Extra (which the manifest written at the end does not repeat);
/// returns the number of warnings. \p AsyncApiOk is false when the AsyncAPI
/// document is malformed.
static unsigned printContractFindings(const ParsedOptions &P,
                                      const MessageIndex &Code,
                                      const MessageIndex &Extra,
                                      bool &AsyncApiOk) {
  MessageIndex Judged = Code;
  Judged.merge(Extra);
  MessageFindingOptions MessageOptions;
  MessageOptions.ReportUnused = ReportUnusedMessages;
  std::vector<IndexFinding> Contract = messageFindings(Judged, MessageOptions);
  AsyncApiOk = compareAsyncApi(P, Judged, Contract);
  llvm::stable_sort(Contract, [](const IndexFinding &A, const IndexFinding &B) {
    return A.Pos < B.Pos;
  });
  unsigned Warnings = printFindings(Contract, "wire-message-contract");
  if (SettingPairs)
    Warnings +=
        printFindings(settingFindings(Judged, P.Allowed), "wire-setting-keys");
  return Warnings;
}

int main(int argc, const char **argv) {
  DatabaseRequest Request;
  Request.Fixed = FixedCompilationDatabase::loadFromCommandLine(
      argc, argv, Request.FixedError);
  cl::HideUnrelatedOptions(Category);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "Indexes the routes, messages and settings of a project in one "
          "pass and reports what its parts disagree on.\n",
          &llvm::errs()))
    return 2;
  IndexDriver Driver("wirecheck-index", KeepGoing);
  ParsedOptions P;
  if (!parseOptions(Driver, P))
    return 2;
  // Before any worker may change directory.
  std::string ManifestPath =
      ManifestOut.empty() ? std::string() : absolutePath(ManifestOut);
  Request.BuildPath = BuildPath;
  Request.SourcePaths.assign(SourcePaths.begin(), SourcePaths.end());
  Request.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  std::unique_ptr<CompilationDatabase> DB;
  std::vector<std::string> Files;
  if (!Driver.open(std::move(Request), DB, Files))
    return 2;
  P.Contract.Root =
      ProjectRoot.empty() ? commonDirectory(Files) : absolutePath(ProjectRoot);

  std::vector<RouteEntry> SpecRoutes, ManifestRoutes;
  MessageIndex ManifestMessages;
  LoadResult Spec = loadRouteFile(OpenAPI, readOpenAPISpec, "spec", SpecRoutes);
  LoadResult Manifest = loadManifest(ManifestRoutes, ManifestMessages);

  std::vector<IndexedTU> TUs =
      Driver.index(*DB, Files, projectIndexerOptions(P.Indexer, P.Contract));
  Driver.reportFailures(TUs);
  Driver.reportOptionErrors(TUs);
  std::vector<ManifestSource> Sources = manifestSources(TUs);
  ProjectIndex Index;
  for (IndexedTU &TU : TUs)
    Index.add(TU);

  IndexOptions RouteOptions;
  RouteOptions.ManifestRoutes = ManifestRoutes;
  RouteOptions.SpecRoutes = SpecRoutes;
  RouteOptions.CompareWithSpec = !OpenAPI.empty() &&
                                 Spec != LoadResult::Failed &&
                                 Manifest != LoadResult::Failed;
  RouteOptions.Scope = P.Routes;
  RouteOptions.ReportUnused = ReportUnused;
  unsigned Warnings =
      printFindings(Index.Routes.findings(RouteOptions), "wire-route-mismatch");
  bool AsyncApiOk = true;
  Warnings +=
      printContractFindings(P, Index.Messages, ManifestMessages, AsyncApiOk);
  llvm::errs() << "wirecheck-index: " << Files.size() << " translation units, "
               << Index.Routes.routes().size() << " routes, "
               << Index.Routes.uses().size() << " uses"
               << unresolvedSummary(Index.Routes, Verbose) << ", "
               << Index.Messages.produced().size() << " produced and "
               << Index.Messages.consumed().size() << " consumed messages, "
               << Index.Messages.settings().size() << " setting reads, "
               << Warnings << " warnings\n";

  Driver.summarizeFailures(Files.size());
  if (!ManifestPath.empty() &&
      !Driver.writeManifest(ManifestPath,
                            writeProjectManifest(Index.Routes, Index.Messages,
                                                 Sources),
                            Files.size()))
    return 2;
  return Driver.exitCode(Files.size(),
                         Spec == LoadResult::Ok && Manifest == LoadResult::Ok &&
                             AsyncApiOk,
                         Warnings);
}
