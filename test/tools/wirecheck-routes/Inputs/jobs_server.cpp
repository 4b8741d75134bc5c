#include <httplib.h>

void registerJobs(httplib::Server &svr) {
  auto h = [](const httplib::Request &, httplib::Response &) {};
  svr.Get(R"(/jobs/(\d+))", h);
  svr.Get("/nodes/([0-9a-f]{6})", h);
  svr.Get("/status", h);
  svr.Get("/v2/peers/([0-9a-f]{10})", h);
  svr.Get("/debug/vars", h);
  svr.Get("/internal/stats", h);
}
