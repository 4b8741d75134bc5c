// RUN: %check_clang_tidy -expect-clang-tidy-error %s wire-object-serialization %t -config="{CheckOptions: {wire-object-serialization.StrictObjects: true, wire-object-serialization.SensitiveTypes: 'Token'}}"

// Broken code: the check must not crash on RecoveryExpr, unresolved names or
// dependent types, and reports nothing it cannot type.

#include <iostream>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

using nlohmann::json;

struct Token {};

void broken(Token t) {
  json a = undefined_value;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: error: use of undeclared identifier 'undefined_value' [clang-diagnostic-error]
  spdlog::info("{}", t.missing());
  // CHECK-MESSAGES: :[[@LINE-1]]:24: error: no member named 'missing' in 'Token' [clang-diagnostic-error]
  std::cout << unknown_factory() << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: error: use of undeclared identifier 'unknown_factory' [clang-diagnostic-error]
  spdlog::info("{}", t); // Still analysed next to the errors.
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: sensitive type 'Token' is written to spdlog unredacted
}

template <typename T> void generic(T value) {
  json a = value; // dependent: looked at per instantiation only
  spdlog::info("{}", value.field);
}
