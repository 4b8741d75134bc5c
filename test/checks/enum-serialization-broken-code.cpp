// RUN: %check_clang_tidy %s wire-enum-serialization %t -expect-clang-tidy-error

// Code with compile errors, recovery expressions and dependent types must
// never crash the check; what can still be seen is still diagnosed.

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;
enum class State { A, B };

void broken(State s) {
  json a = undeclared_function(s);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: use of undeclared identifier 'undeclared_function' [clang-diagnostic-error]
  json b = {{"state", s}, {"x", missing_value_in_broken_code}};
  // CHECK-MESSAGES: :[[@LINE-1]]:33: error: use of undeclared identifier 'missing_value_in_broken_code' [clang-diagnostic-error]
  spdlog::info("{}", s.nope);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: error: member reference base type 'State' is not a structure or union [clang-diagnostic-error]
  json c = s;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'State' is written to nlohmann::json
}

template <typename T> void dependent(T value, State s) {
  json a = value;
  json b = T::member;
  spdlog::info("{} {}", value, typename T::type{});
  json c = s;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'State' is written to nlohmann::json
}

template <typename... Ts> void forward(Ts &&...ts) {
  spdlog::info("{}", ts...);
}

struct Incomplete;
void incomplete(Incomplete &i) { spdlog::info("{}", i); }

void calls() {
  forward();
  forward(undeclared);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: use of undeclared identifier 'undeclared' [clang-diagnostic-error]
}
