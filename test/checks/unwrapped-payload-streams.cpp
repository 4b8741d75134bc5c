// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}"

// A string stream fed only the wrapper's output holds wrapper output.

#include <sstream>
#include <string>
#include <vector>

struct Message {
  std::string text;
};
std::string serialize_message_safely(const Message &m);
struct Socket {
  void send(const std::string &payload);
};

void fed_the_wrapper(Socket &ws, const Message &m) {
  std::ostringstream os;
  os << serialize_message_safely(m);
  ws.send(os.str());
}

void fed_the_wrapper_twice(Socket &ws, const Message &a, const Message &b) {
  std::stringstream os;
  os << serialize_message_safely(a) << serialize_message_safely(b);
  ws.send(os.str());
}

void fed_the_wrapper_in_a_branch(Socket &ws, const Message &m, bool full) {
  std::ostringstream os;
  if (full)
    os << serialize_message_safely(m);
  else
    os << serialize_message_safely(Message{"short"});
  ws.send(os.str());
}

void raw_suffix(Socket &ws, const Message &m) {
  std::ostringstream os;
  os << serialize_message_safely(m) << "\n";
  ws.send(os.str());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:37: note: 'os' is modified here, after or without 'serialize_message_safely'
}

void raw_prefix(Socket &ws, const Message &m) {
  std::ostringstream os;
  os << m.text;
  os << serialize_message_safely(m);
  ws.send(os.str());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-4]]:6: note: 'os' is modified here, after or without 'serialize_message_safely'
}

void nothing_inserted(Socket &ws) {
  std::ostringstream os;
  ws.send(os.str());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'os' is declared here without a value that goes through 'serialize_message_safely'
}

void inserted_on_one_path(Socket &ws, const Message &m, bool ok) {
  std::ostringstream os;
  if (ok)
    os << serialize_message_safely(m);
  else
    os << "{\"error\":true}";
  ws.send(os.str());
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: 'os' is modified here, after or without 'serialize_message_safely'
}

void every_item_wrapped(Socket &ws, const std::vector<Message> &batch) {
  std::ostringstream os;
  os << serialize_message_safely(batch.front());
  for (const Message &m : batch)
    os << serialize_message_safely(m);
  ws.send(os.str());
}
