//===--- AsyncApiCompare.h - Code against an AsyncAPI document --*- C++ -*-===//
//
// Compares the messages a project's code produces and consumes with an
// AsyncAPI document, in both directions, as `wirecheck-routes --openapi`
// compares routes with an OpenAPI spec:
//
//  - code to spec: a type the code produces or handles that the document
//    does not declare, and a field the code writes or reads that the
//    declared message does not have (did-you-mean from the document);
//  - spec to code: a message the document says the application sends that
//    no producer in the code emits, one it says the application receives
//    that no consumer handles, and a required field of a sent message that
//    no producer writes.
//
// Only discriminator keys both sides use are compared, and an unknown value
// on either side (an unresolved type, an open field list) suppresses the
// findings it could explain, never causes one. Has no clang dependency.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGES_ASYNCAPICOMPARE_H
#define WIRECHECK_LIB_MESSAGES_ASYNCAPICOMPARE_H

#include "lib/messages/AsyncApi.h"
#include "lib/messages/MessageModel.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// What to compare (the tool fills it from the same `both|spec-to-code|
/// code-to-spec` flag values as the OpenAPI comparison).
struct AsyncApiScope {
  /// Report what the document has and the code lacks.
  bool SpecToCode = true;
  /// Report what the code has and the document lacks.
  bool CodeToSpec = true;
  /// Message names, types or channels of the document, and types of the
  /// code, left out of the comparison.
  std::vector<std::string> Exclude;
};

/// The differences between \p Code and the document \p Doc (read from
/// \p DocName), sorted by location. Kind is UnknownType or UnknownField for
/// what one side has and the other lacks.
std::vector<MessageFinding> compareWithAsyncApi(const MessageIndex &Code,
                                                const AsyncApiDocument &Doc,
                                                llvm::StringRef DocName,
                                                const AsyncApiScope &Scope);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGES_ASYNCAPICOMPARE_H
