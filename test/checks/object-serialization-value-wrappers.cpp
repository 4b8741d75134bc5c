// RUN: %check_clang_tidy %s wire-object-serialization %t
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true}}"

// Value wrappers: a class that converts implicitly both from and to the
// same arithmetic type (`Port(uint16_t)` and `operator uint16_t()`, as
// Pistache::Port) is that number by another name: the number is its value,
// so writing it through the conversion writes what is meant. A class that
// only converts to a number (an object whose `operator int` stands in for
// it) is still reported, as are wrappers whose constructor is explicit or
// takes another type. StrictObjects still reports every class.

#include <cstdint>
#include <iostream>
#include <sstream>

class Port {
public:
  Port(uint16_t port = 0) : port(port) {}
  operator uint16_t() const { return port; }

private:
  uint16_t port;
};

struct Millis {
  Millis(const long &v) : v(v) {}
  operator long() const { return v; }
  long v;
};

// Only one direction: an object standing in for a number.
struct Agent {
  operator int() const { return id; }
  int id = 0;
};
// Constructible from the number only explicitly.
struct Handle {
  explicit Handle(int fd) : fd(fd) {}
  operator int() const { return fd; }
  int fd;
};
// Implicit from another type than it converts to.
struct Ratio {
  Ratio(int n) : n(n) {}
  operator double() const { return n / 2.0; }
  int n;
};

void wrappers(Port port, const Millis &timeout, Agent agent, Handle handle,
              Ratio ratio) {
  std::cout << "port " << port << " after " << timeout << '\n';
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:27: warning: object of type 'Port' is written to an output stream without going through a safe-serialization wrapper [wire-object-serialization]
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:48: warning: object of type 'Millis' is written to an output stream without going through a safe-serialization wrapper [wire-object-serialization]
  std::ostringstream os;
  os << timeout;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:9: warning: object of type 'Millis' is written to an output stream without going through a safe-serialization wrapper [wire-object-serialization]

  std::cout << agent << handle << ratio;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'Agent' is written to an output stream as 'int' through its implicit conversion operator; give it a serializer or pass it through a safe-serialization wrapper [wire-object-serialization]
  // CHECK-MESSAGES: :[[@LINE-2]]:25: warning: 'Handle' is written to an output stream as 'int' through its implicit conversion operator
  // CHECK-MESSAGES: :[[@LINE-3]]:35: warning: 'Ratio' is written to an output stream as 'double' through its implicit conversion operator
  // CHECK-MESSAGES-STRICT: :[[@LINE-4]]:16: warning: 'Agent' is written to an output stream as 'int' through its implicit conversion operator
  // CHECK-MESSAGES-STRICT: :[[@LINE-5]]:25: warning: 'Handle' is written to an output stream as 'int' through its implicit conversion operator
  // CHECK-MESSAGES-STRICT: :[[@LINE-6]]:35: warning: 'Ratio' is written to an output stream as 'double' through its implicit conversion operator
}
