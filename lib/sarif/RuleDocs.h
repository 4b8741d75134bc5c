//===--- RuleDocs.h - Rule metadata for the SARIF log -----------*- C++ -*-===//
//
// What the SARIF log says about each rule: for the wire checks, the summary
// and markdown of their docs/checks page and a link to it; for clang-tidy's
// own checks and clang's warnings, a link to the upstream documentation.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SARIF_RULEDOCS_H
#define WIRECHECK_LIB_SARIF_RULEDOCS_H

#include "llvm/ADT/StringRef.h"
#include <functional>
#include <optional>
#include <string>

namespace wirecheck {
namespace sarif {

/// Rule metadata for the SARIF log.
struct RuleInfo {
  std::string Summary;  // One sentence: shortDescription.
  std::string Markdown; // The documentation page: help.markdown.
  std::string HelpUri;  // Absolute URI of the documentation.
};

/// Documentation metadata of a check: summary (first paragraph after the
/// title) and markdown of a docs/checks page.
RuleInfo ruleInfoFromMarkdown(llvm::StringRef Markdown, std::string HelpUri);

/// The documentation URL of a built-in clang-tidy check or clang warning.
std::string upstreamHelpUri(llvm::StringRef Rule);

/// The pages of the wire checks in a docs/checks directory: `wire-foo` is
/// `foo.md`.
class RuleDocs {
public:
  using Reader =
      std::function<std::optional<std::string>(llvm::StringRef Path)>;

  /// \p DocsDir holds the pages (empty: no pages); \p DocsUrl is the base
  /// URL they are published under, empty to link their file:// URIs.
  RuleDocs(llvm::StringRef DocsDir, std::string DocsUrl, Reader Read);

  /// The metadata of \p Rule from its page; std::nullopt for rules that are
  /// not wire checks and for pages that cannot be read.
  std::optional<RuleInfo> lookup(llvm::StringRef Rule) const;

private:
  std::string DocsDir; // Absolute.
  std::string DocsUrl;
  Reader Read;
};

} // namespace sarif
} // namespace wirecheck

#endif // WIRECHECK_LIB_SARIF_RULEDOCS_H
