// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}"

// Writes through a reference alias are writes to the variable it names.

#include <string>

struct Message {
  std::string text;
};
std::string serialize_message_safely(const Message &m);
struct Socket {
  void send(const std::string &payload);
};
void append_footer(std::string &s);

void modified_through_alias(Socket &ws, const Message &m) {
  std::string payload = serialize_message_safely(m);
  std::string &alias = payload;
  alias += "\n";
  ws.send(payload);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: 'payload' is modified here, after or without 'serialize_message_safely'
}

void assigned_through_alias(Socket &ws, const Message &m, bool raw) {
  std::string payload = serialize_message_safely(m);
  std::string &alias = payload;
  if (raw)
    alias = m.text;
  ws.send(payload);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:11: note: this assignment does not go through 'serialize_message_safely'
}

void alias_of_alias(Socket &ws, const Message &m) {
  std::string payload = serialize_message_safely(m);
  std::string &a = payload;
  std::string &b = a;
  append_footer(b);
  ws.send(payload);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: 'payload' is modified here, after or without 'serialize_message_safely'
}

void read_through_alias(Socket &ws, const Message &m) {
  std::string payload = m.text;
  std::string &alias = payload;
  payload = serialize_message_safely(m); // Seen through the alias too.
  ws.send(alias);
  alias.append("!");
  ws.send(payload);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:9: note: 'payload' is modified here, after or without 'serialize_message_safely'
}

// --- negative cases ----------------------------------------------------------
void rewrapped_through_alias(Socket &ws, const Message &m) {
  std::string payload = m.text;
  std::string &alias = payload;
  alias = serialize_message_safely(m);
  ws.send(payload);
}

void const_alias_only_reads(Socket &ws, const Message &m) {
  std::string payload = serialize_message_safely(m);
  const std::string &view = payload;
  ws.send(view);
  ws.send(payload);
}
