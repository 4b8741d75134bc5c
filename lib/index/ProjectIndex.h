//===--- ProjectIndex.h - Routes, messages and settings of a project -*- C++
//-*-//
//
// Owns what `wirecheck-index` builds in one pass over a compilation
// database: the routes (RouteIndex, as `wirecheck-routes` builds them), the
// messages and the settings (MessageIndex, lib/messages), each TU parsed
// once with the route extractor and a ContractExtension on the same matcher
// pass. Also the one manifest that holds all three (`"routes"` always, so
// `wire-route-mismatch` and `wirecheck-routes` keep reading it), and the
// findings of the message contract and of the settings in the shape of
// IndexFinding, ready to print.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_INDEX_PROJECTINDEX_H
#define WIRECHECK_LIB_INDEX_PROJECTINDEX_H

#include "lib/messageast/MessageExtractor.h"
#include "lib/messages/MessageModel.h"
#include "lib/messages/SettingKeys.h"
#include "lib/routes/ManifestJson.h"
#include "lib/routes/RouteIndex.h"
#include "lib/routes/TUIndexer.h"
#include "lib/support/OptionLists.h"
#include <string>
#include <vector>

namespace wirecheck {

/// What to extract from each TU besides routes.
struct ContractOptions {
  /// The message extractor's options (MainFileOnly is ignored: the index
  /// walks every file outside system headers).
  MessageExtractorOptions Messages;
  /// The ConfigKeyReaders entries (`name[:argIndex]`).
  std::vector<FunctionSpec> SettingReaders;
  /// The project root setting components are relative to.
  std::string Root;
};

/// The indexer options for routes (\p Routes) and, in the same parse, the
/// messages and settings \p Contract asks for.
IndexerOptions projectIndexerOptions(IndexerOptions Routes,
                                     const ContractOptions &Contract);

/// The routes, messages and settings of a whole project.
class ProjectIndex {
public:
  /// Merges what one TU contributed (routes and, when the TU was indexed
  /// with projectIndexerOptions, its messages and settings).
  void add(IndexedTU &TU);

  RouteIndex Routes;
  MessageIndex Messages;
};

/// The manifest of \p Routes and \p Messages: `"version"`, `"routes"`
/// (always, even empty), `"translationUnits"`, `"messages"`, `"settings"`.
std::string writeProjectManifest(const RouteIndex &Routes,
                                 const MessageIndex &Messages,
                                 llvm::ArrayRef<ManifestSource> Sources);

/// \p Loc as a position of a finding.
SourcePosition toPosition(const MessageLocation &Loc);

/// The message findings (1 and 2, and 3 with \p Opts.ReportUnused) as
/// warnings.
std::vector<IndexFinding> messageFindings(const MessageIndex &Messages,
                                          const MessageFindingOptions &Opts);

/// One warning per pair of setting keys read under two names.
std::vector<IndexFinding> settingFindings(const MessageIndex &Messages,
                                          const SettingAllowList &Allowed);

} // namespace wirecheck

#endif // WIRECHECK_LIB_INDEX_PROJECTINDEX_H
