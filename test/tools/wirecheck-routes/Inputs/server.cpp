#include "routes.h"
#include <httplib.h>

void registerAgents(httplib::Server &svr) {
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Post("/api/agents/stop", h);
  svr.Post("/api/agents/start", h);
  svr.Get("/api/threads/<int>/messages", h);
  svr.Get("/api/metrics", h);
}
