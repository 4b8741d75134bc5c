//===--- OpenApi.cpp - Routes of an OpenAPI document ----------------------===//

#include "lib/routes/OpenApi.h"
#include "lib/routes/DocReader.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"

namespace wirecheck {

static constexpr llvm::StringLiteral OpenAPIMethods[] = {
    "get", "put", "post", "delete", "options", "head", "patch", "trace"};

/// Collects the types of path parameters from an OpenAPI `parameters` list.
static void collectParamTypes(DocReader &R, llvm::yaml::Node *N,
                              llvm::StringMap<std::string> &Types) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N);
  if (!Seq) {
    R.error(N, "'parameters' must be a list");
    return;
  }
  for (llvm::yaml::Node &P : *Seq) {
    std::string PName, In, Type;
    auto *M = llvm::dyn_cast<llvm::yaml::MappingNode>(&P);
    if (!M)
      continue; // `$ref` strings and the like: not ours to judge.
    forEachKey(
        R, M, "a parameter",
        [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
          auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Value);
          llvm::SmallString<32> Storage;
          if (Key == "name" && S)
            PName = S->getValue(Storage).str();
          else if (Key == "in" && S)
            In = S->getValue(Storage).str();
          else if (Key == "schema")
            if (auto *Schema =
                    llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Value))
              for (llvm::yaml::KeyValueNode &KV : *Schema) {
                auto *K =
                    llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(KV.getKey());
                auto *V = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(
                    KV.getValue());
                llvm::SmallString<32> S1, S2;
                if (K && V && K->getValue(S1) == "type")
                  Type = V->getValue(S2).str();
              }
        });
    if (In == "path" && !PName.empty())
      Types[PName] = Type;
  }
}

/// `/threads/{id}` with `id: integer` -> `/threads/{id:int}`.
static std::string typedPath(llvm::StringRef Path,
                             const llvm::StringMap<std::string> &Types) {
  std::string Out;
  while (!Path.empty()) {
    size_t Open = Path.find('{');
    size_t Close = Path.find('}', Open);
    if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos) {
      Out += Path;
      break;
    }
    Out += Path.take_front(Open);
    llvm::StringRef PName = Path.slice(Open + 1, Close);
    auto It = Types.find(PName);
    std::string Type = It == Types.end() ? "" : It->second;
    Out += "{" + PName.str();
    if (Type == "integer")
      Out += ":int";
    else if (Type == "number")
      Out += ":double";
    Out += "}";
    Path = Path.substr(Close + 1);
  }
  return Out;
}

namespace {
/// An operation read from the spec, typed once the whole path item is read.
struct PendingOperation {
  std::string Path;
  std::string Method;
  llvm::StringMap<std::string> Types;
  unsigned Line, Column;
  llvm::yaml::Node *Key;
};
} // namespace

/// Reads one path item (`/agents/stop: {post: ...}`).
static void readPathItem(DocReader &R, llvm::StringRef Path,
                         llvm::yaml::Node *Item,
                         std::vector<PendingOperation> &Ops) {
  llvm::StringMap<std::string> PathTypes;
  size_t First = Ops.size();
  forEachKey(
      R, Item, "a path item",
      [&](llvm::StringRef K, llvm::yaml::Node *KeyNode, llvm::yaml::Node *V) {
        if (K == "parameters") {
          collectParamTypes(R, V, PathTypes);
          return;
        }
        if (!llvm::is_contained(OpenAPIMethods, K))
          return;
        PendingOperation Op;
        Op.Path = Path.str();
        Op.Method = K.upper();
        std::tie(Op.Line, Op.Column) = R.position(KeyNode);
        Op.Key = KeyNode;
        forEachKey(
            R, V, "an operation",
            [&](llvm::StringRef OK, llvm::yaml::Node *, llvm::yaml::Node *OV) {
              if (OK == "parameters")
                collectParamTypes(R, OV, Op.Types);
            });
        Ops.push_back(std::move(Op));
      });
  // Path-level parameters apply to every operation that does not
  // redeclare them.
  for (size_t I = First; I < Ops.size(); ++I)
    for (const auto &KV : PathTypes)
      Ops[I].Types.try_emplace(KV.getKey(), KV.getValue());
}

