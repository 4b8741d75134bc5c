//===--- OptionLists.cpp - Parsing of wirecheck option values -------------===//

#include "lib/support/OptionLists.h"
#include "llvm/ADT/StringExtras.h"

namespace wirecheck {

llvm::SmallVector<llvm::StringRef, 8> splitList(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 8> Raw, Result;
  Value.split(Raw, ';', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Raw) {
    llvm::SmallVector<llvm::StringRef, 4> Inner;
    Item.split(Inner, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
    for (llvm::StringRef I : Inner)
      if (!I.trim().empty())
        Result.push_back(I.trim());
  }
  return Result;
}

/// Splits a list-valued option; a value that is not blank but lists nothing
/// (`;;;`) is reported, since it would silently leave the option unset.
static llvm::SmallVector<llvm::StringRef, 8>
splitNonEmptyList(llvm::StringRef Option, llvm::StringRef Value,
                  std::vector<OptionError> &Errors) {
  llvm::SmallVector<llvm::StringRef, 8> Items = splitList(Value);
  if (Items.empty() && !Value.trim().empty())
    Errors.push_back({Option.str(), Value.str(),
                      "lists no entries, only separators; the option is "
                      "ignored"});
  return Items;
}

std::vector<QualifiedName> parseNameList(llvm::StringRef Option,
                                         llvm::StringRef Value,
                                         std::vector<OptionError> &Errors) {
  std::vector<QualifiedName> Result;
  for (llvm::StringRef Item : splitNonEmptyList(Option, Value, Errors)) {
    if (std::optional<QualifiedName> N = QualifiedName::parse(Item))
      Result.push_back(std::move(*N));
    else
      Errors.push_back({Option.str(), Item.str(),
                        "is not a valid qualified name; the entry is ignored"});
  }
  return Result;
}

std::vector<FunctionSpec> parseFunctionSpecs(llvm::StringRef Option,
                                             llvm::StringRef Value,
                                             unsigned MaxIndices,
                                             std::vector<OptionError> &Errors) {
  std::vector<FunctionSpec> Result;
  for (llvm::StringRef Item : splitNonEmptyList(Option, Value, Errors)) {
    // Split off trailing `:N` groups; `::` belongs to the name.
    llvm::StringRef Name = Item;
    llvm::SmallVector<llvm::StringRef, 2> Indices;
    bool Bad = false;
    while (true) {
      size_t Colon = Name.rfind(':');
      if (Colon == llvm::StringRef::npos ||
          (Colon > 0 && Name[Colon - 1] == ':'))
        break;
      llvm::StringRef Tail = Name.substr(Colon + 1);
      unsigned Dummy;
      if (Tail.empty() || Tail.getAsInteger(10, Dummy)) {
        Bad = true;
        break;
      }
      Indices.insert(Indices.begin(), Tail);
      Name = Name.substr(0, Colon);
    }
    if (Bad) {
      Errors.push_back(
          {Option.str(), Item.str(),
           "has an argument index that is not a number; the entry is "
           "ignored"});
      continue;
    }
    if (Indices.size() > MaxIndices) {
      Errors.push_back({Option.str(), Item.str(),
                        "has more argument indices than allowed (" +
                            std::to_string(MaxIndices) +
                            "); the entry is ignored"});
      continue;
    }
    std::optional<QualifiedName> N = QualifiedName::parse(Name);
    if (!N) {
      Errors.push_back({Option.str(), Item.str(),
                        "is not a valid qualified name; the entry is ignored"});
      continue;
    }
    FunctionSpec Spec;
    Spec.Name = std::move(*N);
    Spec.Text = Item.str();
    unsigned V;
    if (Indices.size() >= 1 && !Indices[0].getAsInteger(10, V))
      Spec.Index = V;
    if (Indices.size() >= 2 && !Indices[1].getAsInteger(10, V))
      Spec.SecondIndex = V;
    Result.push_back(std::move(Spec));
  }
  return Result;
}

std::optional<llvm::Regex> parseRegex(llvm::StringRef Option,
                                      llvm::StringRef Value,
                                      std::vector<OptionError> &Errors) {
  if (Value.trim().empty())
    return std::nullopt;
  llvm::Regex R(Value);
  std::string Error;
  if (!R.isValid(Error)) {
    Errors.push_back({Option.str(), Value.str(),
                      "is not a valid regular expression (" + Error +
                          "); the option is ignored"});
    return std::nullopt;
  }
  return R;
}

bool parseBool(llvm::StringRef Option, llvm::StringRef Value, bool Default,
               std::vector<OptionError> &Errors) {
  llvm::StringRef V = Value.trim();
  if (V.empty())
    return Default;
  if (V.equals_insensitive("true") || V == "1")
    return true;
  if (V.equals_insensitive("false") || V == "0")
    return false;
  Errors.push_back({Option.str(), Value.str(),
                    "is not a boolean (true or false); the default is used"});
  return Default;
}

} // namespace wirecheck
