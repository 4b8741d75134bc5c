//===--- HttpMethods.cpp - HTTP method names ------------------------------===//

#include "lib/routes/HttpMethods.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

/// The methods every client library and router knows.
static constexpr llvm::StringLiteral CommonMethods[] = {
    "GET",     "HEAD",    "POST",  "PUT",  "DELETE",
    "CONNECT", "OPTIONS", "TRACE", "PATCH"};

std::string normalizeMethod(llvm::StringRef Name) {
  // Boost.Beast spells `verb::delete_` around the keyword.
  std::string M = Name.trim().rtrim('_').upper();
  if (M == "DEL")
    return "DELETE";
  if (M == "MSEARCH")
    return "M-SEARCH";
  // WebDAV and the other methods of the IANA registry that Boost.Beast's
  // `verb`, Crow's and http-parser's method lists name.
  static constexpr llvm::StringLiteral Registered[] = {
      "COPY",      "LOCK",       "MKCOL",  "MOVE",       "PROPFIND",
      "PROPPATCH", "SEARCH",     "UNLOCK", "BIND",       "REBIND",
      "UNBIND",    "ACL",        "REPORT", "MKACTIVITY", "CHECKOUT",
      "MERGE",     "M-SEARCH",   "NOTIFY", "SUBSCRIBE",  "UNSUBSCRIBE",
      "PURGE",     "MKCALENDAR", "LINK",   "UNLINK",     "SOURCE"};
  return llvm::is_contained(CommonMethods, M) ||
                 llvm::is_contained(Registered, M)
             ? M
             : std::string();
}

std::string methodFromFunctionName(llvm::StringRef Name) {
  // Split `postJson`, `http_delete`, `Get` into words.
  llvm::SmallVector<std::string, 4> Words;
  std::string Cur;
  for (size_t I = 0; I < Name.size(); ++I) {
    char C = Name[I];
    bool Boundary =
        C == '_' || (llvm::isUpper(C) && I > 0 && llvm::isLower(Name[I - 1]));
    if (Boundary && !Cur.empty()) {
      Words.push_back(Cur);
      Cur.clear();
    }
    if (C != '_')
      Cur += llvm::toLower(C);
  }
  if (!Cur.empty())
    Words.push_back(Cur);
  for (const std::string &W : Words) {
    if (W == "del" || W == "connect" || W == "trace")
      continue; // Too often something else in a helper's name.
    std::string M = normalizeMethod(W);
    if (llvm::is_contained(CommonMethods, M))
      return M;
  }
  return "";
}

} // namespace wirecheck
