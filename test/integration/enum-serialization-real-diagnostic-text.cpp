// RUN: %check_clang_tidy %s wire-enum-serialization %t

// Diagnostic text on Debian's real nlohmann::json (3.11): types made by
// std::make_tuple / std::make_pair read as written by a user, and a field
// written by NLOHMANN_DEFINE_TYPE_* is named and pointed at.

#include <nlohmann/json.hpp>
#include <tuple>
#include <utility>

using nlohmann::json;

enum class Phase { Idle, Busy };

struct Session {
  int id;
  Phase state;
  NLOHMANN_DEFINE_TYPE_INTRUSIVE(Session, id, state)
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: enum 'Phase' is written to nlohmann::json as its integer value (field 'state' of 'Session'); pass it through a safe-serialization wrapper or give it a serializer [wire-enum-serialization]
};

struct Order {
  Phase phase;
  int id;
};
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Order, phase, id)
// CHECK-MESSAGES: :[[@LINE-1]]:43: warning: enum 'Phase' is written to nlohmann::json as its integer value (field 'phase' of 'Order')

void tuples(Phase p) {
  json t = std::make_tuple(1, p);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::tuple<int, Phase>' holds enum 'Phase', which is written to nlohmann::json as its integer value
  json q = std::make_pair(p, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::pair<Phase, int>' holds enum 'Phase', which is written to nlohmann::json as its integer value
}
