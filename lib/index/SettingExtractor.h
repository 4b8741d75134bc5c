//===--- SettingExtractor.h - Setting keys read in a TU ---------*- C++ -*-===//
//
// Owns the AST side of "settings read under two names": the calls of
// `getenv`, `secure_getenv` and `std::getenv`, and of the project readers
// named in the ConfigKeyReaders option (`name:argIndex`), whose key resolves
// as route paths do (literals, constants, concatenations; StringValues.h).
// A key that does not resolve is skipped, never guessed. Each read becomes a
// SettingRead (lib/messages) whose component is the directory of the file
// holding the call, relative to the project root.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_INDEX_SETTINGEXTRACTOR_H
#define WIRECHECK_LIB_INDEX_SETTINGEXTRACTOR_H

#include "lib/messages/MessageModel.h"
#include "lib/support/OptionLists.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// The component of \p File: its directory relative to \p Root, with `/`
/// separators ("services/auth"; "." for the root itself). A file outside
/// \p Root (or with no root) keeps its absolute directory.
std::string settingComponent(llvm::StringRef File, llvm::StringRef Root);

/// Finds the setting reads of one translation unit.
class SettingExtractor
    : public clang::ast_matchers::MatchFinder::MatchCallback {
public:
  /// \p Readers are the ConfigKeyReaders entries (`name[:argIndex]`,
  /// index 0 when omitted); \p Root is the project root components are
  /// relative to.
  SettingExtractor(std::vector<FunctionSpec> Readers, std::string Root);

  /// Adds the matcher: calls of the reader names only.
  void registerMatchers(clang::ast_matchers::MatchFinder &Finder);
  void
  run(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;

  /// The reads found so far, in the order met.
  std::vector<SettingRead> Reads;

private:
  /// The index of the key argument when \p FD is a setting reader.
  std::optional<unsigned> keyArgument(const clang::FunctionDecl &FD) const;

  std::vector<FunctionSpec> Readers;
  std::string Root;
};

} // namespace wirecheck

#endif // WIRECHECK_LIB_INDEX_SETTINGEXTRACTOR_H
