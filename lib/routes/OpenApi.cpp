//===--- OpenApi.cpp - Routes of an OpenAPI document ----------------------===//

#include "lib/routes/OpenApi.h"
#include "lib/routes/OpenApiServers.h"
#include "lib/routes/ParamSchema.h"
#include "lib/support/Document.h"
#include "lib/support/DocumentRefs.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"
#include <memory>

namespace wirecheck {

static constexpr llvm::StringLiteral OpenAPIMethods[] = {
    "get", "put", "post", "delete", "options", "head", "patch", "trace"};

namespace {

/// A path parameter: its schema's values, and the type that makes the
/// pattern's canonical spelling (`{:int}`).
struct PathParam {
  std::shared_ptr<const ValueClass> Values;
  llvm::StringRef Type;
};
using ParamMap = llvm::StringMap<PathParam>;

/// Reads one document; fatal errors stop it, an unusable entry is skipped.
class OpenApiReader {
public:
  OpenApiReader(const DocNode &Root, llvm::StringRef Name)
      : Root(Root), Name(Name), Refs(Root) {}
  llvm::Error read(RouteDocument &Out);

private:
  void skip(const DocNode &At, const llvm::Twine &Message);
  const DocNode *follow(const DocNode *N);
  void reportProblems();
  void reportRefs();
  std::vector<std::string> bases(const DocNode &Scope,
                                 const std::vector<std::string> &Outer);
  void readPath(llvm::StringRef Path, const DocKeyPosition &Key,
                const DocNode &Item);
  void readParameters(const DocNode *List, ParamMap &Params);
  void addRoutes(llvm::StringRef Path, llvm::StringRef Method,
                 const DocKeyPosition &At, const ParamMap &Params,
                 const std::vector<std::string> &Bases, bool Internal);

