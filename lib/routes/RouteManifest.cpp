//===--- RouteManifest.cpp - Registered routes, manifests, specs ----------===//

#include "lib/routes/RouteManifest.h"
#include "lib/support/FileIO.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include "llvm/Support/raw_ostream.h"

namespace wirecheck {

bool RouteEntry::allows(llvm::StringRef Method) const {
  if (Method.empty() || Methods.empty())
    return true;
  if (llvm::is_contained(Methods, Method))
    return true;
  // Servers answer HEAD for GET routes.
  return Method == "HEAD" && llvm::is_contained(Methods, "GET");
}

std::string RouteEntry::methodList() const {
  if (Methods.empty())
    return "every method";
  return llvm::join(Methods, ", ");
}

RouteVerdict classifyUse(const RoutePattern &Use, llvm::StringRef Method,
                         llvm::ArrayRef<const RouteEntry *> Routes) {
  RouteVerdict V;
  std::vector<const RouteEntry *> PathMatches;
  const RouteEntry *Typed = nullptr;
  RouteMatch TypedMatch;
  for (const RouteEntry *R : Routes) {
    RouteMatch M = matchRoute(R->Pattern, Use, R->CaseInsensitive);
    if (M.Kind == RouteMatch::Match) {
      if (R->allows(Method))
        return V; // Ok.
      PathMatches.push_back(R);
    } else if (M.Kind == RouteMatch::TypeMismatch && !Typed) {
      Typed = R;
      TypedMatch = M;
    }
  }
  if (!PathMatches.empty()) {
    V.Kind = RouteVerdict::WrongMethod;
    std::vector<std::string> Methods;
    for (const RouteEntry *R : PathMatches)
      for (const std::string &M : R->Methods)
        if (!llvm::is_contained(Methods, M))
          Methods.push_back(M);
    llvm::sort(Methods);
    V.RegisteredMethods = llvm::join(Methods, ", ");
    V.Related = std::move(PathMatches);
    return V;
  }
  if (Typed) {
    V.Kind = RouteVerdict::TypeMismatch;
    V.Related.push_back(Typed);
    V.Mismatch = TypedMatch;
    return V;
  }
  V.Kind = RouteVerdict::NoMatch;
  // The nearest routes, preferring those that serve the method.
  std::optional<RouteDistance> Best;
  for (const RouteEntry *R : Routes) {
    RouteDistance D = routeDistance(R->Pattern, Use);
    if (!R->allows(Method))
      D.Segments += 1;
    if (!isCloseRoute(D, Use.segments().size()))
      continue;
    if (!Best || D < *Best) {
      Best = D;
      V.Related.clear();
    }
    if (D == *Best && llvm::none_of(V.Related, [&](const RouteEntry *O) {
          return O->Pattern.canonical() == R->Pattern.canonical();
        }))
      V.Related.push_back(R);
  }
  if (V.Related.size() == 1)
    V.Replacement = rewriteToRoute(V.Related.front()->Pattern, Use);
  return V;
}

std::optional<RouteFinding>
explainVerdict(const RouteVerdict &V, const RoutePattern &Use,
               llvm::StringRef Method,
               const std::optional<std::string> &LiteralText) {
  std::string Path = urlPath(Use.display()).str();
  if (Path.empty())
    Path = "/";
  std::string Desc = Method.empty() ? Path : Method.str() + " " + Path;
  RouteFinding F;
  switch (V.Kind) {
  case RouteVerdict::Ok:
    return std::nullopt;
  case RouteVerdict::WrongMethod:
    F.Message = "'" + Path + "' is registered for " + V.RegisteredMethods +
                ", not " + Method.str();
    for (const RouteEntry *R : V.Related)
      F.Notes.push_back({R, "route '" + R->Pattern.source() +
                                "' registered here for " + R->methodList()});
    return F;
  case RouteVerdict::TypeMismatch: {
    F.Message = "no registered route matches '" + Desc + "'";
    const RouteEntry *R = V.Related.front();
    F.Notes.push_back({R, "segment " + std::to_string(V.Mismatch.Segment) +
                              " ('" + V.Mismatch.Actual + "') is not " +
                              V.Mismatch.Expected + " as route '" +
                              R->Pattern.source() + "' requires"});
    return F;
  }
  case RouteVerdict::NoMatch:
    break;
  }
  F.Message = "no registered route matches '" + Desc + "'";
  if (V.Replacement) {
    F.Message += "; did you mean '" +
                 RoutePattern::parseUse(*V.Replacement).display() + "'?";
  } else if (!V.Related.empty()) {
    std::vector<std::string> Names;
    for (const RouteEntry *R : llvm::ArrayRef(V.Related).take_front(3))
      Names.push_back("'" + R->Pattern.source() + "'");
    F.Message += "; did you mean " + llvm::join(Names, " or ") + "?";
  }
  for (const RouteEntry *R : V.Related)
    F.Notes.push_back({R, "route '" + R->Pattern.source() +
                              "' registered "
                              "here for " +
                              R->methodList()});
  // Rewrite the literal: the rest of the URL, the query and the fragment
  // stay as they are.
  if (V.Replacement && LiteralText) {
    llvm::StringRef Text = *LiteralText;
    size_t Begin, End;
    urlPath(Text, &Begin, &End);
    std::string NewPath = *V.Replacement;
    if (Text.slice(Begin, End).ends_with("/") &&
        !llvm::StringRef(NewPath).ends_with("/"))
      NewPath += '/';
    F.NewLiteral = (Text.take_front(Begin) + NewPath + Text.substr(End)).str();
  }
  return F;
}

//===----------------------------------------------------------------------===//
// Reading documents
//===----------------------------------------------------------------------===//

namespace {

/// Walks a YAML (or JSON) document and reports the first error with its
/// line and column.
class DocReader {
public:
  DocReader(llvm::StringRef Text, llvm::StringRef Name)
      : Text(Text), Name(Name.str()) {}

