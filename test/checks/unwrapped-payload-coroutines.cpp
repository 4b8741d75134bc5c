// RUN: %check_clang_tidy -std=c++20-or-later %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Channel::write:1', wire-unwrapped-payload.RequiredWrapper: '::wire::serialize_message_safely'}}"

// Coroutines, and a sink whose payload is not the first argument.

#include <coroutine>
#include <string>

namespace wire {
struct Message {
  std::string text;
};
std::string serialize_message_safely(const Message &m);
} // namespace wire
// Same name, wrong namespace: not the required wrapper.
std::string serialize_message_safely(const wire::Message &m);

struct Channel {
  void write(int stream, const std::string &payload);
};

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
struct Ready {
  bool await_ready() { return true; }
  void await_suspend(std::coroutine_handle<>) {}
  wire::Message await_resume() { return {}; }
};

Task pump(Channel &ch, wire::Message first) {
  std::string out = wire::serialize_message_safely(first);
  ch.write(1, out);
  wire::Message next = co_await Ready{};
  if (next.text.empty())
    out = next.text;
  ch.write(1, out);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'Channel::write' does not go through '::wire::serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: this assignment does not go through '::wire::serialize_message_safely'
  ch.write(2, wire::serialize_message_safely(co_await Ready{}));
  ch.write(3, ::serialize_message_safely(next));
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'Channel::write' does not go through '::wire::serialize_message_safely' [wire-unwrapped-payload]
  co_return;
}

void notThePayload(Channel &ch, const wire::Message &m) {
  ch.write(0, wire::serialize_message_safely(m)); // Index 1 is the payload.
}
