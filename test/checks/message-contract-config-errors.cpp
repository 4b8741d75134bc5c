// Malformed options are configuration errors naming option and value; the
// check goes on with the rest.
// RUN: %check_clang_tidy -check-suffixes=SPEC %s wire-message-contract %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageProducers: 'emit:x', wire-message-contract.MessageConsumers: 'on:0:1:2'}}"
// RUN: %check_clang_tidy -check-suffixes=KEYS %s wire-message-contract %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-message-contract.DiscriminatorKeys: ';;'}}"
// RUN: %check_clang_tidy -check-suffixes=BLANK %s wire-message-contract %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-message-contract.DiscriminatorKeys: 'type kind;op'}}"
// RUN: %check_clang_tidy -check-suffixes=MANIFEST %s wire-message-contract %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageManifest: '%S/Inputs/messages/bad-manifest.json'}}"
// RUN: %check_clang_tidy -check-suffixes=MISSING %s wire-message-contract %t -expect-clang-tidy-error \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageManifest: '%S/Inputs/messages/no-such-file.json'}}"

// CHECK-MESSAGES-SPEC: error: invalid value 'emit:x' in option 'wire-message-contract.MessageProducers': has an argument index that is not a number; the entry is ignored [clang-tidy-config]
// CHECK-MESSAGES-SPEC: error: invalid value 'on:0:1:2' in option 'wire-message-contract.MessageConsumers': has more argument indices than allowed (2); the entry is ignored [clang-tidy-config]
// CHECK-MESSAGES-KEYS: error: invalid value ';;' in option 'wire-message-contract.DiscriminatorKeys': lists no keys, only separators; the default 'type;event;op;action' is used [clang-tidy-config]
// CHECK-MESSAGES-BLANK: error: invalid value 'type kind' in option 'wire-message-contract.DiscriminatorKeys': is not a key name (keys are separated by ';'); the entry is ignored [clang-tidy-config]
// CHECK-MESSAGES-MANIFEST: error: cannot use option 'wire-message-contract.MessageManifest': {{.*}}bad-manifest.json:{{[0-9]+}}:{{[0-9]+}}: {{.*}}; it is ignored [clang-tidy-config]
// CHECK-MESSAGES-MISSING: error: cannot use option 'wire-message-contract.MessageManifest': {{.*}}no-such-file.json{{.*}}; it is ignored [clang-tidy-config]

#include <nlohmann/json.hpp>
#include <string>

void send(const std::string &);

// With the default keys kept (KEYS) or "op" still read (BLANK), the check
// still works: "op" is produced and handled under the same name.
void produce() { send(nlohmann::json{{"op", "ping"}, {"seq", 1}}.dump()); }
void consume(const nlohmann::json &m) {
  if (m["op"] == "ping")
    (void)m.at("seq");
}
