//===--- RouteIndexTest.cpp - Tests for lib/routes/RouteIndex -------------===//

#include "lib/routes/RouteIndex.h"
#include "gtest/gtest.h"

using namespace wirecheck;

static RouteEntry route(llvm::StringRef Path, std::vector<std::string> Methods,
                        llvm::StringRef File, unsigned Line) {
  RouteEntry E;
  E.Pattern = std::move(*RoutePattern::parse(Path));
  E.Methods = std::move(Methods);
  E.File = File.str();
  E.Line = Line;
  E.Column = 3;
  return E;
}

static IndexedUse use(llvm::StringRef Text, llvm::StringRef Method,
                      llvm::StringRef File, unsigned Line) {
  return {{File.str(), Line, 5}, Text.str(), Method.str(), Text.str(), {}};
}

/// An index of one TU with \p Routes and \p Uses.
static RouteIndex indexOf(std::vector<RouteEntry> Routes,
                          std::vector<IndexedUse> Uses = {}) {
  RouteIndex Index;
  TUContribution TU;
  TU.Routes = std::move(Routes);
  TU.Uses = std::move(Uses);
  Index.add(std::move(TU));
  return Index;
}

static std::vector<std::string>
messages(const std::vector<IndexFinding> &Findings) {
  std::vector<std::string> Out;
  for (const IndexFinding &F : Findings)
    Out.push_back(F.Pos.File + ":" + std::to_string(F.Pos.Line) + ": " +
                  F.Level + ": " + F.Message);
  return Out;
}

TEST(RouteIndexTest, MergesTUsOnceAndSortsRoutes) {
  RouteIndex Index;
  // Two TUs include the same header: its route and use count once.
  TUContribution A;
  A.Routes = {route("/b", {"GET"}, "b.cpp", 4), route("/h", {"GET"}, "h.h", 2)};
  A.Uses = {use("/h", "GET", "h.h", 9)};
  A.Problems = {{{"h.h", 7, 1}, "route '(' can never match: bad"}};
  TUContribution B;
  B.Routes = {route("/h", {"GET"}, "h.h", 2), route("/a", {}, "a.cpp", 8)};
  B.Uses = {use("/h", "GET", "h.h", 9), use("/a", "", "a.cpp", 20)};
  B.Problems = A.Problems;
  Index.add(std::move(A));
  Index.add(std::move(B));
  ASSERT_EQ(Index.routes().size(), 3u);
  EXPECT_EQ(Index.routes()[0].File, "a.cpp");
  EXPECT_EQ(Index.routes()[1].File, "b.cpp");
  EXPECT_EQ(Index.routes()[2].File, "h.h");
  EXPECT_EQ(Index.uses().size(), 2u);
  EXPECT_EQ(Index.problems().size(), 1u);
}

TEST(RouteIndexTest, DuplicatesPerMethodWithTheFirstAsNote) {
  RouteIndex Index = indexOf({route("/items/:id", {"GET", "PUT"}, "a.cpp", 1),
                              route("/items/{n}", {"GET"}, "b.cpp", 2),
                              route("/items/:id", {"POST"}, "c.cpp", 3)});
  std::vector<IndexFinding> D = Index.duplicates();
  ASSERT_EQ(D.size(), 1u);
  EXPECT_EQ(D[0].Message, "route 'GET /items/{n}' is registered twice");
  EXPECT_EQ(D[0].Pos.File, "b.cpp");
  ASSERT_EQ(D[0].Notes.size(), 1u);
  EXPECT_EQ(D[0].Notes[0].first.File, "a.cpp");
  EXPECT_EQ(D[0].Notes[0].second, "first registered here");
}

TEST(RouteIndexTest, MountPointsAreNeverDuplicates) {
  // cpp-httplib searches the directories mounted at one prefix in turn.
  std::vector<RouteEntry> Routes = {route("/*", {"GET"}, "a.cpp", 1),
                                    route("/*", {"GET"}, "a.cpp", 2),
                                    route(".*", {"GET"}, "b.cpp", 3)};
  Routes[0].Mount = Routes[1].Mount = true;
  EXPECT_TRUE(indexOf(Routes).duplicates().empty());
  Routes[0].Mount = false;
  EXPECT_EQ(indexOf(Routes).duplicates().size(), 1u);
}

