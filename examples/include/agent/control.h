// The agent control API, registered on the HTTP server.
#pragma once

#include <httplib.h>

namespace agent {

/// Registers the control routes: `POST /api/agents/stop` stops every agent,
/// `GET /api/agents` lists them.
void register_control_routes(httplib::Server &server);

} // namespace agent
