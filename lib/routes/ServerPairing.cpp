//===--- ServerPairing.cpp - Which server a route or a client belongs to --===//

#include "lib/routes/ServerPairing.h"
#include "lib/routes/RouteSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace wirecheck {

std::string Endpoint::normalizeHost(llvm::StringRef Host) {
  Host = Host.trim();
  if (Host.starts_with("[") && Host.ends_with("]"))
    Host = Host.drop_front().drop_back();
  std::string H = Host.lower();
  if (H == "localhost" || H == "0.0.0.0" || H == "::" || H == "::1" ||
      H == "*" || llvm::StringRef(H).starts_with("127."))
    return "local";
  return H;
}

Endpoint Endpoint::fromUrl(llvm::StringRef Url) {
  Endpoint E;
  size_t Scheme = Url.find("://");
  if (Scheme == llvm::StringRef::npos)
    return E;
  llvm::StringRef Rest = Url.substr(Scheme + 3);
  llvm::StringRef Authority =
      Rest.take_until([](char C) { return C == '/' || C == '?' || C == '#'; });
  // Drop user info.
  Authority = Authority.rsplit('@').second.empty()
                  ? Authority
                  : Authority.rsplit('@').second;
  llvm::StringRef Host = Authority, PortText;
  if (Authority.starts_with("[")) {
    size_t Close = Authority.find(']');
    Host = Authority.take_front(Close + 1);
    PortText = Authority.substr(Close + 1);
    PortText.consume_front(":");
  } else if (Authority.count(':') == 1) {
    std::tie(Host, PortText) = Authority.split(':');
  }
  if (!Host.empty())
    E.Host = normalizeHost(Host);
  unsigned Port;
  if (!PortText.empty() && !PortText.getAsInteger(10, Port))
    E.Port = Port;
  else if (PortText.empty() &&
           Url.take_front(Scheme).equals_insensitive("http"))
    E.Port = 80;
  else if (PortText.empty() &&
           Url.take_front(Scheme).equals_insensitive("https"))
    E.Port = 443;
  return E;
}

bool Endpoint::agree(const Endpoint &Client, const Endpoint &Server) {
  if (Client.Port && Server.Port && *Client.Port != *Server.Port)
    return false;
  // A server on a wildcard or loopback address is "local"; a remote client
  // host reaches only a server that names that host.
  if (Client.isRemote())
    return Client.Host == Server.Host;
  return Client.Host.empty() || Server.Host.empty() || !Server.isRemote();
}

bool ServerIdentity::isConcrete() const {
  llvm::StringRef O = Object;
  return !O.empty() && !O.starts_with("param:") && !O.starts_with("caller:") &&
         !O.starts_with("mounted:");
}

namespace {
/// The routes of one side (same TU, or elsewhere) that agree with a use,
/// and how many distinct servers they make.
struct Candidates {
  std::vector<const RouteEntry *> Routes;
  unsigned ConcreteServers = 0;
};
} // namespace

static Candidates agreeing(const ClientTarget &Use,
                           llvm::ArrayRef<const RouteEntry *> Routes) {
  Candidates C;
  llvm::StringSet<> Servers;
  // Servers known to listen on the client's port are the ones it talks to.
  bool PortKnown = Use.Where.Port && llvm::any_of(Routes, [&](const auto *R) {
                     return R->Server.Where.Port == Use.Where.Port;
                   });
  for (const RouteEntry *R : Routes) {
    if (!Endpoint::agree(Use.Where, R->Server.Where) ||
        (PortKnown && R->Server.Where.Port != Use.Where.Port))
      continue;
    C.Routes.push_back(R);
    if (R->Server.isConcrete())
      Servers.insert(R->Server.Object);
  }
  C.ConcreteServers = Servers.size();
  return C;
}

std::vector<const RouteEntry *>
routesForUse(const ClientTarget &Use, llvm::ArrayRef<const RouteEntry *> Local,
             llvm::ArrayRef<const RouteEntry *> Elsewhere,
             llvm::ArrayRef<const RouteEntry *> Spec) {
  std::vector<const RouteEntry *> Out;
  if (Use.Where.isRemote())
    return std::vector<const RouteEntry *>(Spec.begin(), Spec.end());
  // A server in the use's own scope: the client talks to it, or (no host
  // and port agreeing) to something we do not see.
  std::vector<const RouteEntry *> InScope;
  for (const RouteEntry *R : Local)
    if (!R->Server.Scope.empty() &&
        llvm::is_contained(Use.Scopes, R->Server.Scope))
      InScope.push_back(R);
  if (!InScope.empty())
    return agreeing(Use, InScope).Routes;
  auto WithRest = [&](std::vector<const RouteEntry *> Routes,
                      llvm::ArrayRef<const RouteEntry *> Rest) {
    Routes.insert(Routes.end(), Rest.begin(), Rest.end());
    Routes.insert(Routes.end(), Spec.begin(), Spec.end());
    return Routes;
  };
  Candidates Here = agreeing(Use, Local);
  if (!Local.empty())
    return !Here.Routes.empty() && Here.ConcreteServers <= 1
               ? WithRest(Here.Routes, Elsewhere)
               : Out;
  // The TU has no server: another TU's or the manifest's, when they make
  // one server.
  Candidates There = agreeing(Use, Elsewhere);
  if (There.ConcreteServers > 1)
    return Out;
  return WithRest(There.Routes, {});
}

std::string sameServerKey(const ServerIdentity &Server, unsigned TU,
                          bool TUDefinesMain) {
  std::string TUKey = "#tu" + std::to_string(TU);
  if (Server.Object.empty())
    return TUKey;
  llvm::StringRef Object = Server.Object;
  // A local variable or a lambda's parameter has a position of its own;
  // listeners on one port are one server in their function.
  if (Object.starts_with("param:") ||
      ((Object.starts_with("var:") || Object.starts_with("port:") ||
        Object.starts_with("mounted:var:")) &&
       !Server.Scope.empty()))
    return Server.Object + "@" + Server.Scope;
  // A global, a member, a function's object, a registrar's parameter: one
  // per program. A TU with main() is a program of its own; the others may be
  // linked together.
  return Server.Object + (TUDefinesMain ? TUKey : std::string());
}

} // namespace wirecheck
