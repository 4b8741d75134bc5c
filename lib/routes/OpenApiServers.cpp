//===--- OpenApiServers.cpp - Base paths of OpenAPI servers ---------------===//

#include "lib/routes/OpenApiServers.h"
#include "lib/routes/RoutePattern.h"
#include "llvm/ADT/STLExtras.h"

namespace wirecheck {

std::optional<std::string> serverPath(
    llvm::StringRef Url,
    llvm::function_ref<std::optional<std::string>(llvm::StringRef)> Default) {
  Url = Url.trim();
  // Variables in the scheme and host do not matter: only the path is kept.
  // Replace every variable that has a default, then take the path.
  std::string Text;
  bool Missing = false;
  size_t MissingAt = 0;
  while (!Url.empty()) {
    size_t Open = Url.find('{');
    size_t Close = Url.find('}', Open);
    if (Open == llvm::StringRef::npos || Close == llvm::StringRef::npos) {
      Text += Url;
      break;
    }
    Text += Url.take_front(Open);
    std::optional<std::string> V = Default(Url.slice(Open + 1, Close));
    if (!V && !Missing) {
      Missing = true;
      MissingAt = Text.size();
    }
    // An unknown host part is harmless; mark it so it is never a path.
    Text += V ? *V : std::string("unknown-variable");
    Url = Url.substr(Close + 1);
  }
  size_t Begin = 0, End = 0;
  std::string Path = urlPath(Text, &Begin, &End).str();
  if (Missing && MissingAt >= Begin)
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
