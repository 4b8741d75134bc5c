// RUN: %check_clang_tidy -expect-clang-tidy-error %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}"

// Broken code: RecoveryExpr payloads, unknown wrappers, invalid functions and
// dependent code must not crash the analysis.

#include <string>

struct Message {
  std::string text;
};
std::string serialize_message_safely(const Message &m);
struct Socket {
  void send(const std::string &payload);
};

void broken(Socket &ws, const Message &m) {
  ws.send(undefined_payload);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: error: use of undeclared identifier 'undefined_payload' [clang-diagnostic-error]
  std::string p = serialize_message_safely(m.missing);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: error: no member named 'missing' in 'Message' [clang-diagnostic-error]
  ws.send(p);
  std::string q = m.text;
  q = serialize_message_safely(unknown_factory());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: error: use of undeclared identifier 'unknown_factory' [clang-diagnostic-error]
  ws.send(q);
  ws.send(m.text); // Still analysed next to the errors.
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' [wire-unwrapped-payload]
}

Unknown invalidReturn(const Message &m) { return m.text; }
// CHECK-MESSAGES: :[[@LINE-1]]:1: error: unknown type name 'Unknown' [clang-diagnostic-error]
// CHECK-MESSAGES: :[[@LINE-2]]:50: error: no viable conversion from returned value
void usesInvalid(Socket &ws, const Message &m) { ws.send(invalidReturn(m)); }

template <typename T> void generic(Socket &ws, T value) {
  ws.send(value.payload());
  ws.send(serialize_message_safely(value));
}