  /// Checks the syntax; on failure returns the error.
  llvm::Error validate();

  /// Runs \p Walk on the root node of the first document.
  llvm::Error walk(llvm::function_ref<void(llvm::yaml::Node &)> Walk);

  void error(llvm::yaml::Node *N, const llvm::Twine &Message) {
    if (Failed)
      return;
    unsigned Line = 1, Column = 1;
    if (N && SM)
      std::tie(Line, Column) = SM->getLineAndColumn(N->getSourceRange().Start);
    errorAt(Line, Column, Message);
  }
  void errorAt(unsigned Line, unsigned Column, const llvm::Twine &Message) {
    if (Failed)
      return;
    Failed = true;
    Msg = (Name + ":" + llvm::Twine(Line) + ":" + llvm::Twine(Column) + ": " +
           Message)
              .str();
  }
  bool failed() const { return Failed; }

  /// The scalar text of \p N, or std::nullopt (with an error) when \p N is
  /// not a scalar.
  std::optional<std::string> scalar(llvm::yaml::Node *N, llvm::StringRef What) {
    if (auto *S = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N)) {
      llvm::SmallString<64> Storage;
      return S->getValue(Storage).str();
    }
    error(N, What + " must be a string");
    return std::nullopt;
  }

  std::pair<unsigned, unsigned> position(llvm::yaml::Node *N) const {
    return SM->getLineAndColumn(N->getSourceRange().Start);
  }

private:
  llvm::StringRef Text;
  std::string Name;
  llvm::SourceMgr *SM = nullptr;
  bool Failed = false;
  std::string Msg;

public:
  llvm::Error takeError() {
    if (!Failed)
      return llvm::Error::success();
    return llvm::createStringError(Msg);
  }
};

} // namespace

static void captureDiag(const llvm::SMDiagnostic &D, void *Context) {
  auto *First = static_cast<std::optional<llvm::SMDiagnostic> *>(Context);
  if (!*First)
    *First = D;
}

static bool looksLikeJson(llvm::StringRef Text) {
  llvm::StringRef T = Text.ltrim();
  return T.starts_with("{") || T.starts_with("[");
}

