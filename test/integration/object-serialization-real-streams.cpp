// Debian's RapidJSON 1.1.0 needs -fdelayed-template-parsing under clang 22.
// RUN: %check_clang_tidy %s wire-object-serialization %t -- -- -fdelayed-template-parsing -isystem /usr/include/jsoncpp

// wire-object-serialization against real iostreams, glog, jsoncpp and
// RapidJSON: conversions, addresses and catch-all inserters.

#include <cstdio>
#include <glog/logging.h>
#include <iostream>
#include <json/json.h>
#include <memory>
#include <rapidjson/document.h>
#include <sstream>
#include <string>

struct Session {
  operator bool() const { return open; }
  bool open = false;
};
struct Agent {
  operator int() const { return id; }
  int id = 0;
};

void streams(const Session &session, const Agent &agent,
             std::shared_ptr<Agent> shared, const Agent *raw) {
  std::cout << "session " << session << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'Session' is written to an output stream as 'bool' through its implicit conversion operator; give it a serializer or pass it through a safe-serialization wrapper [wire-object-serialization]
  std::ostringstream os;
  os << agent;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'Agent' is written to an output stream as 'int' through its implicit conversion operator
  LOG(INFO) << "agent " << agent;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'Agent' is written to an output stream as 'int'
  // Agent has no inserter: its address is an identity (see
  // object-serialization-real-idioms.cpp for pointers that were meant).
  LOG(ERROR) << "owner " << shared;
  std::cerr << raw << std::endl;
  std::printf("%p\n", static_cast<const void *>(raw)); // Deliberate.
  std::cout << agent.id << static_cast<bool>(session) << '\n';
  LOG(INFO) << "agent " << int(agent);
}

void documents(const Agent &agent, const Session &session) {
  Json::Value root;
  Json::Value open(session);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'Session' is written to Json::Value as 'bool' through its implicit conversion operator
  root.append(Json::Value(session));
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'Session' is written to Json::Value as 'bool' through its implicit conversion operator
  rapidjson::Document d;
  d.SetObject();
  rapidjson::Value v(agent);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'Agent' is written to a RapidJSON value as 'int' through its implicit conversion operator
  root["id"] = agent.id;
  rapidjson::Value w(agent.id);
}

namespace app {
struct Ticket {
  int id;
};
struct Seat {
  int row;
};
std::ostream &operator<<(std::ostream &os, const Seat &s);
// A catch-all inserter: every type prints as "<object>".
template <class T> std::ostream &operator<<(std::ostream &os, const T &) {
  return os.write("<object>", 8);
}
} // namespace app

void inserters(const app::Ticket &t, const app::Seat &s) {
  std::cout << t << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'app::Ticket' is written to an output stream by the catch-all serializer 'app::operator<<'; give the type a serializer of its own or pass it through a safe-serialization wrapper [wire-object-serialization]
  LOG(WARNING) << "ticket " << t;
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'app::Ticket' is written to an output stream by the catch-all serializer
  std::cout << s << '\n'; // Seat has its own inserter.
}
