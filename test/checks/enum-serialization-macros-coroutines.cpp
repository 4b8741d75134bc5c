// RUN: %check_clang_tidy -std=c++20-or-later %s wire-enum-serialization %t \
// RUN:   -config="{CheckOptions: {wire-enum-serialization.LogSinkPolicy: strict}}"

// Run under LogSinkPolicy: strict, the behaviour before the option existed
// (the default, named, is tested in enum-serialization-log-policy.cpp).

// Macro arguments are reported where the user spelled them; an enum written
// inside a macro body is reported at the macro's use. Coroutine bodies are
// ordinary paths.

#include <coroutine>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;
enum class State { Idle, Busy };

#define LOG_STATE(s) spdlog::info("state {}", s)
#define ERROR_PAYLOAD(s) json{{"type", "error"}, {"state", s}}
#define LOG_BUSY() spdlog::info("state {}", State::Busy)

void macros(State st) {
  LOG_STATE(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: enum 'State' is written to spdlog
  json e = ERROR_PAYLOAD(st);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: enum 'State' is written to nlohmann::json
  LOG_BUSY();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: enum 'State' is written to spdlog
  LOG_STATE(static_cast<int>(st));
}

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task session(State st) {
  co_await std::suspend_never{};
  spdlog::info("after await {}", st);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: enum 'State' is written to spdlog
  json j = {{"state", st}};
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: enum 'State' is written to nlohmann::json
}
