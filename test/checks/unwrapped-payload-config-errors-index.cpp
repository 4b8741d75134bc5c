// RUN: %not %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-unwrapped-payload.PayloadSinks: 'Socket::send:7;broadcast:2;Channel::write:1;post:3', \
// RUN:     wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -implicit-check-not="{{warning|error}}:"

// An argument index past the parameters of the function a PayloadSinks entry
// names is a configuration error naming option and entry (once per entry and
// function, however often it is called); the entry does not apply to that
// function. A C `...` or a parameter pack takes any index, and the valid
// entries next to the bad ones still work.
// CHECK-DAG: error: invalid value 'Socket::send:7' in option 'wire-unwrapped-payload.PayloadSinks': argument index 7 is past the last parameter of 'Socket::send', which takes 1; the entry does not apply to it [clang-tidy-config]
// CHECK-DAG: error: invalid value 'broadcast:2' in option 'wire-unwrapped-payload.PayloadSinks': argument index 2 is past the last parameter of 'broadcast', which takes 2; the entry does not apply to it [clang-tidy-config]

#include <string>

std::string serialize_message_safely(const std::string &s);

struct Socket {
  void send(const std::string &payload);
};
struct Channel {
  void write(int id, const std::string &payload);
};
void broadcast(int room, const std::string &payload);
template <class... Ts> void post(Ts &&...Parts);

void f(Socket &ws, Channel &ch) {
  ws.send("raw");
  ws.send("raw again");
  broadcast(1, "raw");
  ch.write(1, "raw");
  // CHECK-DAG: :[[@LINE-1]]:15: warning: payload sent to 'Channel::write' does not go through 'serialize_message_safely' [wire-unwrapped-payload]
  ch.write(2, serialize_message_safely("ok"));
  post(1, 2, 3, std::string("raw"));
  // CHECK-DAG: :[[@LINE-1]]:17: warning: payload sent to 'post' does not go through 'serialize_message_safely' [wire-unwrapped-payload]
}
