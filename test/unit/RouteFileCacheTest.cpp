//===--- RouteFileCacheTest.cpp - Manifests read once per process ---------===//

#include "lib/routes/RouteFileCache.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

namespace wirecheck {
namespace {

static void writeManifest(llvm::StringRef Path, llvm::StringRef Body) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  ASSERT_FALSE(EC);
  OS << Body;
}

TEST(RouteFileCacheTest, ParsesOnceWhileTheFileIsUnchanged) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(
      llvm::sys::fs::createTemporaryFile("wirecheck-cache", "json", Path));
  writeManifest(Path, R"({"version": 1, "routes": [{"path": "/a"}]})");
  unsigned Before = routeFileParseCount();
  auto First = loadRouteFile(Path, RouteFileKind::Manifest);
  ASSERT_TRUE(static_cast<bool>(First));
  auto Second = loadRouteFile(Path, RouteFileKind::Manifest);
  ASSERT_TRUE(static_cast<bool>(Second));
  EXPECT_EQ(routeFileParseCount(), Before + 1);
  EXPECT_EQ(First->get(), Second->get()); // The same shared routes.
  ASSERT_EQ((*First)->Routes.size(), 1u);

  // A changed file is read again.
  writeManifest(
      Path, R"({"version": 1, "routes": [{"path": "/a"}, {"path": "/b"}]})");
  auto Third = loadRouteFile(Path, RouteFileKind::Manifest);
  ASSERT_TRUE(static_cast<bool>(Third));
  EXPECT_EQ(routeFileParseCount(), Before + 2);
  EXPECT_EQ((*Third)->Routes.size(), 2u);
  llvm::sys::fs::remove(Path);
}

TEST(RouteFileCacheTest, RemembersAnUnusableFileWithItsError) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(
      llvm::sys::fs::createTemporaryFile("wirecheck-cache", "json", Path));
  writeManifest(Path, "{ not json");
  unsigned Before = routeFileParseCount();
  for (int I = 0; I < 3; ++I) {
    auto Routes = loadRouteFile(Path, RouteFileKind::Manifest);
    ASSERT_FALSE(static_cast<bool>(Routes));
    EXPECT_NE(llvm::toString(Routes.takeError()).find("invalid JSON"),
              std::string::npos);
  }
  EXPECT_EQ(routeFileParseCount(), Before + 1);
  llvm::sys::fs::remove(Path);
}

TEST(RouteFileCacheTest, HandsOutAWarningOncePerVersionOfTheFile) {
  llvm::SmallString<128> Path;
  ASSERT_FALSE(
      llvm::sys::fs::createTemporaryFile("wirecheck-cache", "json", Path));
  writeManifest(Path, R"({"version": 1, "routes": [{"path": "/a"}],
    "translationUnits": [{"file": "a.cpp", "parsed": false}]})");
  std::string Warning;
  ASSERT_TRUE(static_cast<bool>(
      loadRouteFile(Path, RouteFileKind::Manifest, &Warning)));
  EXPECT_NE(Warning.find("without 1 of 1 translation units"),
            std::string::npos);
  ASSERT_TRUE(static_cast<bool>(
      loadRouteFile(Path, RouteFileKind::Manifest, &Warning)));
  EXPECT_EQ(Warning, "");
  // A changed file is another version: its warning is handed out again.
  writeManifest(Path, R"({"version": 1, "routes": [{"path": "/b"}],
    "translationUnits": [{"file": "b.cpp", "parsed": false},
                         {"file": "c.cpp", "parsed": true}]})");
  ASSERT_TRUE(static_cast<bool>(
      loadRouteFile(Path, RouteFileKind::Manifest, &Warning)));
  EXPECT_NE(Warning.find("without 1 of 2 translation units, which could "
                         "not be indexed (b.cpp)"),
            std::string::npos);
  llvm::sys::fs::remove(Path);
}

} // namespace
} // namespace wirecheck
