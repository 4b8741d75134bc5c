//===--- ManifestJson.cpp - The route manifest file -----------------------===//

#include "lib/routes/ManifestJson.h"
#include "lib/support/Document.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

/// Reads the methods of a route (a name or a list); false with \p Error set
/// at \p At when one is not a method.
static bool parseMethods(const DocNode &N, std::vector<std::string> &Methods,
                         const DocNode *&At, std::string &Error) {
  auto Add = [&](const DocNode &Item) {
    At = &Item;
    if (!Item.isScalar()) {
      Error = "a method must be a string";
      return false;
    }
    if (Item.Value == "*" ||
        llvm::StringRef(Item.Value).equals_insensitive("any"))
      return true;
    std::string M = normalizeMethod(Item.Value);
    if (M.empty()) {
      Error = "'" + Item.Value + "' is not an HTTP method";
      return false;
    }
    if (!llvm::is_contained(Methods, M))
      Methods.push_back(M);
    return true;
  };
  if (N.isSequence())
    return llvm::all_of(N.Items, Add);
  return Add(N);
}

/// Reads one manifest route; an error names the node it is at.
static llvm::Expected<RouteEntry> readManifestRoute(const DocNode &Item,
                                                    llvm::StringRef Name) {
  if (!Item.isMapping())
    return documentError(Name, Item, "a route must be a mapping");
  RouteEntry Entry;
  const DocNode *Path = Item.get("path");
  if (!Path)
    return documentError(Name, Item, "a route has no 'path'");
  if (!Path->isScalar())
    return documentError(Name, *Path, "'path' must be a string");
  llvm::Expected<RoutePattern> Pattern = RoutePattern::parse(Path->Value);
  if (!Pattern)
    return documentError(Name, *Path, llvm::toString(Pattern.takeError()));
  Entry.Pattern = std::move(*Pattern);
  for (llvm::StringRef Key : {"method", "methods"})
    if (const DocNode *M = Item.get(Key)) {
      const DocNode *At = M;
      std::string Error;
      if (!parseMethods(*M, Entry.Methods, At, Error))
        return documentError(Name, *At, Error);
    }
  for (llvm::StringRef Key : {"line", "column"})
    if (const DocNode *N = Item.get(Key)) {
      unsigned V = 0;
      if (!N->isScalar() || llvm::StringRef(N->Value).getAsInteger(10, V))
        return documentError(Name, *N, "'" + Key + "' must be a number");
      (Key == "line" ? Entry.Line : Entry.Column) = V;
    }
  if (std::optional<llvm::StringRef> F = Item.getScalar("file"))
    Entry.File = F->str();
  if (std::optional<llvm::StringRef> F = Item.getScalar("framework"))
    Entry.Framework = F->str();
  Entry.CaseInsensitive = Item.getScalar("caseInsensitive") == "true";
  return Entry;
}

/// The `translationUnits` list: `{"file": F, "parsed": B}` items. Written
/// by wirecheck-routes for the reader's information only: anything else is
/// passed over.
static std::vector<ManifestSource> readManifestSources(const DocNode &TUs) {
  std::vector<ManifestSource> Sources;
  if (!TUs.isSequence())
    return Sources;
  for (const DocNode &Item : TUs.Items) {
    if (!Item.isMapping())
      continue;
    ManifestSource Source;
    if (std::optional<llvm::StringRef> F = Item.getScalar("file"))
      Source.File = F->str();
    Source.Parsed = Item.getScalar("parsed") != "false";
    Sources.push_back(std::move(Source));
  }
  return Sources;
}

static llvm::Expected<RouteDocument>
readLoadedManifest(llvm::Expected<DocNode> Root, llvm::StringRef Name) {
  if (!Root)
    return Root.takeError();
  if (!Root->isMapping())
    return documentError(Name, *Root, "the manifest must be a mapping");
  const DocNode *Routes = Root->get("routes");
  if (!Routes)
    return documentError(Name, *Root, "the manifest has no 'routes' list");
  if (!Routes->isSequence())
    return documentError(Name, *Routes, "'routes' must be a list");
  // One unusable route is reported and left out; the others apply.
  RouteDocument Doc;
  for (const DocNode &Item : Routes->Items) {
    llvm::Expected<RouteEntry> E = readManifestRoute(Item, Name);
    if (E)
      Doc.Routes.push_back(std::move(*E));
    else
      Doc.Skipped.push_back(llvm::toString(E.takeError()) + "; it is left out");
  }
  if (const DocNode *TUs = Root->get("translationUnits"))
    Doc.Incomplete = describeUnindexed(Name, readManifestSources(*TUs));
  return Doc;
}

llvm::Expected<RouteDocument> parseRouteManifest(llvm::StringRef Text,
                                                 llvm::StringRef Name) {
  return readLoadedManifest(parseDocument(Text, Name), Name);
}

llvm::Expected<RouteDocument> readRouteManifest(llvm::StringRef Path) {
  return readLoadedManifest(readDocument(Path), Path);
}

std::string describeUnindexed(llvm::StringRef Name,
                              llvm::ArrayRef<ManifestSource> Sources) {
  std::vector<llvm::StringRef> Failed;
  for (const ManifestSource &S : Sources)
    if (!S.Parsed)
      Failed.push_back(S.File);
  if (Failed.empty())
    return "";
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "'" << Name << "' was built without " << Failed.size() << " of "
     << Sources.size() << " translation units, which could not be indexed ("
     << Failed[0];
  if (Failed.size() > 1)
    OS << ", " << Failed[1];
  if (Failed.size() > 2)
    OS << " and " << Failed.size() - 2 << " more";
  OS << "); routes registered only there are missing, and calls of them "
        "are reported as unregistered";
  return Out;
}

std::string writeRouteManifest(llvm::ArrayRef<RouteEntry> Routes,
                               llvm::ArrayRef<ManifestSource> Sources) {
  llvm::json::Array Items;
  for (const RouteEntry &R : Routes) {
    llvm::json::Array Methods;
    for (const std::string &M : R.Methods)
      Methods.push_back(M);
    llvm::json::Object O{{"path", R.Pattern.source()},
                         {"methods", std::move(Methods)},
                         {"file", R.File},
                         {"line", R.Line},
                         {"column", R.Column},
                         {"framework", R.Framework}};
    if (R.CaseInsensitive)
      O["caseInsensitive"] = true;
    Items.push_back(std::move(O));
  }
  llvm::json::Object Doc{{"version", 1}, {"routes", std::move(Items)}};
  if (!Sources.empty()) {
    llvm::json::Array TUs;
    for (const ManifestSource &S : Sources)
      TUs.push_back(llvm::json::Object{{"file", S.File}, {"parsed", S.Parsed}});
    Doc["translationUnits"] = std::move(TUs);
  }
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Doc))) << "\n";
  return Out;
}

} // namespace wirecheck
