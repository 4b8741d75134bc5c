//===--- MessageScan.h - State of one message extraction --------*- C++ -*-===//
//
// Internal to lib/messageast. Owns what the walk of one translation unit
// shares between the functions it scans: the options, the results, the
// locations recorded for them, and what a function learns for another
// (the fields a handler reads from its JSON parameter, the maps from type
// strings to handlers, the fields `to_json`/`from_json` of a type write and
// read), resolved once every function has been scanned. FunctionScan walks
// one function body.
//
//===----------------------------------------------------------------------===//

#ifndef WIRECHECK_LIB_MESSAGEAST_MESSAGESCAN_H
#define WIRECHECK_LIB_MESSAGEAST_MESSAGESCAN_H

#include "lib/messageast/JsonForms.h"
#include "lib/messageast/MessageExtractor.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/MapVector.h"
#include <optional>
#include <string>
#include <vector>

namespace wirecheck {

/// The fields a function reads from one JSON parameter (outside its own
/// dispatches), or a type's `from_json` reads.
struct ParamUse {
  std::vector<FieldRead> Reads;
  bool Open = false;
};

/// A consumer whose fields may still grow: the functions its message is
/// handed to are known only once every function has been scanned.
struct ConsumerDraft {
  ConsumedMessage Message;
  std::vector<const clang::ParmVarDecl *> PassedTo;
};

/// One key written into an object that is being built.
struct KeyWrite {
  std::optional<std::string> Key;
  /// The value written, when it is an expression (null for fields taken
  /// from a `to_json`).
  const clang::Expr *Value = nullptr;
};

/// An object being built: its keys so far.
struct ObjectBuild {
  std::vector<KeyWrite> Writes;
  bool Open = false;
};

/// A std::map/unordered_map from type strings to handlers.
struct HandlerMap {
  /// (key, handler) per entry.
  std::vector<std::pair<const clang::Expr *, const clang::Expr *>> Entries;
  /// The discriminator key the map is indexed with, where that is seen.
  std::optional<std::string> Key;
  /// The mapped type is a std::function taking a JSON value.
  bool JsonHandlers = false;
};

class MessageScan {
public:
  MessageScan(clang::ASTContext &Ctx, const MessageExtractorOptions &Opts);

  /// Walks the code in scope and returns what it found.
  ExtractedMessages run();

  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const MessageExtractorOptions &Opts;

  // Used by FunctionScan.
  bool inScope(clang::SourceLocation Loc) const;
  std::optional<std::string> resolve(const clang::Expr *E) const;
  bool isDiscriminator(llvm::StringRef Key) const;
  /// The location of \p E (a literal when it is one), recorded as a site.
  MessageLocation locate(const clang::Expr *E);
  MessageLocation locate(clang::SourceLocation Loc);
  /// Records the messages \p Build makes, one per discriminator value
  /// written; \p Where when no discriminator literal locates it. A JSON
  /// Schema is not a message.
  void produce(const ObjectBuild &Build, clang::SourceLocation Where,
               llvm::StringRef Kind);
  /// Adds the pairs of nlohmann's brace-initialised object to \p Build.
  void addPairs(
      llvm::ArrayRef<std::pair<const clang::Expr *, const clang::Expr *>> Pairs,
      ObjectBuild &Build) const;
  /// Adds what `to_json` of \p T writes to \p Build (open when not seen).
  void addToJson(clang::QualType T, ObjectBuild &Build) const;
  /// The `MessageProducers` / `MessageConsumers` entry \p FD matches.
  const FunctionSpec *producerSpec(const clang::FunctionDecl &FD) const;
  const FunctionSpec *consumerSpec(const clang::FunctionDecl &FD) const;
  /// The map or variable \p E names (a variable or a member), or null.
  static const clang::ValueDecl *namedDecl(const clang::Expr *E);
  /// Whether \p T is a std::map or unordered_map keyed by strings; sets
  /// \p JsonHandlers when its mapped type is a std::function taking JSON.
  static bool isHandlerMapType(clang::QualType T, bool &JsonHandlers);
  /// Records an entry of the handler map \p Map.
  void addMapEntry(const clang::ValueDecl *Map, const clang::Expr *Key,
                   const clang::Expr *Handler);

  std::vector<ConsumerDraft> Consumers;
  llvm::DenseMap<const clang::ParmVarDecl *, ParamUse> Params;
  llvm::MapVector<const clang::ValueDecl *, HandlerMap> Maps;
  /// `to_json(json&, const T&)` writes and `from_json(const json&, T&)`
  /// reads, by canonical T.
  llvm::DenseMap<const clang::Type *, ObjectBuild> ToJson;
  llvm::DenseMap<const clang::Type *, ParamUse> FromJson;
  /// The functions and lambdas scanned, each once.
  llvm::DenseSet<const clang::FunctionDecl *> Scanned;

private:
  void scanDecl(clang::Decl *D, bool SerializersOnly);
  bool isJsonSchema(const ObjectBuild &Build) const;
  void finishHandlers();
  void finishConsumers();

  ExtractedMessages Out;
};

/// The JSON parameter of the handler \p E (a lambda or a function), or null.
const clang::ParmVarDecl *handlerParam(const clang::Expr *E);

/// Scans the body of \p FD (a function, or a lambda's call operator) into
/// \p Scan.
void scanFunction(MessageScan &Scan, const clang::FunctionDecl &FD);

/// Whether \p FD is `to_json(json&, const T&)` or `from_json(const json&,
/// T&)`; sets \p T to T's canonical type.
bool isSerializerFunction(const clang::FunctionDecl &FD, bool &ToJson,
                          const clang::Type *&T);

} // namespace wirecheck

#endif // WIRECHECK_LIB_MESSAGEAST_MESSAGESCAN_H