  const DocNode &Root;
  llvm::StringRef Name;
  DocumentRefs Refs;
  RouteDocument *Doc = nullptr;
  std::vector<std::string> RootBases{""};
  /// Problems found by the helpers, reported by reportProblems().
  std::vector<std::pair<const DocNode *, std::string>> Problems;
};

} // namespace

void OpenApiReader::skip(const DocNode &At, const llvm::Twine &Message) {
  Doc->Skipped.push_back(
      llvm::toString(documentError(Name, At, Message + "; it is left out")));
}

void OpenApiReader::reportProblems() {
  for (const auto &[N, Message] : Problems)
    skip(*N, Message);
  Problems.clear();
}

/// Follows \p N's `$ref`s; nullptr (reported, when the reference is
/// broken) if they lead nowhere usable.
const DocNode *OpenApiReader::follow(const DocNode *N) {
  const DocNode *Target = Refs.resolve(N);
  if (Refs.outcome() == DocumentRefs::Dangling)
    skip(*Refs.danglingNode(),
         "$ref '" + Refs.danglingNode()->Value + "' does not resolve");
  return Target;
}

/// External references: one message for the document. Cycles: one each.
void OpenApiReader::reportRefs() {
  const UnfollowedRef *First = nullptr;
  unsigned Others = 0;
  for (const UnfollowedRef &U : Refs.unfollowed()) {
    if (U.Kind == UnfollowedRef::Cycle) {
      Doc->Skipped.push_back(llvm::toString(documentError(
          Name, U.Line, U.Column,
          "$ref '" + U.Ref +
              "' is part of a $ref cycle; what it describes is left out")));
      continue;
    }
    if (First)
      ++Others;
    else
      First = &U;
  }
  if (!First)
    return;
  std::string More = Others ? " (nor are " + std::to_string(Others) +
                                  " other $refs outside it)"
                            : std::string();
  Doc->Notes.push_back(llvm::toString(
      documentError(Name, First->Line, First->Column,
                    "$ref '" + First->Ref +
                        "' points outside the document and is not "
                        "followed" +
                        More + "; what it describes is treated as unknown")));
}

/// The base paths for the operations under \p Scope: its own `servers`,
/// else \p Outer.
std::vector<std::string>
OpenApiReader::bases(const DocNode &Scope,
                     const std::vector<std::string> &Outer) {
  const DocNode *Servers = Scope.get("servers");
  if (!Servers)
    return Outer;
  std::vector<std::string> B = serverBasePaths(*Servers, Problems);
  reportProblems();
  return B;
}

/// Reads a `parameters` list; later entries (the operation's) override
/// earlier ones (the path item's) of the same name.
void OpenApiReader::readParameters(const DocNode *List, ParamMap &Params) {
  if (!List)
    return;
  if (!List->isSequence()) {
    skip(*List, "'parameters' must be a list");
    return;
  }
  for (const DocNode &Item : List->Items) {
    const DocNode *P = follow(&Item);
    if (!P)
      continue; // Not followed: the parameter stays unknown.
    if (!P->isMapping()) {
      skip(*P, "a parameter must be a mapping");
      continue;
    }
    std::optional<llvm::StringRef> ParamName = P->getScalar("name");
    if (!ParamName || P->getScalar("in") != "path")
      continue;
    ValueClass V = schemaValues(P->get("schema"), Refs, Problems);
    reportProblems();
    PathParam &Param = Params[*ParamName];
    Param.Values =
        V.isUnknown() ? nullptr : std::make_shared<const ValueClass>(V);
    Param.Type = V.kind() == ValueClass::Integer  ? "int"
                 : V.kind() == ValueClass::Number ? "double"
                                                  : "";
  }
}

static bool isInternal(const DocNode &N) {
  return N.getScalar("x-internal") == "true";
}

/// Why \p Path is not a usable path template, or "".
static std::string templateProblem(llvm::StringRef Path) {
  if (!Path.starts_with("/"))
    return "does not start with '/'";
  bool Open = false;
  size_t Start = 0;
  for (size_t I = 0; I < Path.size(); ++I) {
    char C = Path[I];
    if (C == '{') {
      if (Open)
        return "has a '{' inside a parameter";
      Open = true;
      Start = I;
    } else if (C == '}') {
      if (!Open)
        return "has a '}' without its '{'";
      if (I == Start + 1)
        return "has a parameter without a name";
      Open = false;
    } else if (C == '/' && Open) {
      return "has a parameter without its '}'";
    }
  }
  return Open ? "has a parameter without its '}'" : "";
}

/// `/threads/{id}` with `id: integer` -> `/threads/{id:int}`.
static std::string typedPath(llvm::StringRef Path, const ParamMap &Params) {
  return expandBraces(Path, [&](llvm::StringRef ParamName) {
    auto It = Params.find(ParamName);
    std::string Type = It == Params.end() ? "" : It->second.Type.str();
    return "{" + ParamName.str() + (Type.empty() ? "" : ":" + Type) + "}";
  });
}

void OpenApiReader::addRoutes(llvm::StringRef Path, llvm::StringRef Method,
                              const DocKeyPosition &At, const ParamMap &Params,
                              const std::vector<std::string> &Bases,
                              bool Internal) {
  for (const std::string &Base : Bases) {
    llvm::Expected<RoutePattern> P =
        RoutePattern::parse(Base + typedPath(Path, Params));
    if (!P) {
      Doc->Skipped.push_back(llvm::toString(documentError(
          Name, At.Line, At.Column,
          "path '" + Path + "' is not usable: " +
              llvm::toString(P.takeError()) + "; it is left out")));
      return;
    }
    for (RouteSegment &S : P->mutableSegments())
      if (S.Kind == RouteSegment::Param)
        if (auto It = Params.find(S.Text); It != Params.end())
          S.Values = It->second.Values;
    RouteEntry Entry;
    Entry.Pattern = std::move(*P);
    if (!Method.empty())
      Entry.Methods.push_back(Method.upper());
    Entry.File = Name.str();
    Entry.Line = At.Line;
    Entry.Column = At.Column;
    Entry.Framework = "openapi";
    Entry.Internal = Internal;
    Doc->Routes.push_back(std::move(Entry));
  }
}

/// Reads one path item (`/agents/stop: {post: ...}`).
void OpenApiReader::readPath(llvm::StringRef Path, const DocKeyPosition &Key,
                             const DocNode &ItemNode) {
  const DocNode *Item = follow(&ItemNode);
  if (!Item) {
    // Behind a $ref not followed: its operations are unknown. It covers
    // the code's routes of that path but is never reported as missing.
    if (Refs.outcome() == DocumentRefs::External)
      addRoutes(Path, "", Key, {}, RootBases, /*Internal=*/true);
    return;
  }
  if (!Item->isMapping()) {
    skip(*Item, "a path item must be a mapping");
    return;
  }
  std::vector<std::string> ItemBases = bases(*Item, RootBases);
  ParamMap PathParams;
  readParameters(Item->get("parameters"), PathParams);
  for (size_t I = 0; I < Item->Keys.size(); ++I) {
    llvm::StringRef Method = Item->Keys[I];
    if (!llvm::is_contained(OpenAPIMethods, Method))
      continue;
    const DocNode &Op = Item->Items[I];
    if (!Op.isMapping()) {
      skip(Op, "an operation must be a mapping");
      continue;
    }
    ParamMap Params = PathParams;
    readParameters(Op.get("parameters"), Params);
    addRoutes(Path, Method, Item->KeyPositions[I], Params, bases(Op, ItemBases),
              isInternal(*Item) || isInternal(Op));
  }
}

llvm::Error OpenApiReader::read(RouteDocument &Out) {
  Doc = &Out;
  if (!Root.isMapping())
    return documentError(Name, Root, "an OpenAPI document must be a mapping");
  if (!Root.get("openapi") && !Root.get("swagger"))
    return documentError(Name, Root,
                         "not an OpenAPI document: no 'openapi' field");
  const DocNode *Paths = Root.get("paths");
  if (!Paths)
    return documentError(Name, Root, "the OpenAPI document has no 'paths'");
  if (!Paths->isMapping())
    return documentError(Name, *Paths, "'paths' must be a mapping");
  if (std::optional<llvm::StringRef> B = Root.getScalar("basePath"))
    RootBases = {serverPath(*B, [](llvm::StringRef) {
                   return std::optional<std::string>();
                 }).value_or("")};
  RootBases = bases(Root, RootBases);
  for (size_t I = 0; I < Paths->Keys.size(); ++I) {
    llvm::StringRef Path = Paths->Keys[I];
    const DocKeyPosition &Key = Paths->KeyPositions[I];
    std::string Problem = templateProblem(Path);
    if (!Problem.empty()) {
      Out.Skipped.push_back(llvm::toString(documentError(
          Name, Key.Line, Key.Column,
          "path '" + Path + "' " + Problem + "; it is left out")));
      continue;
    }
    readPath(Path, Key, Paths->Items[I]);
  }
  reportRefs();
  return llvm::Error::success();
}

static llvm::Expected<RouteDocument> readLoaded(llvm::Expected<DocNode> Root,
                                                llvm::StringRef Name) {
  if (!Root)
    return Root.takeError();
  RouteDocument Doc;
  OpenApiReader R(*Root, Name);
  if (llvm::Error E = R.read(Doc))
    return llvm::Expected<RouteDocument>(std::move(E));
  return Doc;
}

llvm::Expected<RouteDocument> parseOpenAPISpec(llvm::StringRef Text,
                                               llvm::StringRef Name) {
  return readLoaded(parseDocument(Text, Name), Name);
}

llvm::Expected<RouteDocument> readOpenAPISpec(llvm::StringRef Path) {
  return readLoaded(readDocument(Path), Path);
}

} // namespace wirecheck
