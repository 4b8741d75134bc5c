// RUN: %check_clang_tidy %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.LogSinks: 'log_line'}}"
// RUN: %check_clang_tidy -check-suffixes=STRICT %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.LogSinks: 'log_line', wire-object-serialization.StrictObjects: true}}"

// Pointers in logs. By default a pointer written to a log or format sink is
// reported only where its pointee has a serializer of its own for that sink
// (`*p` was evidently meant); other addresses are identities on purpose.
// StrictObjects reports every one. JSON stays strict, and an address the
// author spelled (`&obj`, `this`, a `void *` cast, a printf `%p`) is never
// reported.

#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

namespace app {
struct Order { // Has an inserter: `os << *p` was meant.
  int id;
};
std::ostream &operator<<(std::ostream &os, const Order &o);
struct Quote { // Has a formatter: `fmt::print("{}", *p)` was meant.
  int cents;
};
struct Block { // No serializer: its address is an identity.
  double values[4];
};
struct Node {
  int id;
};
// The project's own inserter for a pointer type writes what it chooses.
std::ostream &operator<<(std::ostream &os, const Node *n);
} // namespace app
template <> struct fmt::formatter<app::Quote> {};

void log_line(const char *format, ...);

void meant(app::Order *order, const std::shared_ptr<app::Order> &shared,
           std::unique_ptr<app::Quote> quote, const app::Quote *raw,
           std::weak_ptr<app::Order> weak) {
  std::cout << order << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: pointer to 'app::Order' is written to an output stream as an address; write the object it points to, or pass it through a safe-serialization wrapper [wire-object-serialization]
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:16: warning: pointer to 'app::Order' is written to an output stream as an address
  std::ostringstream os;
  os << "order " << shared;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: 'std::shared_ptr<app::Order>' is written to an output stream as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:21: warning: 'std::shared_ptr<app::Order>' is written to an output stream as an address
  spdlog::info("quote {}", quote);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'std::unique_ptr<app::Quote>' is written to spdlog as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:28: warning: 'std::unique_ptr<app::Quote>' is written to spdlog as an address
  fmt::print("{}", raw);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: pointer to 'app::Quote' is written to fmt as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:20: warning: pointer to 'app::Quote' is written to fmt as an address
  log_line("order", order);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: pointer to 'app::Order' is written to 'log_line' as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:21: warning: pointer to 'app::Order' is written to 'log_line' as an address
  spdlog::info("{}", weak);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:22: warning: 'std::weak_ptr<app::Order>' is written to spdlog as an address
  // Not meant: a formatter does not make an inserter, nor the reverse.
  std::cout << raw << '\n';
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:16: warning: pointer to 'app::Quote' is written to an output stream as an address
  spdlog::info("{}", order);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:22: warning: pointer to 'app::Order' is written to spdlog as an address
}

void identities(const app::Block *block, std::shared_ptr<app::Block> owner,
                double *params, int *counter) {
  std::cout << "block " << block << " owner " << owner << '\n';
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:28: warning: pointer to 'app::Block' is written to an output stream as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:50: warning: 'std::shared_ptr<app::Block>' is written to an output stream as an address
  spdlog::info("params {} counter {}", params, counter);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:40: warning: pointer to 'double' is written to spdlog as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:48: warning: pointer to 'int' is written to spdlog as an address
  std::printf("%p\n", (const void *)block);
}

// A printf `%p` conversion asks for the address: never reported, not even
// under StrictObjects, whatever the pointee. Other conversions do not.
void conversions(app::Order *order, const app::Block *block) {
  std::printf("order at %p\n", order);
  std::fprintf(stderr, "%s %p %-16p\n", "blocks", block, order);
  std::printf("order %s\n", order);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: pointer to 'app::Order' is written to a printf-style format as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:29: warning: pointer to 'app::Order' is written to a printf-style format as an address
  std::printf("%p %d\n", order, order);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: pointer to 'app::Order' is written to a printf-style format as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:33: warning: pointer to 'app::Order' is written to a printf-style format as an address
  std::printf("%s\n", block);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:23: warning: pointer to 'app::Block' is written to a printf-style format as an address
  // A sink whose format is not known keeps the policy.
  log_line("order %p", order);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: pointer to 'app::Order' is written to 'log_line' as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:24: warning: pointer to 'app::Order' is written to 'log_line' as an address
}

struct Worker {
  app::Order current;
  void trace() const {
    // Addresses the author spelled: never reported, not even under strict.
    std::cout << "this=" << this << " current=" << &current << '\n';
    spdlog::info("worker {} {}", this, std::addressof(current));
    std::cout << static_cast<const void *>(&current) << (void *)this;
  }
};

void ownInserter(const app::Node *node) {
  std::cout << node << '\n';
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:16: warning: object of type 'app::Node' is written to an output stream without going through a safe-serialization wrapper
}

// JSON stays strict: an address in a document is never the value meant.
void documents(std::shared_ptr<app::Block> owner, app::Order *order) {
  json a = owner;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'std::shared_ptr<app::Block>' is written to nlohmann::json as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:12: warning: 'std::shared_ptr<app::Block>' is written to nlohmann::json as an address
  json b = {{"order", &*order}};
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: pointer to 'app::Order' is written to nlohmann::json as an address
  // CHECK-MESSAGES-STRICT: :[[@LINE-2]]:23: warning: pointer to 'app::Order' is written to nlohmann::json as an address
}
