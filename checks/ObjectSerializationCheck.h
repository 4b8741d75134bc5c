//===--- ObjectSerializationCheck.h - wire-object-serialization -*- C++ -*-===//

#ifndef WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H
#define WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H

#include "checks/SinkCheckBase.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace wirecheck {

/// Flags objects that reach a JSON or log/format sink in a way that loses or
/// leaks information (an implicit conversion operator, an address, a
/// catch-all serializer, or a sensitive type) unless they went through a
/// safe wrapper.
///
/// For the user-facing documentation see:
/// docs/checks/object-serialization.md
class ObjectSerializationCheck : public SinkCheckBase {
public:
  ObjectSerializationCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context);
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;

protected:
  bool isCandidate(const clang::Expr &Value) const override;
  bool examine(const SinkUse &Use) override;

private:
  bool isSensitive(const clang::CXXRecordDecl &RD) { return classify(RD) & 1; }
  bool isSafeType(const clang::CXXRecordDecl &RD) { return classify(RD) & 2; }
  std::string wrapperHint() const;
  /// The conversion operator through which \p Use writes its value, if it
  /// stands in for the value (not a string class's own text).
  const clang::CXXConversionDecl *
  writtenConversion(const SinkUse &Use, const clang::CXXRecordDecl *Direct);
  /// Whether an address of type \p T written by \p Use is reported: always
  /// in JSON, never when intended, in logs when the pointee was meant (or
  /// always under StrictObjects).
  bool reportsAddress(const SinkUse &Use, const clang::Expr &Value,
                      clang::QualType T);
  const clang::FunctionDecl *catchAllFor(const SinkUse &Use,
                                         const clang::CXXRecordDecl &Class,
                                         SerializerProtocol Protocol);
  void finish(const SinkUse &Use, const clang::NamedDecl *Declared,
              llvm::StringRef What);

  const std::string SensitiveTypesText;
  const std::string SafeTypesText;
  const std::string StrictObjectsText;
  std::optional<llvm::Regex> SensitiveTypes;
  std::optional<llvm::Regex> SafeTypes;
  bool StrictObjects = false;
  /// Per class and translation unit: bit 0 = sensitive, bit 1 = safe.
  llvm::DenseMap<const clang::CXXRecordDecl *, unsigned> TypeCache;
  const clang::ASTContext *CacheCtx = nullptr;
  unsigned classify(const clang::CXXRecordDecl &RD);
};

} // namespace wirecheck

#endif // WIRECHECK_CHECKS_OBJECTSERIALIZATIONCHECK_H
