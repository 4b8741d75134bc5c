// RUN: %check_clang_tidy -check-suffixes=NAMED %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {SafeWrappers: 'redact'}}"
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {SafeWrappers: 'redact', \
// RUN:     wire-enum-serialization.LogSinkPolicy: strict}}"
// RUN: %not %clang_tidy %s --checks='-*,wire-enum-serialization' \
// RUN:   --config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: loud}}" \
// RUN:   -- -std=c++17 -isystem %S/Inputs 2>&1 | %FileCheck %s -check-prefix=BAD
// BAD: error: invalid value 'loud' in option 'wire-enum-serialization.LogSinkPolicy': is not 'named' or 'strict'; 'named' is used [clang-tidy-config]

// LogSinkPolicy: under `named` (the default) an enum written to a log or
// format sink is reported only where a better rendering exists and was
// passed over, and never where the number is the information. `strict`
// reports every one. JSON sinks are strict under both.

#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

// No rendering anywhere: the number is all the project has.
enum class Bare { A, B };
// Renderings of every kind.
enum class Phase { Idle, Busy };
std::string to_string(Phase);
namespace net {
enum class Verb { Get, Post };
const char *VerbToString(Verb); // found by argument-dependent lookup
} // namespace net
enum class WebSocketState { Open };
std::string_view web_socket_state_to_string(WebSocketState);
enum class Status { Up, Down };
NLOHMANN_JSON_SERIALIZE_ENUM(Status, {{Status::Up, "up"}}) // for JSON only
enum class Secret { Hidden };
std::string redact(Secret); // a SafeWrappers entry taking the enum
enum Plain { PlainA, PlainB };
const char *name(Plain);
// Look-alikes that are not renderings: wrong return type, wrong parameter.
enum class Odd { X };
int to_string(Odd);
std::string ToString(int);

void logs(Bare b, Phase p, net::Verb v, WebSocketState ws, Status s, Secret x,
          Plain pl, Odd o) {
  spdlog::info("{}", b);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:22: warning: enum 'Bare' is written to spdlog as its integer value
  spdlog::info("{}", p);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:22: warning: enum 'Phase' is written to spdlog as its integer value
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:22: warning: enum 'Phase' is written to spdlog as its integer value
  fmt::print("{}", v);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:20: warning: enum 'net::Verb' is written to fmt
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:20: warning: enum 'net::Verb' is written to fmt
  spdlog::warn("{}", ws);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:22: warning: enum 'WebSocketState' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:22: warning: enum 'WebSocketState' is written to spdlog
  spdlog::info("{}", s);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:22: warning: enum 'Status' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:22: warning: enum 'Status' is written to spdlog
  spdlog::info("{}", x);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:22: warning: enum 'Secret' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:22: warning: enum 'Secret' is written to spdlog
  std::cout << pl << '\n';
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:16: warning: enum 'Plain' is written to an output stream
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:16: warning: enum 'Plain' is written to an output stream
  spdlog::info("{}", o);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:22: warning: enum 'Odd' is written to spdlog
}

// JSON sinks stay strict.
void jsonStaysStrict(Bare b) {
  json j = b;
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:12: warning: enum 'Bare' is written to nlohmann::json
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:12: warning: enum 'Bare' is written to nlohmann::json
}

// The unknown-value path of a switch over the same value.
void defaultBranch(Phase p, Phase other) {
  switch (p) {
  case Phase::Idle:
    spdlog::info("idle {}", p);
    // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:29: warning: enum 'Phase' is written to spdlog
    // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:29: warning: enum 'Phase' is written to spdlog
    break;
  default:
    spdlog::warn("unexpected phase {}", p);
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:41: warning: enum 'Phase' is written to spdlog
    spdlog::warn("while in {}", other);
    // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:33: warning: enum 'Phase' is written to spdlog
    // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:33: warning: enum 'Phase' is written to spdlog
    break;
  }
}
const char *afterExhaustiveSwitch(Phase p) {
  switch (p) {
  case Phase::Idle:
    return "idle";
  case Phase::Busy:
    return "busy";
  }
  spdlog::error("corrupt phase {}", p);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:37: warning: enum 'Phase' is written to spdlog
  return "?";
}
void afterSwitchThatFallsThrough(Phase p) {
  switch (p) {
  case Phase::Idle:
    break;
  case Phase::Busy:
    return;
  }
  spdlog::info("now {}", p);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:26: warning: enum 'Phase' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:26: warning: enum 'Phase' is written to spdlog
}

// The same call also prints the value's name.
void nameAlongside(Phase p, Phase q, Plain pl) {
  spdlog::info("{} ({})", p, to_string(p));
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:27: warning: enum 'Phase' is written to spdlog
  std::printf("%d (%s)\n", pl, name(pl));
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:28: warning: enum 'Plain' is written to a printf-style format
  std::cout << pl << " (" << name(pl) << ")\n";
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:16: warning: enum 'Plain' is written to an output stream
  spdlog::info("{} ({})", p, to_string(q));
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:27: warning: enum 'Phase' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:27: warning: enum 'Phase' is written to spdlog
}

// A protocol or command line: an explicit integer conversion among other
// numbers (another integer conversion, or digits in the format's text).
void protocolLines(Plain pl, int code) {
  std::printf("HTTP/1.1 %d %s\r\n", pl, "OK");
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:37: warning: enum 'Plain' is written to a printf-style format
  std::printf("retry %d after %d ms\n", pl, code);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:41: warning: enum 'Plain' is written to a printf-style format
  std::printf("state %d\n", pl);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:29: warning: enum 'Plain' is written to a printf-style format
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:29: warning: enum 'Plain' is written to a printf-style format
  std::printf("state %s\n", name(pl));
}

// A to-string function in a namespace around the code that writes the
// value, not around the enum.
namespace vendor {
enum class Wire { On, Off };
} // namespace vendor
namespace app {
std::string to_string(vendor::Wire);
void useContext(vendor::Wire w) {
  spdlog::info("{}", w);
  // CHECK-MESSAGES-NAMED: :[[@LINE-1]]:22: warning: enum 'vendor::Wire' is written to spdlog
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:22: warning: enum 'vendor::Wire' is written to spdlog
}
} // namespace app
void outsideApp(vendor::Wire w) {
  spdlog::info("{}", w);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:22: warning: enum 'vendor::Wire' is written to spdlog
}
