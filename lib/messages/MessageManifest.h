//===--- MessageManifest.h - The message part of a manifest -----*- C++ -*-===//
//
// Reads and writes the messages and settings of a MessageIndex as the JSON
// members of a project manifest:
//
//   {"version": 1,
//    "messages": {"produced": [...], "consumed": [...]},
//    "settings": [...]}
//
// They sit beside the `"routes"` list of the route manifest in one file:
// the reader here ignores `"routes"` and every other member it does not
// know, as the route reader ignores `"messages"` and `"settings"`. A
// manifest without messages (a routes-only manifest) reads as an empty
// index. Errors read `file:line:col: message`. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGES_MESSAGEMANIFEST_H
#define WIRECHECK_LIB_MESSAGES_MESSAGEMANIFEST_H

#include "lib/messages/MessageModel.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>

namespace wirecheck {

/// The manifest version this reader understands and the writer writes.
inline constexpr unsigned MessageManifestVersion = 1;

/// Adds the `"messages"` and `"settings"` members of \p Index to \p Doc
/// (a manifest object that may already hold `"version"` and `"routes"`).
void addMessagesToManifest(const MessageIndex &Index, llvm::json::Object &Doc);

/// A manifest holding \p Index alone, `"version"` included.
std::string writeMessageManifest(const MessageIndex &Index);

/// Parses the messages and settings of the manifest \p Text. \p Name is
/// used in errors.
llvm::Expected<MessageIndex> parseMessageManifest(llvm::StringRef Text,
                                                  llvm::StringRef Name);

/// Reads the regular file \p Path and parses it.
llvm::Expected<MessageIndex> readMessageManifest(llvm::StringRef Path);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGES_MESSAGEMANIFEST_H