TEST(RouteIndexTest, MismatchesAgainstProjectAndExtraRoutes) {
  RouteIndex Index = indexOf({route("/api/items", {"GET"}, "s.cpp", 1)},
                             {use("/api/items", "GET", "c.cpp", 1),
                              use("/api/items", "POST", "c.cpp", 2),
                              use("/api/itemz", "GET", "c.cpp", 3),
                              use("/api/other", "GET", "c.cpp", 4)});
  RouteEntry Other = route("/api/other", {"GET"}, "m.json", 1);
  std::vector<IndexFinding> M = Index.mismatches({&Other});
  EXPECT_EQ(messages(M),
            (std::vector<std::string>{
                "c.cpp:2: warning: '/api/items' is registered for GET, not "
                "POST",
                "c.cpp:3: warning: no registered route matches 'GET "
                "/api/itemz'; did you mean '/api/items'?"}));
  ASSERT_EQ(M[0].Notes.size(), 1u);
  EXPECT_EQ(M[0].Notes[0].first.File, "s.cpp");
  // Without the extra route, the last use is a finding too.
  EXPECT_EQ(Index.mismatches({}).size(), 3u);
}

TEST(RouteIndexTest, NoRoutesAtAllMeansNoMismatches) {
  RouteIndex Index = indexOf({}, {use("/api/items", "GET", "c.cpp", 1)});
  EXPECT_TRUE(Index.mismatches({}).empty());
}

TEST(RouteIndexTest, SpecDifferencesBothWays) {
  RouteIndex Index =
      indexOf({route("/items/<int>", {"GET", "DELETE"}, "s.cpp", 1),
               route("/health", {}, "s.cpp", 2)});
  std::vector<RouteEntry> Spec = {route("/items/{id}", {"GET"}, "api.yaml", 5),
                                  route("/users", {"POST"}, "api.yaml", 9)};
  EXPECT_EQ(
      messages(Index.specDifferences(Spec)),
      (std::vector<std::string>{
          "s.cpp:1: warning: route 'DELETE /items/<int>' is not in the "
          "OpenAPI spec",
          "s.cpp:2: warning: route '/health' is not in the OpenAPI spec",
          "api.yaml:9: warning: route 'POST /users' of the OpenAPI spec is "
          "not registered in code"}));
}

TEST(RouteIndexTest, UnusedRoutesAreNotes) {
  RouteIndex Index = indexOf({route("/items/:id", {"GET"}, "s.cpp", 1),
                              route("/items/:id", {"DELETE"}, "s.cpp", 2)},
                             {use("/items/7", "GET", "c.cpp", 1)});
  EXPECT_EQ(messages(Index.unused()),
            (std::vector<std::string>{"s.cpp:2: note: route 'DELETE "
                                      "/items/:id' is registered but nothing "
                                      "calls it"}));
}

TEST(RouteIndexTest, FindingsAreSortedAndFollowTheOptions) {
  RouteIndex Index = indexOf(
      {route("/b", {"GET"}, "z.cpp", 1), route("/b", {"GET"}, "z.cpp", 5)},
      {use("/c", "GET", "a.cpp", 1)});
  std::vector<RouteEntry> Spec = {route("/b", {"GET"}, "api.yaml", 3)};
  IndexOptions Options;
  Options.SpecRoutes = Spec;
  EXPECT_EQ(
      messages(Index.findings(Options)),
      (std::vector<std::string>{
          "a.cpp:1: warning: no registered route matches 'GET /c'; did you "
          "mean '/b'?",
          "z.cpp:5: warning: route 'GET /b' is registered twice"}));
  Options.ReportUnused = true;
  Options.CompareWithSpec = true;
  std::vector<IndexFinding> All = Index.findings(Options);
  ASSERT_EQ(All.size(), 4u);
  EXPECT_EQ(All[1].Level, "note");
  EXPECT_EQ(All[1].Pos.Line, 1u);
}
