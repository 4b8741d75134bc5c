// Malformed options are configuration errors naming option and value, never
// crashes; the valid entries next to them still work.
// RUN: %not %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send:x;send:1:2;::;Socket::send', wire-unwrapped-payload.RequiredWrapper: 'bad name;serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s
// RUN: %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=EMPTY
// The global SafeWrappers stands in for an unset RequiredWrapper.
// RUN: %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send', SafeWrappers: 'serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s --check-prefix=GLOBAL

// CHECK-DAG: error: invalid value 'Socket::send:x' in option 'wire-unwrapped-payload.PayloadSinks': has an argument index that is not a number; the entry is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value 'send:1:2' in option 'wire-unwrapped-payload.PayloadSinks': has more argument indices than allowed (1); the entry is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value '::' in option 'wire-unwrapped-payload.PayloadSinks': is not a valid qualified name; the entry is ignored [clang-tidy-config]
// CHECK-DAG: error: invalid value 'bad name' in option 'wire-unwrapped-payload.RequiredWrapper': is not a valid qualified name; the entry is ignored [clang-tidy-config]
// CHECK-DAG: unwrapped-payload-config.cpp:[[@LINE+11]]:30: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' [wire-unwrapped-payload]

// EMPTY: warning: option 'wire-unwrapped-payload.PayloadSinks' is set but neither 'wire-unwrapped-payload.RequiredWrapper' nor 'SafeWrappers' names a wrapper; the check is disabled [clang-tidy-config]
// EMPTY-NOT: warning: payload
// GLOBAL-NOT: clang-tidy-config
// GLOBAL: unwrapped-payload-config.cpp:[[@LINE+6]]:30: warning: payload sent to 'Socket::send' does not go through 'serialize_message_safely' [wire-unwrapped-payload]

#include <string>
struct Socket {
  void send(const std::string &payload);
};
void f(Socket &ws) { ws.send("raw"); }
