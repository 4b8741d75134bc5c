//===--- OptionLists.h - Parsing of wirecheck option values -----*- C++ -*-===//
//
// Parsing and validation of the list-valued options every wire check reads:
// qualified names, `name:index` sink specifications and regular expressions.
// Has no clang dependency so it can be unit-tested on its own.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H
#define WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// A C++ qualified name such as `::ns::Class::method` split into components.
/// A leading `::` anchors the name at the global namespace; otherwise the
/// name matches any declaration whose qualified name ends with it.
struct QualifiedName {
  std::vector<std::string> Components;
  bool Anchored = false;

  /// Parses \p Text; returns std::nullopt when it is not a well-formed
  /// qualified identifier (empty components, stray characters, ...).
  static std::optional<QualifiedName> parse(llvm::StringRef Text);
  std::string str() const;
};

/// A function named in an option, optionally with an argument index and a
/// second index: `name`, `name:2` or `name:1:0`.
struct FunctionSpec {
  QualifiedName Name;
  std::optional<unsigned> Index;
  std::optional<unsigned> SecondIndex;
  std::string Text; // As written, for diagnostics and storeOptions.
};

/// A problem found while parsing an option value.
struct OptionError {
  std::string Option;
  std::string Value;
  std::string Message;
};

/// Splits a `;`- or `,`-separated list, trimming blanks and dropping empty
/// entries (the convention of clang-tidy's utils::options).
llvm::SmallVector<llvm::StringRef, 8> splitList(llvm::StringRef Value);

/// Parses a list of qualified names. Malformed entries are reported in
/// \p Errors and skipped.
std::vector<QualifiedName> parseNameList(llvm::StringRef Option,
                                         llvm::StringRef Value,
                                         std::vector<OptionError> &Errors);

/// Parses a list of `name[:index[:index]]` entries. \p MaxIndices bounds how
/// many indices an entry may carry.
std::vector<FunctionSpec> parseFunctionSpecs(llvm::StringRef Option,
                                             llvm::StringRef Value,
                                             unsigned MaxIndices,
                                             std::vector<OptionError> &Errors);

/// Compiles a regular expression option. An empty value yields std::nullopt
/// without error; an invalid one is reported and yields std::nullopt.
std::optional<llvm::Regex> parseRegex(llvm::StringRef Option,
                                      llvm::StringRef Value,
                                      std::vector<OptionError> &Errors);

/// Parses a boolean option value the way clang-tidy does (`true`, `false`,
/// `1`, `0`, case-insensitive). Reports anything else and returns
/// \p Default. Checks use this instead of OptionsView::get<bool>, whose
/// specialisation the clang-tidy binary does not export to plugins.
bool parseBool(llvm::StringRef Option, llvm::StringRef Value, bool Default,
               std::vector<OptionError> &Errors);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H
