//===--- ObjectSerializationCheck.h - wire-object-serialization -*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "lib/sinks/TypeClassification.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang::tidy::wire {

/// Flags objects that reach a JSON or log/format sink in a way that loses or
/// leaks information (an implicit conversion operator, an address, a
/// catch-all serializer, or a sensitive type) unless they went through a
/// safe wrapper.
///
/// For the user-facing documentation see:
/// docs/checks/object-serialization.md
class ObjectSerializationCheck : public SinkCheckBase {
public:
  ObjectSerializationCheck(StringRef Name, ClangTidyContext *Context);
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

protected:
  bool isCandidate(const Expr &Value) const override;
  bool examine(const wirecheck::SinkUse &Use) override;
  void startTranslationUnit() override { TypeCache.clear(); }

private:
  /// What the SensitiveTypes and SafeTypes options say about a class.
  struct TypeTraits {
    bool Sensitive = false;
    bool Safe = false;
  };
  /// The traits of \p RD, cached per class and translation unit.
  TypeTraits traitsOf(const CXXRecordDecl &RD);
  /// What is wrong with a value written to a sink, by precedence.
  enum class Kind : uint8_t {
    None,
    Sensitive,
    Conversion,
    Address,
    TextAsAddress,
    CatchAll,
    Strict
  };
  struct Finding {
    Kind What = Kind::None;
    /// The class the finding is about (sensitive, converted, written by a
    /// catch-all, or not a safe type).
    const CXXRecordDecl *Class = nullptr;
    const CXXConversionDecl *Conversion = nullptr;
    const FunctionDecl *CatchAll = nullptr;
    wirecheck::AddressKind Address = wirecheck::AddressKind::None;
    bool InContainer = false;
  };
  Finding findProblem(const wirecheck::SinkUse &Use, const Expr &Value,
                      QualType T);
  void report(const wirecheck::SinkUse &Use, const Finding &F, QualType T,
              SourceLocation Loc);
  bool isSensitive(const CXXRecordDecl &RD) { return traitsOf(RD).Sensitive; }
  bool isSafeType(const CXXRecordDecl &RD) { return traitsOf(RD).Safe; }
  std::string wrapperHint() const;
  /// The conversion operator through which \p Use writes its value, if it
  /// stands in for the value (not a string class's own text).
  const CXXConversionDecl *writtenConversion(const wirecheck::SinkUse &Use,
                                             const CXXRecordDecl *Direct);
  /// Whether an address of type \p T written by \p Use is reported: always
  /// in JSON, never when intended, in logs when the pointee was meant (or
  /// always under StrictObjects).
  bool reportsAddress(const wirecheck::SinkUse &Use, const Expr &Value,
                      QualType T);
  /// Whether the author asked for the address \p Value in a log: spelled
  /// it (`&obj`, `this`) or wrote it under a printf `%p`.
  bool addressAskedFor(const wirecheck::SinkUse &Use, const Expr &Value);
  const FunctionDecl *catchAllFor(const wirecheck::SinkUse &Use,
                                  const CXXRecordDecl &Class,
                                  wirecheck::SerializerProtocol Protocol);
  void finish(const wirecheck::SinkUse &Use, const NamedDecl *Declared,
              StringRef What);

  const std::string SensitiveTypesText;
  const std::string SafeTypesText;
  const std::string StrictObjectsText;
  std::optional<llvm::Regex> SensitiveTypes;
  std::optional<llvm::Regex> SafeTypes;
  bool StrictObjects = false;
  llvm::DenseMap<const CXXRecordDecl *, TypeTraits> TypeCache;
};

} // namespace clang::tidy::wire

#endif // WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H
