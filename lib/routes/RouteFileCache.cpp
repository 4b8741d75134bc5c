//===--- RouteFileCache.cpp - Manifests and specs read once per process ---===//

#include "lib/routes/RouteFileCache.h"
#include "lib/routes/ManifestJson.h"
#include "lib/routes/OpenApi.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/FileSystem.h"
#include <mutex>

namespace wirecheck {

namespace {

struct CacheEntry {
  uint64_t Size = 0;
  llvm::sys::TimePoint<> Modified;
  SharedRoutes Routes;
  std::string Error; // Set when the file could not be used.
  /// Set when the file is usable but its reader should be warned; handed
  /// out once (WarningGiven).
  std::string Warning;
  bool WarningGiven = false;
};

struct RouteFileCache {
  std::mutex Lock;
  llvm::StringMap<CacheEntry> Entries; // Key: kind digit, ':', path.
  unsigned Parses = 0;
};

} // namespace

static RouteFileCache &cache() {
  static RouteFileCache Cache;
  return Cache;
}

static llvm::Error cachedError(const std::string &Message) {
  return llvm::createStringError(
      std::make_error_code(std::errc::invalid_argument), Message);
}

/// Hands the warning of \p Entry to a reader that asks for it (\p Warning),
/// once.
static void handOutWarning(CacheEntry &Entry, std::string *Warning) {
  if (!Warning)
    return;
  Warning->clear();
  if (!Entry.WarningGiven)
    *Warning = Entry.Warning;
  Entry.WarningGiven = true;
}

llvm::Expected<SharedRoutes>
loadRouteFile(llvm::StringRef Path, RouteFileKind Kind, std::string *Warning) {
  llvm::sys::fs::file_status Status;
  bool Known = !llvm::sys::fs::status(Path, Status);
  std::string Key = (llvm::Twine(static_cast<int>(Kind)) + ":" + Path).str();
  RouteFileCache &C = cache();
  std::lock_guard<std::mutex> Guard(C.Lock);
  auto It = C.Entries.find(Key);
  if (Known && It != C.Entries.end() && It->second.Size == Status.getSize() &&
      It->second.Modified == Status.getLastModificationTime()) {
    if (!It->second.Error.empty())
      return cachedError(It->second.Error);
    handOutWarning(It->second, Warning);
    return It->second.Routes;
  }
  // Read under the lock: two threads asking for the same new file parse it
  // once, and a parse is rare.
  ++C.Parses;
  llvm::Expected<RouteDocument> Routes = Kind == RouteFileKind::Manifest
                                             ? readRouteManifest(Path)
                                             : readOpenAPISpec(Path);
  CacheEntry Entry;
  if (Routes) {
    Entry.Warning = Routes->Incomplete;
    Entry.Routes = std::make_shared<const RouteDocument>(std::move(*Routes));
  } else {
    Entry.Error = llvm::toString(Routes.takeError());
  }
  handOutWarning(Entry, Warning);
  // A file that cannot be stat'ed (missing) is not cached: it may appear.
  if (Known) {
    Entry.Size = Status.getSize();
    Entry.Modified = Status.getLastModificationTime();
    C.Entries[Key] = Entry;
  }
  if (!Entry.Error.empty())
    return cachedError(Entry.Error);
  return Entry.Routes;
}

unsigned routeFileParseCount() {
  RouteFileCache &C = cache();
  std::lock_guard<std::mutex> Guard(C.Lock);
  return C.Parses;
}

} // namespace wirecheck
