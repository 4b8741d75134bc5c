//===--- RuleDocs.cpp - Rule metadata for the SARIF log -------------------===//
//
// Summaries from markdown pages and documentation links for wire checks,
// clang-tidy checks and clang warnings.
//
//===----------------------------------------------------------------------===//

#include "lib/sarif/RuleDocs.h"
#include "lib/sarif/Uri.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstring>

using namespace llvm;

namespace wirecheck {
namespace sarif {

RuleInfo ruleInfoFromMarkdown(StringRef Markdown, std::string HelpUri) {
  RuleInfo Info;
  Info.Markdown = Markdown.str();
  Info.HelpUri = std::move(HelpUri);
  // The summary: the first paragraph that is not a heading.
  SmallVector<StringRef, 0> Lines;
  Markdown.split(Lines, '\n');
  std::string Summary;
  for (StringRef L : Lines) {
    L = L.trim();
    if (L.empty()) {
      if (!Summary.empty())
        break;
      continue;
    }
    if (L.starts_with("#") || L.starts_with("===") || L.starts_with("---") ||
        L.starts_with(".."))
      continue;
    if (!Summary.empty())
      Summary += ' ';
    Summary += L.str();
  }
  Info.Summary = Summary;
  return Info;
}

std::string upstreamHelpUri(StringRef Rule) {
  if (Rule.starts_with("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html#w" +
           Rule.drop_front(strlen("clang-diagnostic-")).lower();
  size_t Dash = Rule.find('-');
  if (Dash == StringRef::npos)
    return "";
  StringRef Module = Rule.take_front(Dash);
  if (Module == "clang" && Rule.starts_with("clang-analyzer-"))
    return ("https://clang.llvm.org/extra/clang-tidy/checks/clang-analyzer/" +
            Rule.drop_front(strlen("clang-analyzer-")) + ".html")
        .str();
  return ("https://clang.llvm.org/extra/clang-tidy/checks/" + Module + "/" +
          Rule.drop_front(Dash + 1) + ".html")
      .str();
}

RuleDocs::RuleDocs(StringRef Dir, std::string Url, Reader Read)
    : DocsUrl(std::move(Url)), Read(std::move(Read)) {
  SmallString<256> Abs(Dir);
  if (!Abs.empty() && sys::fs::make_absolute(Abs))
    Abs = Dir; // Unresolvable: keep it as given.
  DocsDir = std::string(Abs);
}

std::optional<RuleInfo> RuleDocs::lookup(StringRef Rule) const {
  if (!Rule.starts_with("wire-") || DocsDir.empty())
    return std::nullopt;
  std::string Page = (Rule.drop_front(strlen("wire-")) + ".md").str();
  SmallString<256> Path(DocsDir);
  sys::path::append(Path, Page);
  std::optional<std::string> Markdown = Read(Path);
  if (!Markdown)
    return std::nullopt;
  std::string Uri = DocsUrl.empty()
                        ? fileUri(Path)
                        : (StringRef(DocsUrl).rtrim('/') + "/" + Page).str();
  return ruleInfoFromMarkdown(*Markdown, std::move(Uri));
}

} // namespace sarif
} // namespace wirecheck
