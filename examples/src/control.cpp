// The control API's server side: the routes the end-to-end tests call.
#include "agent/control.h"

#include <string>

#include "agent/wire.h"

namespace agent {
namespace {
const std::string kApiPrefix = "/api";
constexpr const char *kJson = "application/json";
} // namespace

void register_control_routes(httplib::Server &server) {
  server.Post(kApiPrefix + "/agents/stop",
              [](const httplib::Request &, httplib::Response &res) {
                res.set_content(serialize_message_safely({{"type", "stopping"}}),
                                kJson);
              });
  server.Get(kApiPrefix + "/agents",
             [](const httplib::Request &, httplib::Response &res) {
               res.set_content(
                   serialize_message_safely(nlohmann::json::array()), kJson);
             });
}

} // namespace agent
