//===--- SettingKeys.h - Setting keys read under two names ------*- C++ -*-===//
//
// Pairs of setting keys (environment variables, project config keys) that
// are almost the same and read in different components: the test framework
// reads `JWT_SECRET` while the service reads `JWT_SECRET_KEY`, so each side
// resolves its own value and every token fails validation. The rule is
// built for precision over recall (docs/design/message-contract.md):
//
//  1. the same key spelled differently: equal once split on `_`, `-` and `.`
//     and upper-cased (`JWT_SECRET`, `jwt-secret`, `JWTSECRET`);
//  2. an extra qualifier: one key is the other plus one last token that adds
//     no meaning: KEY, VALUE, VAL, STR or STRING, or NAME unless the shorter
//     key names a credential (`JWT_SECRET` / `JWT_SECRET_KEY`,
//     `KAFKA_TOPIC` / `KAFKA_TOPIC_NAME`); the shorter key has two tokens
//     or more;
//  3. a one-letter typo: the same number of tokens (two or more), one token
//     differs, by one edit, both spellings of it have five letters or more
//     and no digit (`DATABASE_URL` / `DATABSE_URL`; not `REDIS_HOST1` /
//     `REDIS_HOST2`, nor `DB_HOST` / `DB_PORT`).
//
// Never paired: keys read in the same component only, keys some component
// reads both of (a deliberate fallback), keys or pairs on the allow-list.
// Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGES_SETTINGKEYS_H
#define WIRECHECK_LIB_MESSAGES_SETTINGKEYS_H

#include "lib/messages/MessageModel.h"
#include "lib/support/OptionLists.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wirecheck {

/// Why two keys look like one setting.
enum class SettingSimilarity {
  Spelling,  ///< Rule 1: equal up to case and separators.
  Qualifier, ///< Rule 2: one has an extra meaningless last token.
  Typo,      ///< Rule 3: one token differs by one edit.
};

/// Keys that are never paired.
struct SettingAllowList {
  /// Keys never paired with any other.
  std::vector<std::string> Keys;
  /// Pairs never reported, in either order.
  std::vector<std::pair<std::string, std::string>> Pairs;
};

/// Parses the allow-list option \p Option: a `;`-separated list of keys
/// (`LEGACY_TOKEN`) and pairs (`JWT_SECRET=JWT_SECRET_FILE`). Malformed
/// entries are reported in \p Errors and skipped.
SettingAllowList parseSettingAllowList(llvm::StringRef Option,
                                       llvm::StringRef Value,
                                       std::vector<OptionError> &Errors);

/// Do the keys \p A and \p B look like one setting (rules 1 to 3)?
std::optional<SettingSimilarity> similarSettingKeys(llvm::StringRef A,
                                                    llvm::StringRef B);

/// One pair of keys read in different components.
struct SettingPairFinding {
  SettingSimilarity Similarity = SettingSimilarity::Spelling;
  /// The key reported (the one read in fewer places) and the other one.
  std::string Key;
  std::string OtherKey;
  /// The diagnostic: lower case, no final period.
  std::string Message;
  /// The first read of Key.
  MessageLocation Loc;
  /// The first read of OtherKey in another component.
  std::vector<std::pair<MessageLocation, std::string>> Notes;
};

/// The pairs among \p Reads, one finding per pair, sorted by location.
std::vector<SettingPairFinding>
findSettingPairs(llvm::ArrayRef<SettingRead> Reads,
                 const SettingAllowList &Allowed = {});

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGES_SETTINGKEYS_H
