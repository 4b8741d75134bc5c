//===--- ManifestJson.cpp - The route manifest file -----------------------===//

#include "lib/routes/ManifestJson.h"
#include "lib/routes/DocReader.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

static bool parseMethods(DocReader &R, llvm::yaml::Node *N,
                         std::vector<std::string> &Methods) {
  auto Add = [&](llvm::yaml::Node *Item) {
    std::optional<std::string> Text = R.scalar(Item, "a method");
    if (!Text)
      return false;
    if (*Text == "*" || llvm::StringRef(*Text).equals_insensitive("any"))
      return true;
    std::string M = normalizeMethod(*Text);
    if (M.empty()) {
      R.error(Item, "'" + *Text + "' is not an HTTP method");
      return false;
    }
    if (!llvm::is_contained(Methods, M))
      Methods.push_back(M);
    return true;
  };
  if (auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N)) {
    for (llvm::yaml::Node &Item : *Seq)
      if (!Add(&Item))
        return false;
    return true;
  }
  return Add(N);
}

/// Reads one manifest route.
static void readManifestRoute(DocReader &R, llvm::yaml::Node &Item,
                              std::vector<RouteEntry> &Routes) {
  RouteEntry Entry;
  bool HasPath = false;
  forEachKey(
      R, &Item, "a route",
      [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
        if (Key == "path") {
          std::optional<std::string> P = R.scalar(Value, "'path'");
          if (!P)
            return;
          llvm::Expected<RoutePattern> Pattern = RoutePattern::parse(*P);
          if (!Pattern) {
            R.error(Value, llvm::toString(Pattern.takeError()));
            return;
          }
          Entry.Pattern = std::move(*Pattern);
          HasPath = true;
        } else if (Key == "method" || Key == "methods") {
          parseMethods(R, Value, Entry.Methods);
        } else if (Key == "file") {
          if (std::optional<std::string> F = R.scalar(Value, "'file'"))
            Entry.File = *F;
        } else if (Key == "line" || Key == "column") {
          std::optional<std::string> N =
              R.scalar(Value, ("'" + Key + "'").str());
          unsigned V = 0;
          if (N && llvm::StringRef(*N).getAsInteger(10, V))
            R.error(Value, "'" + Key + "' must be a number");
          (Key == "line" ? Entry.Line : Entry.Column) = V;
        } else if (Key == "framework") {
          if (std::optional<std::string> F = R.scalar(Value, "'framework'"))
            Entry.Framework = *F;
        } else if (Key == "frameworkVersion") {
          if (std::optional<std::string> V =
                  R.scalar(Value, "'frameworkVersion'"))
            Entry.FrameworkVersion = *V;
        } else if (Key == "caseInsensitive") {
          std::optional<std::string> B =
              R.scalar(Value, ("'" + Key + "'").str());
          Entry.CaseInsensitive = B && *B == "true";
        }
      });
  if (R.failed())
    return;
  if (!HasPath) {
    R.error(&Item, "a route has no 'path'");
    return;
  }
  // The framework and its version say how the pattern reads (`:id` is
  // literal text for cpp-httplib before 0.13.0).
  RouteSyntax Syntax = routeSyntaxFor(Entry.Framework, Entry.FrameworkVersion);
  if (Syntax != Entry.Pattern.syntax()) {
    llvm::Expected<RoutePattern> Pattern =
        RoutePattern::parse(Entry.Pattern.source(), Syntax);
    if (!Pattern) {
      R.error(&Item, llvm::toString(Pattern.takeError()));
      return;
    }
    Entry.Pattern = std::move(*Pattern);
  }
  Routes.push_back(std::move(Entry));
}

llvm::Expected<std::vector<RouteEntry>>
parseRouteManifest(llvm::StringRef Text, llvm::StringRef Name) {
  std::vector<RouteEntry> Routes;
  DocReader R(Text, Name);
  // The YAML parser streams: every value is read where it is met.
  llvm::Error E = R.walk([&](llvm::yaml::Node &Root) {
    bool HasRoutes = false;
    forEachKey(
        R, &Root, "the manifest",
        [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
          if (Key != "routes")
            return;
          HasRoutes = true;
          auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Value);
          if (!Seq) {
            R.error(Value, "'routes' must be a list");
            return;
          }
          for (llvm::yaml::Node &Item : *Seq) {
            if (R.failed())
              return;
            readManifestRoute(R, Item, Routes);
          }
        });
    if (!R.failed() && !HasRoutes)
      R.error(&Root, "the manifest has no 'routes' list");
  });
  if (E)
    return E;
  return Routes;
}

llvm::Expected<std::vector<RouteEntry>>
readRouteManifest(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readDocumentFile(Path);
  if (!Text)
    return Text.takeError();
  return parseRouteManifest(*Text, Path);
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
    if (!R.FrameworkVersion.empty())
      O["frameworkVersion"] = R.FrameworkVersion;
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
