//===--- ParamSchema.cpp - Parameter schemas as value classes ------------===//

#include "lib/routes/ParamSchema.h"
#include "lib/routes/RoutePattern.h"
#include "llvm/Support/Regex.h"

namespace wirecheck {

/// How deep `allOf` and `$ref` chains are followed.
static constexpr unsigned MaxSchemaDepth = 32;

static std::optional<unsigned> unsignedField(const DocNode &Schema,
                                             llvm::StringRef Key) {
  std::optional<llvm::StringRef> V = Schema.getScalar(Key);
  unsigned N = 0;
  if (!V || V->getAsInteger(10, N))
    return std::nullopt;
  return N;
}

/// The keywords of one schema, with those of its `allOf` parts (the first
/// part that says a keyword wins).
namespace {
struct SchemaWords {
  const DocNode *Enum = nullptr;
  const DocNode *Pattern = nullptr;
  std::optional<llvm::StringRef> Format, Type;
  std::optional<unsigned> MinLength, MaxLength;
  bool NonNegative = false;
};
} // namespace

using Problems = std::vector<std::pair<const DocNode *, std::string>>;

static void collect(const DocNode *Schema, DocumentRefs &Refs, SchemaWords &W,
                    Problems &Out, unsigned Depth) {
  Schema = Refs.resolve(Schema);
  if (Refs.outcome() == DocumentRefs::Dangling)
    Out.push_back({Refs.danglingNode(), "$ref '" + Refs.danglingNode()->Value +
                                            "' does not resolve"});
  if (!Schema || !Schema->isMapping() || Depth > MaxSchemaDepth)
    return;
  if (!W.Enum)
    if (const DocNode *E = Schema->get("enum"); E && E->isSequence())
      W.Enum = E;
  if (!W.Pattern)
    if (const DocNode *P = Schema->get("pattern"); P && P->isScalar())
      W.Pattern = P;
  if (!W.Format)
    W.Format = Schema->getScalar("format");
  if (!W.Type)
    W.Type = Schema->getScalar("type");
  if (!W.MinLength)
    W.MinLength = unsignedField(*Schema, "minLength");
  if (!W.MaxLength)
    W.MaxLength = unsignedField(*Schema, "maxLength");
  if (std::optional<llvm::StringRef> Min = Schema->getScalar("minimum"))
    W.NonNegative |= !Min->starts_with("-");
  if (const DocNode *AllOf = Schema->get("allOf"); AllOf && AllOf->isSequence())
    for (const DocNode &Part : AllOf->Items)
      collect(&Part, Refs, W, Out, Depth + 1);
}

ValueClass schemaValues(const DocNode *Schema, DocumentRefs &Refs,
                        Problems &Out) {
  if (!Schema)
    return ValueClass::unknown();
  SchemaWords W;
  collect(Schema, Refs, W, Out, 0);
  ValueClass V;
  if (W.Enum) {
    std::vector<std::string> Values;
    for (const DocNode &Item : W.Enum->Items) {
      if (!Item.isScalar())
        return ValueClass::unknown();
      Values.push_back(Item.Value);
    }
    return ValueClass::enumOf(Values);
  }
  if (W.Pattern) {
    std::string Error;
    llvm::Regex Re(toPosixRegex(W.Pattern->Value));
    if (!Re.isValid(Error)) {
      Out.push_back({W.Pattern, "'pattern' '" + W.Pattern->Value +
                                    "' is not a valid regular "
                                    "expression: " +
                                    Error});
      return ValueClass::unknown();
    }
    V = ValueClass::fromRegex(W.Pattern->Value, /*Anchored=*/false);
  } else if (W.Format == "uuid") {
    V = ValueClass::uuid();
  } else if (W.Type == "integer" || W.Format == "int32" ||
             W.Format == "int64") {
    V = ValueClass::integer(/*Signed=*/!W.NonNegative);
  } else if (W.Type == "number") {
    V = ValueClass::number();
  } else if (W.Type == "boolean") {
    V = ValueClass::boolean();
  } else if (W.Type == "string" || W.MinLength || W.MaxLength) {
    V = ValueClass::anyString();
  } else {
    return ValueClass::unknown();
  }
  if (V.isUnknown())
    return V;
  return V.withLength(W.MinLength, W.MaxLength);
}

} // namespace wirecheck
