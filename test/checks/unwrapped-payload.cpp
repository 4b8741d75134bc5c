// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send;send_frame', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely;serialize_into'}}"

#include <stdexcept>
#include <string>
#include <vector>

struct Message {
  std::string text;
  int code = 0;
};
std::string serialize_message_safely(const Message &m);
void serialize_into(const Message &m, std::string &out);
struct Socket {
  void send(const std::string &payload);
};
void send_frame(std::string payload);
Message next();

// --- straight-line code and branches ----------------------------------------
void straight(Socket &ws, const Message &m, bool urgent) {
  ws.send(serialize_message_safely(m));
  std::string a = serialize_message_safely(m);
  ws.send(a);
  send_frame(a);

  ws.send("{\"type\":\"ping\"}");
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  ws.send(m.text);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]

  std::string b;
  if (urgent)
    b = serialize_message_safely(m);
  ws.send(b);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-5]]:15: note: 'b' is declared here without a value that goes through 'serialize_message_safely' or 'serialize_into'

  std::string c = m.text;
  if (urgent)
    c = serialize_message_safely(m);
  else
    c = serialize_message_safely(next());
  ws.send(c); // Every path reassigns c.

  ws.send(urgent ? serialize_message_safely(m) : serialize_message_safely(next()));
  ws.send(urgent ? serialize_message_safely(m) : m.text);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-2]]:50: note: this branch does not go through 'serialize_message_safely' or 'serialize_into'

  std::string d;
  serialize_into(m, d); // A wrapper writing through an out-parameter.
  ws.send(d);
  ws.send(d.c_str());
  std::string e = serialize_message_safely(m);
  e += "\n";
  ws.send(e);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 'e' is modified here, after or without 'serialize_message_safely' or 'serialize_into'
  ws.send(std::move(a)); // Moves and copies keep the value.
  ws.send(std::string(e)); // NOLINT(wire-unwrapped-payload): silenced.
}

// --- loops, switch, early returns ---------------------------------------------
void loops(Socket &ws, const std::vector<Message> &all, int kind) {
  std::string p = serialize_message_safely(all.front());
  for (const Message &m : all) {
    ws.send(p);
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
    // CHECK-NOTES: :[[@LINE+1]]:7: note: this assignment does not go through 'serialize_message_safely' or 'serialize_into'
    p = m.text; // Reaches the send on the next iteration.
  }

  std::string q;
  switch (kind) {
  case 0:
    q = serialize_message_safely(all[0]);
    break;
  case 1:
    q = all[1].text;
    break;
  default:
    return;
  }
  ws.send(q);
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
  // CHECK-NOTES: :[[@LINE-7]]:7: note: this assignment does not go through 'serialize_message_safely' or 'serialize_into'
}

void earlyReturn(Socket &ws, const Message &m, bool ok) {
  std::string out = m.text;
  if (!ok)
    return;
  out = serialize_message_safely(m);
  ws.send(out); // The raw initial value never reaches the send.
}

// --- exceptions: the edge from a throwing call into the handler ---------------
void handlers(Socket &ws, const Message &m) {
  std::string out = m.text;
  try {
    out = serialize_message_safely(m); // May throw before the assignment.
    ws.send(out);
  } catch (const std::exception &e) {
    ws.send(out);
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
    // CHECK-NOTES: :[[@LINE-7]]:15: note: this initialization does not go through 'serialize_message_safely' or 'serialize_into'
    ws.send(e.what());
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
    ws.send(serialize_message_safely(Message{e.what()}));
  }
}

void handlerReassigns(Socket &ws, const Message &m) {
  std::string out;
  try {
    out = serialize_message_safely(m);
  } catch (...) {
    out = serialize_message_safely(Message{"internal error"});
  }
  ws.send(out);
}

// --- functions of the TU: summaries and parameters ------------------------------
std::string build(const Message &m, bool compact) {
  if (compact)
    return serialize_message_safely(m);
  std::string s = serialize_message_safely(m);
  return s;
}
std::string buildBad(const Message &m) {
  if (m.code)
    return serialize_message_safely(m);
  return m.text;
}
const std::string &same(const std::string &s) { return s; }

void forward(Socket &ws, const std::string &payload) { ws.send(payload); }
void relay(Socket &ws, std::string body) { forward(ws, body); }

void callers(Socket &ws, const Message &m) {
  ws.send(build(m, true));
  ws.send(buildBad(m));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
  // CHECK-NOTES: :[[@LINE-11]]:10: note: 'buildBad' returns a value here that does not go through 'serialize_message_safely' or 'serialize_into'
  ws.send(same(serialize_message_safely(m)));
  ws.send(same(m.text));
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  forward(ws, serialize_message_safely(m));
  relay(ws, serialize_message_safely(m));
  relay(ws, m.text);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-14]]:56: note: 'relay' passes its parameter 'body' on to 'Socket::send' here
  // CHECK-NOTES: :[[@LINE-16]]:64: note: 'forward' passes its parameter 'payload' on to 'Socket::send' here
}

// --- lambdas ------------------------------------------------------------------
void lambdas(Socket &ws, const Message &m) {
  std::string wrapped = serialize_message_safely(m);
  std::string raw = m.text;
  auto good = [&ws, wrapped] { ws.send(wrapped); };
  auto bad = [&ws, raw] { ws.send(raw); };
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: payload sent to 'Socket::send' does not go through {{.*}} on every path
  // CHECK-NOTES: :[[@LINE-4]]:15: note: this initialization does not go through 'serialize_message_safely' or 'serialize_into'
  auto sender = [&ws](const std::string &p) { ws.send(p); };
  sender(serialize_message_safely(m));
  sender(m.text);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-4]]:55: note: the lambda passes its parameter 'p' on to 'Socket::send' here
  good();
  bad();
}

// --- members ------------------------------------------------------------------
class Connection {
public:
  void queue(const Message &m) { pending_ = serialize_message_safely(m); }
  void flush() { ws_.send(pending_); }

private:
  Socket ws_;
  std::string pending_;
};

class LeakyConnection {
public:
  void queue(const Message &m) { pending_ = serialize_message_safely(m); }
  void queueRaw(const std::string &text) { pending_ = text; }
  void flush() { ws_.send(pending_); }

private:
  Socket ws_;
  std::string pending_;
};

void useLeaky(LeakyConnection &c, const Message &m) {
  c.queueRaw(serialize_message_safely(m));
  c.queueRaw(m.text);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-12]]:55: note: 'LeakyConnection::queueRaw' passes its parameter 'text' on to 'Socket::send' here
}

// --- templates: each instantiation, one report per location -------------------
template <typename T> void sendAll(Socket &ws, const T &value) {
  ws.send(value);
}
void instantiate(Socket &ws, const Message &m) {
  sendAll(ws, serialize_message_safely(m));
  sendAll(ws, std::string("raw"));
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-6]]:11: note: 'sendAll' passes its parameter 'value' on to 'Socket::send' here
}
