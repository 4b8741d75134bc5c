#include <httplib.h>
#include <string>

void handler(const httplib::Request &, httplib::Response &);
std::string pathFromConfig();

void serve(httplib::Server &svr, const std::string &fromCaller) {
  std::string statusPath = "/status";
  svr.Get(statusPath, handler);
  std::string jobPath = "/jobs/([0-9a-f]{8})";
  svr.Get(jobPath, handler);
  svr.Get(fromCaller, handler);
  svr.Get(pathFromConfig(), handler);
}