/// The base path of the first server URL of a `servers` list.
static void readServers(DocReader &R, llvm::yaml::Node *Value,
                        std::string &BasePath) {
  auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Value);
  if (!Seq) {
    R.error(Value, "'servers' must be a list");
    return;
  }
  bool FirstServer = true;
  for (llvm::yaml::Node &Server : *Seq) {
    forEachKey(R, &Server, "a server",
               [&](llvm::StringRef K, llvm::yaml::Node *, llvm::yaml::Node *V) {
                 if (K != "url")
                   return;
                 std::optional<std::string> U = R.scalar(V, "'url'");
                 // The first server decides.
                 if (U && FirstServer && BasePath.empty())
                   BasePath = urlPath(*U).str();
               });
    FirstServer = false;
  }
}

/// Turns the operations read into routes under \p BasePath.
static void addOperations(DocReader &R, std::string BasePath,
                          llvm::ArrayRef<PendingOperation> Ops,
                          llvm::StringRef Name,
                          std::vector<RouteEntry> &Routes) {
  while (llvm::StringRef(BasePath).ends_with("/"))
    BasePath.pop_back();
  for (const PendingOperation &Op : Ops) {
    llvm::Expected<RoutePattern> P =
        RoutePattern::parse(BasePath + typedPath(Op.Path, Op.Types));
    if (!P) {
      R.errorAt(Op.Line, Op.Column, llvm::toString(P.takeError()));
      return;
    }
    RouteEntry Entry;
    Entry.Pattern = std::move(*P);
    Entry.Methods.push_back(Op.Method);
    Entry.File = Name.str();
    Entry.Line = Op.Line;
    Entry.Column = Op.Column;
    Entry.Framework = "openapi";
    Routes.push_back(std::move(Entry));
  }
}

llvm::Expected<std::vector<RouteEntry>> parseOpenAPISpec(llvm::StringRef Text,
                                                         llvm::StringRef Name) {
  std::vector<RouteEntry> Routes;
  std::vector<PendingOperation> Ops;
  DocReader R(Text, Name);
  llvm::Error E = R.walk([&](llvm::yaml::Node &Root) {
    bool HasPaths = false;
    bool IsOpenAPI = false;
    std::string BasePath;
    forEachKey(
        R, &Root, "an OpenAPI document",
        [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
          if (Key == "openapi" || Key == "swagger") {
            IsOpenAPI = true;
          } else if (Key == "paths") {
            HasPaths = true;
            forEachKey(R, Value, "'paths'",
                       [&](llvm::StringRef Path, llvm::yaml::Node *PathKey,
                           llvm::yaml::Node *Item) {
                         if (!Path.starts_with("/")) {
                           R.error(PathKey, "path '" + Path +
                                                "' does not start with '/'");
                           return;
                         }
                         readPathItem(R, Path, Item, Ops);
                       });
          } else if (Key == "basePath") {
            if (std::optional<std::string> B = R.scalar(Value, "'basePath'"))
              BasePath = *B;
          } else if (Key == "servers") {
            readServers(R, Value, BasePath);
          }
        });
    if (R.failed())
      return;
    if (!IsOpenAPI) {
      R.error(&Root, "not an OpenAPI document: no 'openapi' field");
      return;
    }
    if (!HasPaths) {
      R.error(&Root, "the OpenAPI document has no 'paths'");
      return;
    }
    addOperations(R, BasePath, Ops, Name, Routes);
  });
  if (E)
    return E;
  return Routes;
}

llvm::Expected<std::vector<RouteEntry>> readOpenAPISpec(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readDocumentFile(Path);
  if (!Text)
    return Text.takeError();
  return parseOpenAPISpec(*Text, Path);
}

} // namespace wirecheck
