// A TU that cannot be parsed: its include is missing.
#include "no-such-header.h"
#include <httplib.h>

void registerMore(httplib::Server &svr) {
  svr.Get("/api/broken", [](const httplib::Request &, httplib::Response &) {});
}
