//===--- PrintfFormat.cpp - The conversion a printf argument meets --------===//

#include "lib/sinks/PrintfFormat.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/FormatString.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace wirecheck {

namespace {
/// Records every conversion of one format string.
class Collector : public analyze_format_string::FormatStringHandler {
public:
  struct Conversion {
    unsigned ArgIndex;
    unsigned Offset;
    unsigned Length;
    bool Integer;
    bool Pointer;
    bool Rewritable;
    std::string StringSpec;
  };

  Collector(const char *Begin, size_t Size) : Begin(Begin), Covered(Size) {}

  bool HandlePrintfSpecifier(const analyze_printf::PrintfSpecifier &FS,
                             const char *Start, unsigned Length,
                             const TargetInfo &) override {
    unsigned Offset = Start - Begin;
    Covered.set(Offset, std::min<size_t>(Offset + Length, Covered.size()));
    if (!FS.consumesDataArgument())
      return true;
    using OA = analyze_format_string::OptionalAmount;
    const OA &Width = FS.getFieldWidth();
    bool Rewritable = !FS.usesPositionalArg() &&
                      Width.getHowSpecified() != OA::Arg &&
                      FS.getPrecision().getHowSpecified() != OA::Arg;
    std::string Spec = "%";
    if (FS.isLeftJustified())
      Spec += '-';
    if (Width.getHowSpecified() == OA::Constant)
      Spec += std::to_string(Width.getConstantAmount());
    Spec += 's';
    const analyze_printf::PrintfConversionSpecifier &CS =
        FS.getConversionSpecifier();
    Conversions.push_back(
        {FS.getArgIndex(), Offset, Length, CS.isAnyIntArg(),
         CS.getKind() == analyze_format_string::ConversionSpecifier::pArg,
         Rewritable, std::move(Spec)});
    return true;
  }

  const char *Begin;
  llvm::BitVector Covered;
  std::vector<Conversion> Conversions;
};
} // namespace

/// The index of the format argument and of the first data argument among
/// the call's arguments.
static std::optional<std::pair<unsigned, unsigned>>
formatIndices(const CallExpr &Call) {
  const FunctionDecl *FD = Call.getDirectCallee();
  const auto *Format = FD ? FD->getAttr<FormatAttr>() : nullptr;
  if (!Format || !Format->getType() ||
      Format->getType()->getName() != "printf" || Format->getFirstArg() == 0)
    return std::nullopt;
  // Attribute indices count from 1, and count `this` for member functions.
  unsigned Implicit = 1;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD);
      MD && MD->isImplicitObjectMemberFunction())
    Implicit = 2;
  if (Format->getFormatIdx() < static_cast<int>(Implicit) ||
      Format->getFirstArg() < static_cast<int>(Implicit))
    return std::nullopt;
  return std::make_pair(Format->getFormatIdx() - Implicit,
                        Format->getFirstArg() - Implicit);
}

/// The file range of bytes [Offset, Offset + Length) of \p Lit, if they are
/// spelled contiguously in one file token.
static CharSourceRange specRange(const StringLiteral &Lit, unsigned Offset,
                                 unsigned Length, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation B =
      Lit.getLocationOfByte(Offset, SM, Ctx.getLangOpts(), Ctx.getTargetInfo());
  SourceLocation E = Lit.getLocationOfByte(
      Offset + Length - 1, SM, Ctx.getLangOpts(), Ctx.getTargetInfo());
  if (B.isInvalid() || E.isInvalid() || !B.isFileID() || !E.isFileID() ||
      SM.getFileID(B) != SM.getFileID(E) ||
      SM.getFileOffset(E) - SM.getFileOffset(B) != Length - 1)
    return {};
  return CharSourceRange::getCharRange(B, E.getLocWithOffset(1));
}

std::optional<PrintfArgFormat>
analyzePrintfArg(const CallExpr &Call, const Expr &Arg, const ASTContext &Ctx) {
  std::optional<std::pair<unsigned, unsigned>> Indices = formatIndices(Call);
  if (!Indices || Indices->first >= Call.getNumArgs())
    return std::nullopt;
  const auto *Lit = dyn_cast<StringLiteral>(
      Call.getArg(Indices->first)->IgnoreParenImpCasts());
  if (!Lit || !Lit->isOrdinary())
    return std::nullopt;
  std::optional<unsigned> DataIndex;
  for (unsigned I = Indices->second; I < Call.getNumArgs(); ++I)
    if (Call.getArg(I) == &Arg)
      DataIndex = I - Indices->second;
  if (!DataIndex)
    return std::nullopt;

  StringRef Text = Lit->getString();
  Collector C(Text.data(), Text.size());
  analyze_format_string::ParsePrintfString(C, Text.begin(), Text.end(),
                                           Ctx.getLangOpts(),
                                           Ctx.getTargetInfo(), false);
  PrintfArgFormat Result;
  const Collector::Conversion *Mine = nullptr;
  for (const Collector::Conversion &Conv : C.Conversions) {
    if (Conv.ArgIndex == *DataIndex && !Mine)
      Mine = &Conv;
    else if (Conv.Integer)
      ++Result.OtherIntegerConversions;
  }
  if (!Mine)
    return std::nullopt;
  for (size_t I = 0; I < Text.size(); ++I)
    if (!C.Covered.test(I) && llvm::isDigit(Text[I]))
      Result.LiteralHasDigits = true;
  Result.IntegerConversion = Mine->Integer;
  Result.PointerConversion = Mine->Pointer;
  if (Mine->Rewritable)
    Result.Spec = specRange(*Lit, Mine->Offset, Mine->Length, Ctx);
  Result.StringSpec = Mine->StringSpec;
  return Result;
}

std::optional<PrintfArgFormat> printfFormatOf(const SinkUse &Use,
                                              const ASTContext &Ctx) {
  const SinkUse *Innermost = &Use;
  while (Innermost->Inner)
    Innermost = Innermost->Inner;
  const auto *Call = dyn_cast_or_null<CallExpr>(Innermost->Call);
  if (Innermost->Family != SinkFamily::Printf || !Call)
    return std::nullopt;
  return analyzePrintfArg(*Call, *Innermost->Arg, Ctx);
}

} // namespace wirecheck
