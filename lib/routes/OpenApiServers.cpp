//===--- OpenApiServers.cpp - Base paths of OpenAPI servers ---------------===//

#include "lib/routes/OpenApiServers.h"
#include "lib/routes/RoutePattern.h"
#include "llvm/ADT/STLExtras.h"

namespace wirecheck {

std::string
expandBraces(llvm::StringRef Text,
             llvm::function_ref<std::string(llvm::StringRef)> Replace) {
  std::string Out;
  while (!Text.empty()) {
    size_t Open = Text.find('{');
    size_t Close = Text.find('}', Open);
    if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos) {
      Out += Text;
      break;
    }
    Out += Text.take_front(Open);
    Out += Replace(Text.slice(Open + 1, Close));
    Text = Text.substr(Close + 1);
  }
  return Out;
}

std::optional<std::string> serverPath(
    llvm::StringRef Url,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Default) {
  // Variables in the scheme and host do not matter: only the path is kept.
  // A variable without a default is marked, and must not be in the path.
  static constexpr char Mark = '\x02';
  std::string Text = expandBraces(Url.trim(), [&](llvm::StringRef Name) {
    std::optional<std::string> V = Default(Name);
    return V ? *V : std::string(1, Mark);
  });
  std::string Path = urlPath(Text).str();
  if (llvm::StringRef(Path).contains(Mark))
    return std::nullopt;
  if (Path.empty() || Path.front() != '/')
    Path.insert(Path.begin(), '/');
  while (!Path.empty() && Path.back() == '/')
    Path.pop_back();
  return Path;
}

std::vector<std::string> serverBasePaths(
    const DocNode &Servers,
    std::vector<std::pair<const DocNode *, std::string>> &Problems) {
  std::vector<std::string> Bases;
  if (!Servers.isSequence()) {
    Problems.push_back({&Servers, "'servers' must be a list"});
    return {""};
  }
  for (const DocNode &Server : Servers.Items) {
    const DocNode *Url = Server.isMapping() ? Server.get("url") : nullptr;
    if (!Url || !Url->isScalar()) {
      Problems.push_back({Url ? Url : &Server, "a server has no 'url' string"});
      continue;
    }
    const DocNode *Variables = Server.get("variables");
    auto Default = [&](llvm::StringRef Name) -> std::optional<std::string> {
      const DocNode *Var = Variables ? Variables->get(Name) : nullptr;
      std::optional<llvm::StringRef> D =
          Var ? Var->getScalar("default") : std::nullopt;
      return D ? std::optional<std::string>(D->str()) : std::nullopt;
    };
    std::optional<std::string> Path = serverPath(Url->Value, Default);
    if (!Path) {
      Problems.push_back({Url, "server URL '" + Url->Value +
                                   "' has a variable in its path without a "
                                   "default"});
      continue;
    }
    if (!llvm::is_contained(Bases, *Path))
      Bases.push_back(*Path);
  }
  if (Bases.empty())
    Bases.push_back("");
  return Bases;
}

} // namespace wirecheck
