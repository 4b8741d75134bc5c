// RUN: %check_clang_tidy %s wire-enum-serialization %t

// Diagnostics read as the user wrote the code: a type made by
// std::make_tuple or std::make_pair is named `std::tuple<int, Phase>`, not
// after the library's internal aliases; a finding in
// NLOHMANN_DEFINE_TYPE_* names the field and points at it.

#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <nlohmann/json.hpp>

using nlohmann::json;

enum class Phase { Idle, Busy };

struct Session {
  Phase state;
  int id;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Session, id, state)
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'Phase' is written to nlohmann::json as its integer value (field 'state' of 'Session'); pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
};

struct Order {
  int id;
  std::map<std::string, Phase> phases;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Order, phases)
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'std::map<std::string, Phase>' (field 'phases' of 'Order') holds enum 'Phase', which is written to nlohmann::json as its integer value

void tuples(Phase p) {
  json t = std::make_tuple(1, p);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::tuple<int, Phase>' holds enum 'Phase', which is written to nlohmann::json as its integer value
  json q = std::make_pair(p, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::pair<Phase, int>' holds enum 'Phase', which is written to nlohmann::json as its integer value
  std::pair<int, Phase> written{1, p};
  json w = written;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::pair<int, Phase>' holds enum 'Phase'
}
