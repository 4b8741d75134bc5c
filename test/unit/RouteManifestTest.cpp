//===--- RouteManifestTest.cpp - Tests for manifests, specs, verdicts -----===//

#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static std::vector<RouteEntry> manifest(llvm::StringRef Text) {
  auto R = parseRouteManifest(Text, "m.json");
  if (!R) {
    ADD_FAILURE() << llvm::toString(R.takeError());
    return {};
  }
  EXPECT_TRUE(R->Skipped.empty());
  return std::move(R->Routes);
}

/// The routes left out of a manifest that is otherwise read.
static std::vector<std::string> manifestSkipped(llvm::StringRef Text) {
  auto R = parseRouteManifest(Text, "m.json");
  if (!R) {
    ADD_FAILURE() << llvm::toString(R.takeError());
    return {};
  }
  return R->Skipped;
}

static std::string manifestError(llvm::StringRef Text,
                                 llvm::StringRef Name = "m.json") {
  auto R = parseRouteManifest(Text, Name);
  if (R)
    return "<no error>";
  return llvm::toString(R.takeError());
}

static RouteEntry entry(llvm::StringRef Path,
                        std::vector<std::string> Methods) {
  RouteEntry E;
  E.Pattern = std::move(*RoutePattern::parse(Path));
  E.Methods = std::move(Methods);
  return E;
}

TEST(RouteManifestTest, ReadsManifest) {
  auto Routes = manifest(R"({"version": 1, "routes": [
    {"path": "/api/agents/stop", "methods": ["POST"], "file": "s.cpp",
     "line": 12, "column": 3, "framework": "httplib"},
    {"path": "/api/threads/<int>", "method": "get"},
    {"path": "/any", "methods": []}]})");
  ASSERT_EQ(Routes.size(), 3u);
  EXPECT_EQ(Routes[0].Pattern.canonical(), "/api/agents/stop");
  EXPECT_EQ(Routes[0].Methods, std::vector<std::string>{"POST"});
  EXPECT_EQ(Routes[0].File, "s.cpp");
  EXPECT_EQ(Routes[0].Line, 12u);
  EXPECT_EQ(Routes[0].Column, 3u);
  EXPECT_EQ(Routes[1].Methods, std::vector<std::string>{"GET"});
  EXPECT_EQ(Routes[1].Pattern.canonical(), "/api/threads/{:int}");
  EXPECT_TRUE(Routes[2].Methods.empty());
  EXPECT_TRUE(Routes[2].allows("DELETE"));
}

TEST(RouteManifestTest, RoundTrips) {
  std::vector<RouteEntry> Routes;
  Routes.push_back(entry("/api/agents/stop", {"POST"}));
  Routes.push_back(entry(R"(/n/(\d+))", {"GET", "PUT"}));
  Routes.back().File = "dir/a \"quoted\".cpp";
  Routes.back().Line = 7;
  Routes.push_back(entry("/c/{id}", {}));
  Routes.back().CaseInsensitive = true;
  std::string Text = writeRouteManifest(Routes);
  auto Back = manifest(Text);
  ASSERT_EQ(Back.size(), 3u);
  for (size_t I = 0; I < 3; ++I) {
    EXPECT_EQ(Back[I].Pattern.canonical(), Routes[I].Pattern.canonical());
    EXPECT_EQ(Back[I].Methods, Routes[I].Methods);
    EXPECT_EQ(Back[I].File, Routes[I].File);
    EXPECT_EQ(Back[I].Line, Routes[I].Line);
    EXPECT_EQ(Back[I].CaseInsensitive, Routes[I].CaseInsensitive);
  }
}

TEST(RouteManifestTest, NamesItsTranslationUnits) {
  std::vector<RouteEntry> Routes = {entry("/a", {"GET"})};
  std::string Text = writeRouteManifest(
      Routes, {{"src/a.cpp", true}, {"src/broken.cpp", false}});
  EXPECT_NE(Text.find(R"("translationUnits": [)"), std::string::npos);
  EXPECT_NE(Text.find(R"("file": "src/broken.cpp",
      "parsed": false)"),
            std::string::npos);
  // Readers take the routes and ignore the sources.
  EXPECT_EQ(manifest(Text).size(), 1u);
  // Without sources there is no such key.
  EXPECT_EQ(writeRouteManifest(Routes).find("translationUnits"),
            std::string::npos);
}

TEST(RouteManifestTest, SaysWhichTranslationUnitsItLacks) {
  std::vector<RouteEntry> Routes = {entry("/a", {"GET"})};
  std::string Text = writeRouteManifest(Routes, {{"src/a.cpp", true},
                                                 {"src/b.cpp", false},
                                                 {"src/c.cpp", false},
                                                 {"src/d.cpp", false}});
  auto R = parseRouteManifest(Text, "m.json");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  EXPECT_EQ(R->Routes.size(), 1u);
  EXPECT_EQ(R->Incomplete,
            "'m.json' was built without 3 of 4 translation units, which "
            "could not be indexed (src/b.cpp, src/c.cpp and 1 more); routes "
            "registered only there are missing, and calls of them are "
            "reported as unregistered");
  auto Complete = parseRouteManifest(
      writeRouteManifest(Routes, {{"src/a.cpp", true}}), "m.json");
  ASSERT_TRUE(static_cast<bool>(Complete));
  EXPECT_EQ(Complete->Incomplete, "");
  EXPECT_EQ(describeUnindexed("m.json", {}), "");
}

