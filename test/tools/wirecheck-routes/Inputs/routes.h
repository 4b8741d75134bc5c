// Included by two TUs: its registration is one route, not a duplicate.
#pragma once
#include <httplib.h>
inline void registerHealth(httplib::Server &svr) {
  svr.Get("/api/health", [](const httplib::Request &, httplib::Response &) {});
}
