#include "shared.h"
// One registrar for the IPv4 and the IPv6 server: two servers, so the same
// path on each is not registered twice; twice on one of them is.
void configure(httplib::Server &s, httplib::Server &sv6) {
  s.Get("/status", h);
  sv6.Get("/status", h);
  s.Get("/status", h);
}