llvm::Error DocReader::validate() {
  if (looksLikeJson(Text)) {
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
    if (!V) {
      // The JSON parser reports "[line:col, byte=N]: message".
      std::string Msg = llvm::toString(V.takeError());
      llvm::StringRef M = Msg;
      unsigned Line = 1, Column = 1;
      if (M.consume_front("[")) {
        llvm::StringRef Pos = M.take_until([](char C) { return C == ','; });
        auto [L, C] = Pos.split(':');
        L.getAsInteger(10, Line);
        C.getAsInteger(10, Column);
        size_t Colon = M.find("]: ");
        if (Colon != llvm::StringRef::npos)
          M = M.substr(Colon + 3);
      }
      return llvm::createStringError(Name + ":" + std::to_string(Line) + ":" +
                                     std::to_string(Column) +
                                     ": invalid JSON: " + M.str());
    }
  }
  llvm::SourceMgr LocalSM;
  std::optional<llvm::SMDiagnostic> First;
  LocalSM.setDiagHandler(captureDiag, &First);
  llvm::yaml::Stream S(Text, LocalSM, /*ShowColors=*/false);
  for (llvm::yaml::Document &D : S)
    D.skip();
  if (First || S.failed()) {
    if (!First)
      return llvm::createStringError(Name + ":1:1: invalid YAML");
    return llvm::createStringError(
        Name + ":" + std::to_string(First->getLineNo()) + ":" +
        std::to_string(First->getColumnNo() + 1) +
        ": invalid YAML: " + First->getMessage().str());
  }
  return llvm::Error::success();
}

llvm::Error DocReader::walk(llvm::function_ref<void(llvm::yaml::Node &)> Walk) {
  if (llvm::Error E = validate())
    return E;
  llvm::SourceMgr LocalSM;
  std::optional<llvm::SMDiagnostic> First;
  LocalSM.setDiagHandler(captureDiag, &First);
  SM = &LocalSM;
  llvm::yaml::Stream S(Text, LocalSM, /*ShowColors=*/false);
  llvm::yaml::document_iterator It = S.begin();
  llvm::yaml::Node *Root = It != S.end() ? It->getRoot() : nullptr;
  if (!Root || llvm::isa<llvm::yaml::NullNode>(Root))
    error(Root, "the document is empty");
  else
    Walk(*Root);
  SM = nullptr;
  return takeError();
}

/// Calls \p F for each key/value of the mapping \p N; reports an error when
/// \p N is not a mapping.
static void
forEachKey(DocReader &R, llvm::yaml::Node *N, llvm::StringRef What,
           llvm::function_ref<void(llvm::StringRef, llvm::yaml::Node *,
                                   llvm::yaml::Node *)>
               F) {
  auto *M = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(N);
  if (!M) {
    R.error(N, What + " must be a mapping");
    return;
  }
  for (llvm::yaml::KeyValueNode &KV : *M) {
    if (R.failed())
      return;
    llvm::yaml::Node *Key = KV.getKey();
    std::optional<std::string> K = R.scalar(Key, "a key");
    if (!K)
      return;
    F(*K, Key, KV.getValue());
  }
}

static bool parseMethods(DocReader &R, llvm::yaml::Node *N,
                         std::vector<std::string> &Methods) {
  auto Add = [&](llvm::yaml::Node *Item) {
    std::optional<std::string> Text = R.scalar(Item, "a method");
    if (!Text)
      return false;
    if (*Text == "*" || llvm::StringRef(*Text).equals_insensitive("any"))
      return true;
    std::string M = normalizeMethod(*Text);
    if (M.empty()) {
      R.error(Item, "'" + *Text + "' is not an HTTP method");
      return false;
    }
    if (!llvm::is_contained(Methods, M))
      Methods.push_back(M);
    return true;
  };
  if (auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N)) {
    for (llvm::yaml::Node &Item : *Seq)
      if (!Add(&Item))
        return false;
    return true;
  }
  return Add(N);
}

