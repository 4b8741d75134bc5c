// Pistache on its real Debian headers (libpistache-dev): Pistache::Port
// converts implicitly from and to uint16_t, so printing a port prints its
// number, which is what is meant (as Pistache's own tests and
// Http::Header::Host::write do). From /usr/include the conversion is a
// library's own and silent anyway; a checkout found through -I is the
// project's code, where the value-wrapper rule silences it (see
// test/checks/object-serialization-value-wrappers.cpp). A class that only
// converts to a number is still reported.
// Its async.h needs delayed template parsing under clang 22 (see
// route-mismatch-real-pistache.cpp).
// RUN: %check_clang_tidy -std=c++17 %s wire-object-serialization %t \
// RUN:   -- -- -fdelayed-template-parsing

#include <iostream>
#include <pistache/endpoint.h>
#include <pistache/net.h>

using namespace Pistache;

struct Listener {
  operator int() const { return fd; }
  int fd = 0;
};

void announce(const Address &addr, Listener listener) {
  Port port = addr.port();
  std::cout << "Port = " << port << '\n';
  std::cerr << "listening on " << addr.port();
  std::cout << listener;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'Listener' is written to an
  // output stream as 'int' through its implicit conversion operator
}
