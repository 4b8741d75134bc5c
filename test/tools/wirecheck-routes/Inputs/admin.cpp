#include "routes.h"
#include <httplib.h>

void registerAdmin(httplib::Server &svr) {
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Post("/api/agents/stop", h); // Also in server.cpp.
  svr.Delete("/api/sessions/:id", h);
}