/// Reads one manifest route.
static void readManifestRoute(DocReader &R, llvm::yaml::Node &Item,
                              std::vector<RouteEntry> &Routes) {
  RouteEntry Entry;
  bool HasPath = false;
  forEachKey(
      R, &Item, "a route",
      [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
        if (Key == "path") {
          std::optional<std::string> P = R.scalar(Value, "'path'");
          if (!P)
            return;
          llvm::Expected<RoutePattern> Pattern = RoutePattern::parse(*P);
          if (!Pattern) {
            R.error(Value, llvm::toString(Pattern.takeError()));
            return;
          }
          Entry.Pattern = std::move(*Pattern);
          HasPath = true;
        } else if (Key == "method" || Key == "methods") {
          parseMethods(R, Value, Entry.Methods);
        } else if (Key == "file") {
          if (std::optional<std::string> F = R.scalar(Value, "'file'"))
            Entry.File = *F;
        } else if (Key == "line" || Key == "column") {
          std::optional<std::string> N =
              R.scalar(Value, ("'" + Key + "'").str());
          unsigned V = 0;
          if (N && llvm::StringRef(*N).getAsInteger(10, V))
            R.error(Value, "'" + Key + "' must be a number");
          (Key == "line" ? Entry.Line : Entry.Column) = V;
        } else if (Key == "framework") {
          if (std::optional<std::string> F = R.scalar(Value, "'framework'"))
            Entry.Framework = *F;
        } else if (Key == "caseInsensitive") {
          std::optional<std::string> B =
              R.scalar(Value, ("'" + Key + "'").str());
          Entry.CaseInsensitive = B && *B == "true";
        }
      });
  if (R.failed())
    return;
  if (!HasPath)
    R.error(&Item, "a route has no 'path'");
  else
    Routes.push_back(std::move(Entry));
}

llvm::Expected<std::vector<RouteEntry>>
parseRouteManifest(llvm::StringRef Text, llvm::StringRef Name) {
  std::vector<RouteEntry> Routes;
  DocReader R(Text, Name);
  // The YAML parser streams: every value is read where it is met.
  llvm::Error E = R.walk([&](llvm::yaml::Node &Root) {
    bool HasRoutes = false;
    forEachKey(
        R, &Root, "the manifest",
        [&](llvm::StringRef Key, llvm::yaml::Node *, llvm::yaml::Node *Value) {
          if (Key != "routes")
            return;
          HasRoutes = true;
          auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Value);
          if (!Seq) {
            R.error(Value, "'routes' must be a list");
            return;
          }
          for (llvm::yaml::Node &Item : *Seq) {
            if (R.failed())
              return;
            readManifestRoute(R, Item, Routes);
          }
        });
    if (!R.failed() && !HasRoutes)
      R.error(&Root, "the manifest has no 'routes' list");
  });
  if (E)
    return E;
  return Routes;
}

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
            auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Value);
            if (!Seq) {
              R.error(Value, "'servers' must be a list");
              return;
            }
            bool FirstServer = true;
            for (llvm::yaml::Node &Server : *Seq) {
              forEachKey(R, &Server, "a server",
                         [&](llvm::StringRef K, llvm::yaml::Node *,
                             llvm::yaml::Node *V) {
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
    while (llvm::StringRef(BasePath).ends_with("/"))
      BasePath.pop_back();
    for (PendingOperation &Op : Ops) {
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
  });
  if (E)
    return E;
  return Routes;
}

static llvm::Expected<std::string> readText(llvm::StringRef Path) {
  llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>> Buf = readInputFile(Path);
  if (!Buf)
    return llvm::createStringError(Path + ":1:1: cannot read the file: " +
                                   llvm::toString(Buf.takeError()));
  return (*Buf)->getBuffer().str();
}

llvm::Expected<std::vector<RouteEntry>>
readRouteManifest(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readText(Path);
  if (!Text)
    return Text.takeError();
  return parseRouteManifest(*Text, Path);
}

llvm::Expected<std::vector<RouteEntry>> readOpenAPISpec(llvm::StringRef Path) {
  llvm::Expected<std::string> Text = readText(Path);
  if (!Text)
    return Text.takeError();
  return parseOpenAPISpec(*Text, Path);
}

std::string writeRouteManifest(llvm::ArrayRef<RouteEntry> Routes) {
  llvm::json::Array Items;
  for (const RouteEntry &R : Routes) {
    llvm::json::Array Methods;
    for (const std::string &M : R.Methods)
      Methods.push_back(M);
    llvm::json::Object O{{"path", R.Pattern.source()},
                         {"methods", std::move(Methods)},
                         {"file", R.File},
                         {"line", R.Line},
                         {"column", R.Column},
                         {"framework", R.Framework}};
    if (R.CaseInsensitive)
      O["caseInsensitive"] = true;
    Items.push_back(std::move(O));
  }
  llvm::json::Value Doc =
      llvm::json::Object{{"version", 1}, {"routes", std::move(Items)}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", Doc) << "\n";
  return Out;
}

} // namespace wirecheck