TEST(RouteManifestTest, MalformedManifestsNameFileLineAndColumn) {
  EXPECT_EQ(manifestError("{\"routes\": [\n  {\"path\": \"/a\",}\n]}"),
            "m.json:2:17: invalid JSON: Expected object key");
  EXPECT_EQ(manifestError("{\"routes\": 3}"),
            "m.json:1:12: 'routes' must be a list");
  EXPECT_EQ(manifestError("{\"version\": 1}"),
            "m.json:1:1: the manifest has no 'routes' list");
  EXPECT_EQ(manifestError("[1, 2]"),
            "m.json:1:1: the manifest must be a mapping");
  EXPECT_EQ(manifestError(""), "m.json:1:1: the document is empty");
  std::string Yaml = manifestError("routes:\n  - path: [\n", "m.yaml");
  EXPECT_EQ(Yaml, "m.yaml:2:12: invalid YAML: Could not find closing ]!");
}

TEST(RouteManifestTest, UnusableRoutesAreLeftOutAndTheRestApplies) {
  llvm::StringRef Text = "{\"routes\": [\n"
                         " {\"methods\": [\"GET\"]},\n"
                         " {\"path\": \"/a\", \"methods\": [\"FETCH\"]},\n"
                         " {\"path\": \"/a/([0-9\"},\n"
                         " 7,\n"
                         " {\"path\": \"/ok\", \"line\": \"x\"},\n"
                         " {\"path\": \"/kept\", \"methods\": [\"GET\"]}]}";
  EXPECT_EQ(manifestSkipped(Text),
            (std::vector<std::string>{
                "m.json:2:2: a route has no 'path'; it is left out",
                "m.json:3:29: 'FETCH' is not an HTTP method; it is left out",
                "m.json:4:11: '([0-9' is not a valid regular expression: "
                "brackets ([ ]) not balanced; it is left out",
                "m.json:5:2: a route must be a mapping; it is left out",
                "m.json:6:26: 'line' must be a number; it is left out"}));
  auto R = parseRouteManifest(Text, "m.json");
  ASSERT_TRUE(bool(R));
  ASSERT_EQ(R->Routes.size(), 1u);
  EXPECT_EQ(R->Routes[0].Pattern.source(), "/kept");
}

TEST(RouteManifestTest, ClassifiesUses) {
  std::vector<RouteEntry> Routes;
  Routes.reserve(8); // Ptrs keeps addresses.
  Routes.push_back(entry("/api/agents/stop", {"POST"}));
  Routes.push_back(entry("/api/agents/start", {"POST"}));
  Routes.push_back(entry("/api/threads/<int>/messages", {"GET"}));
  Routes.push_back(entry("/api/health", {}));
  std::vector<const RouteEntry *> Ptrs;
  for (const RouteEntry &R : Routes)
    Ptrs.push_back(&R);
  auto Classify = [&](llvm::StringRef Method, llvm::StringRef Path) {
    return classifyUse(RoutePattern::parseUse(Path), Method, Ptrs);
  };

  EXPECT_EQ(Classify("POST", "/api/agents/stop").Kind, RouteVerdict::Ok);
  EXPECT_EQ(Classify("", "/api/agents/stop").Kind, RouteVerdict::Ok);
  EXPECT_EQ(Classify("PATCH", "/api/health").Kind, RouteVerdict::Ok);
  EXPECT_EQ(Classify("HEAD", "/api/threads/1/messages").Kind, RouteVerdict::Ok);

  RouteVerdict Typo = Classify("POST", "/api/agent/stop");
  EXPECT_EQ(Typo.Kind, RouteVerdict::NoMatch);
  ASSERT_EQ(Typo.Related.size(), 1u);
  EXPECT_EQ(Typo.Related[0], &Routes[0]);
  EXPECT_EQ(Typo.Replacement, std::optional<std::string>("/api/agents/stop"));

  RouteVerdict Method = Classify("GET", "/api/agents/stop");
  EXPECT_EQ(Method.Kind, RouteVerdict::WrongMethod);
  EXPECT_EQ(Method.RegisteredMethods, "POST");

  RouteVerdict Typed = Classify("GET", "/api/threads/abc/messages");
  EXPECT_EQ(Typed.Kind, RouteVerdict::TypeMismatch);
  EXPECT_EQ(Typed.Mismatch.Segment, 3u);
  EXPECT_EQ(Typed.Related[0], &Routes[2]);

  // Character distance breaks ties between one-segment edits.
  RouteVerdict Tie = Classify("POST", "/api/agents/stat");
  EXPECT_EQ(Tie.Kind, RouteVerdict::NoMatch);
  ASSERT_EQ(Tie.Related.size(), 1u);
  EXPECT_EQ(Tie.Related[0], &Routes[1]); // "start" is nearer than "stop".
  // Two equally near routes: a hint, but no single replacement.
  Routes.push_back(entry("/api/agents/stap", {"POST"}));
  Ptrs.push_back(&Routes.back());
  RouteVerdict Ambiguous = Classify("POST", "/api/agents/stxp");
  EXPECT_EQ(Ambiguous.Kind, RouteVerdict::NoMatch);
  EXPECT_EQ(Ambiguous.Related.size(), 2u);
  EXPECT_FALSE(Ambiguous.Replacement);
  RouteVerdict Far = Classify("GET", "/metrics/cpu/load");
  EXPECT_EQ(Far.Kind, RouteVerdict::NoMatch);
  EXPECT_TRUE(Far.Related.empty());
  EXPECT_FALSE(Far.Replacement);
}
