// RUN: %not %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: ';;;', \
// RUN:     wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=SINKS \
// RUN:   -implicit-check-not="{{warning|error}}:"
// RUN: %not %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Socket::send', \
// RUN:     wire-unwrapped-payload.RequiredWrapper: ' , ;'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=WRAPPER \
// RUN:   -implicit-check-not="{{warning|error}}:"
// RUN: %not %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: { \
// RUN:     wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=NOSINKS \
// RUN:   -implicit-check-not="{{warning|error}}:"
// RUN: %clang_tidy %s --checks='-*,wire-unwrapped-payload' \
// RUN:   --config="{CheckOptions: {SafeWrappers: 'serialize_message_safely'}}" \
// RUN:   -- -std=c++17 2>&1 | %FileCheck %s -check-prefix=UNSET \
// RUN:   -implicit-check-not="{{warning|error}}:" --allow-empty

// A list option that is set but lists nothing is a configuration error, not
// a silently disabled check; so is a list the check needs and does not have
// (sinks without a wrapper, a wrapper without sinks). With neither option
// set for the check, it is simply off.
// SINKS: error: invalid value ';;;' in option 'wire-unwrapped-payload.PayloadSinks': lists no entries, only separators; the option is ignored [clang-tidy-config]
// WRAPPER-DAG: error: invalid value ' , ;' in option 'wire-unwrapped-payload.RequiredWrapper': lists no entries, only separators; the option is ignored [clang-tidy-config]
// WRAPPER-DAG: error: option 'wire-unwrapped-payload.PayloadSinks' is set but neither 'wire-unwrapped-payload.RequiredWrapper' nor 'SafeWrappers' names a wrapper; the check is disabled [clang-tidy-config]
// NOSINKS: error: option 'wire-unwrapped-payload.RequiredWrapper' is set but 'wire-unwrapped-payload.PayloadSinks' names no sink; the check is disabled [clang-tidy-config]
// UNSET-NOT: {{warning|error}}:

#include <string>
struct Socket {
  void send(const std::string &payload);
};
void f(Socket &ws) { ws.send("raw"); }
