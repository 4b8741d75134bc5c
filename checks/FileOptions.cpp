//===--- FileOptions.cpp - Where a relative file option points ------------===//

#include "checks/FileOptions.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <optional>

namespace clang::tidy::wire {

/// The directory the process was started in (empty if it cannot be read).
static const std::string &startDirectory() {
  static const std::string Dir = [] {
    llvm::SmallString<256> Path;
    if (llvm::sys::fs::current_path(Path))
      return std::string();
    return Path.str().str();
  }();
  return Dir;
}

// Captured when the plugin is loaded (clang-tidy's -load, while it reads its
// command line) or the linked tool starts: before clang-tidy changes into
// the build directory of a compile command.
[[maybe_unused]] static const std::string &StartDirectoryAtLoad =
    startDirectory();

/// The directory of the `.clang-tidy` file whose setting of the option is in
/// effect for \p File: the nearest file (by clang-tidy's own lookup) that
/// sets the check's key, else the global key, to \p Value. std::nullopt
/// when the value comes from elsewhere (--config, clangd's configuration).
static std::optional<std::string> configDirectory(StringRef File,
                                                  StringRef CheckName,
                                                  StringRef Option,
                                                  StringRef Value) {
  FileOptionsProvider Provider{ClangTidyGlobalOptions(), ClangTidyOptions(),
                               ClangTidyOptions()};
  // In order of increasing priority; getLocalOrGlobal prefers the check's
  // own key wherever it is set.
  std::vector<ClangTidyOptionsProvider::OptionsSource> Sources =
      Provider.getRawOptions(File);
  const std::string Keys[] = {(CheckName + "." + Option).str(), Option.str()};
  for (const std::string &Key : Keys)
    for (auto It = Sources.rbegin(); It != Sources.rend(); ++It) {
      auto Found = It->first.CheckOptions.find(Key);
      if (Found == It->first.CheckOptions.end())
        continue;
      if (Found->second.Value != Value)
        return std::nullopt;
      return llvm::sys::path::parent_path(It->second).str();
    }
  return std::nullopt;
}

std::string resolveFileOption(const ClangTidyContext &Context,
                              StringRef CheckName, StringRef Option,
                              StringRef Value) {
  if (Value.empty() || llvm::sys::path::is_absolute(Value))
    return Value.str();
  // The file being processed, as clang-tidy names it: relative names are
  // relative to the compile command's directory.
  llvm::SmallString<256> File(Context.getCurrentFile());
  if (!File.empty() && !llvm::sys::path::is_absolute(File)) {
    llvm::SmallString<256> Absolute(Context.getCurrentBuildDirectory());
    llvm::sys::path::append(Absolute, File);
    File = Absolute;
  }
  std::optional<std::string> Base =
      File.empty() ? std::nullopt
                   : configDirectory(File, CheckName, Option, Value);
  if (!Base)
    Base = startDirectory();
  if (Base->empty())
    return Value.str();
  llvm::SmallString<256> Resolved(*Base);
  llvm::sys::path::append(Resolved, Value);
  llvm::sys::path::remove_dots(Resolved, /*remove_dot_dot=*/false);
  return Resolved.str().str();
}

} // namespace clang::tidy::wire
