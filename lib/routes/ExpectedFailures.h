//===--- ExpectedFailures.h - Calls that expect an error status -*- C++ -*-===//
//
// Negative tests call a route the server lacks on purpose and assert the
// error it answers with (`EXPECT_EQ(res->status, 404)`,
// `ASSERT_EQ(count_not_found, 1)`). Such a call is not a mismatch a
// maintainer would change: the statement that makes it, or one of the next
// three statements of its block, names a 4xx status (a 4xx integer literal,
// `NotFound`, `Not_Found`, `MethodNotAllowed`, `BadRequest`,
// `UnsupportedMediaType`, ...) or a client-side error other than success
// (`Error::Write`, `Error::Canceled`). Read from the source text, so it works
// through test macros and costs no parent map; comments and string
// contents are not read.
//
// The same window tells a registration a test expects to fail (Crow's
// unit test registers "/" twice inside `try` and reaches `FAIL_CHECK()`
// only if no exception is thrown): the registration's statement, or one of
// the next three, names a test macro that expects a throw (`EXPECT_THROW`,
// `REQUIRE_THROWS_AS`, ...) or fails when reached (`FAIL`, `FAIL_CHECK`,
// `ADD_FAILURE`). Such a registration is never reported as a duplicate.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_ROUTES_EXPECTEDFAILURES_H
#define WIRECHECK_LIB_ROUTES_EXPECTEDFAILURES_H

#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringRef.h"

namespace wirecheck {

/// Does the code at \p Loc (a client use) expect a 4xx answer: does its
/// statement, or one of the next three of its block, name a 4xx status?
bool expectsClientError(const clang::SourceManager &SM,
                        clang::SourceLocation Loc);

/// The same question on text: \p Text is the source, \p Offset the use's
/// position in it.
bool expectsClientError(llvm::StringRef Text, size_t Offset);

/// Does the code at \p Loc (a registration) expect it to throw: does its
/// statement, or one of the next three of its block, name `*THROW*`,
/// `FAIL`, `FAIL_*` or `ADD_FAILURE`?
bool expectsRegistrationFailure(const clang::SourceManager &SM,
                                clang::SourceLocation Loc);
bool expectsRegistrationFailure(llvm::StringRef Text, size_t Offset);

} // namespace wirecheck

#endif // WIRECHECK_LIB_ROUTES_EXPECTEDFAILURES_H
