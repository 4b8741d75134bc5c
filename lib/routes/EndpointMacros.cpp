//===--- EndpointMacros.cpp - oatpp's ENDPOINT macros ---------------------===//

#include "lib/routes/EndpointMacros.h"
#include "lib/routes/RouteExtractor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroArgs.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"

using namespace clang;

namespace wirecheck {

namespace {
/// Reports oatpp's `ENDPOINT("GET", "/path", name, ...)` macros and the
/// version macros of framework headers.
class EndpointMacros : public PPCallbacks {
public:
  EndpointMacros(RouteExtractor &Extractor, Preprocessor &PP)
      : Extractor(Extractor), PP(PP) {}

  void MacroExpands(const Token &Name, const MacroDefinition &MD,
                    SourceRange Range, const MacroArgs *Args) override {
    const IdentifierInfo *II = Name.getIdentifierInfo();
    if (!II || !Args ||
        (II->getName() != "ENDPOINT" && II->getName() != "ENDPOINT_ASYNC"))
      return;
    const MacroInfo *MI = MD.getMacroInfo();
    if (!MI || Args->getNumMacroArguments() < 3)
      return;
    // Only oatpp's macro.
    StringRef File = PP.getSourceManager().getFilename(MI->getDefinitionLoc());
    if (!File.contains("/oatpp/") && !File.contains("\\oatpp\\"))
      return;
    std::optional<std::string> Method = literalArg(Args, 0);
    std::optional<std::string> Path = literalArg(Args, 1);
    if (Method && Path)
      Extractor.addMacroRoute(Range.getBegin(), *Method, *Path, "oatpp");
  }

  /// A framework's version macro: `#define CPPHTTPLIB_VERSION "0.11.4"`.
  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    const IdentifierInfo *II = Name.getIdentifierInfo();
    const MacroInfo *MI = MD ? MD->getMacroInfo() : nullptr;
    if (!II || !MI || MI->getNumTokens() != 1 ||
        !MI->getReplacementToken(0).is(tok::string_literal))
      return;
    for (const VersionMacro &V : RouteRoles::versionMacros()) {
      if (II->getName() != V.Macro)
        continue;
      std::string Spelling = PP.getSpelling(MI->getReplacementToken(0));
      StringRef S = Spelling;
      if (S.consume_front("\"") && S.consume_back("\""))
        Extractor.setFrameworkVersion(V.Framework, S);
    }
  }

private:
  std::optional<std::string> literalArg(const MacroArgs *Args, unsigned I) {
    const Token *T = Args->getUnexpArgument(I);
    if (MacroArgs::getArgLength(T) != 1 || !T->is(tok::string_literal))
      return std::nullopt;
    std::string Spelling = PP.getSpelling(*T);
    StringRef S = Spelling;
    if (!S.consume_front("\"") || !S.consume_back("\"") || S.contains('\\'))
      return std::nullopt;
    return S.str();
  }

  RouteExtractor &Extractor;
  Preprocessor &PP;
};
} // namespace

std::unique_ptr<PPCallbacks> watchEndpointMacros(RouteExtractor &Extractor,
                                                 Preprocessor &PP) {
  return std::make_unique<EndpointMacros>(Extractor, PP);
}

} // namespace wirecheck
