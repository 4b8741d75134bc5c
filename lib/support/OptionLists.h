//===--- OptionLists.h - Parsing of wirecheck option values -----*- C++ -*-===//
//
// Parsing and validation of the option values every wire check reads: lists
// of qualified names, `name:index` function specifications, regular
// expressions and booleans, each problem collected as an OptionError naming
// option and value. Has no clang dependency so it can be unit-tested on its
// own.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H
#define WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H

#include "lib/support/QualifiedName.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

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
/// \p Errors and skipped, and so is a value that lists nothing but
/// separators.
std::vector<QualifiedName> parseNameList(llvm::StringRef Option,
                                         llvm::StringRef Value,
                                         std::vector<OptionError> &Errors);

/// Parses a list of `name[:index[:index]]` entries. \p MaxIndices bounds how
/// many indices an entry may carry. Errors are reported as by parseNameList.
std::vector<FunctionSpec> parseFunctionSpecs(llvm::StringRef Option,
                                             llvm::StringRef Value,
                                             unsigned MaxIndices,
                                             std::vector<OptionError> &Errors);

/// Compiles a regular expression option. An empty value yields std::nullopt
/// without error; an invalid one is reported and yields std::nullopt.
std::optional<llvm::Regex> parseRegex(llvm::StringRef Option,
                                      llvm::StringRef Value,
                                      std::vector<OptionError> &Errors);

/// Parses a boolean option value: `true`, `false` (case-insensitive), `1` or
/// `0`. Reports anything else and returns
/// \p Default. OptionsView::get<bool> is exported by the clang-tidy binaries
/// we support (LLVM 19 and 22), but it reports a bad value as a warning in
/// its own wording and silently accepts YAML spellings (`yes`, `on`) and any
/// integer; the checks use this instead so that a bad boolean is an error in
/// the same form as every other option error.
bool parseBool(llvm::StringRef Option, llvm::StringRef Value, bool Default,
               std::vector<OptionError> &Errors);

} // namespace wirecheck

#endif // WIRECHECK_LIB_SUPPORT_OPTIONLISTS_H
