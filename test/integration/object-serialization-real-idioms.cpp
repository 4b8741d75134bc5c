// Debian's RapidJSON 1.1.0 needs -fdelayed-template-parsing under clang 22.
// RUN: %check_clang_tidy %s wire-object-serialization,wire-enum-serialization %t -config="{CheckOptions: {wire-object-serialization.SensitiveTypes: 'Token$'}}" -- -- -fdelayed-template-parsing

// wire-object-serialization (and, for what writes no value, also
// wire-enum-serialization) against the real iostreams, glog, RapidJSON,
// fmt and spdlog: pointers in logs, library constructs and idioms that are
// not serialization, and the doors the checks must not leave open.

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fstream>
#include <glog/logging.h>
#include <iostream>
#include <memory>
#include <rapidjson/document.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <string>
#include <string_view>

namespace app {
struct Route {
  std::string path;
};
std::ostream &operator<<(std::ostream &os, const Route &r);
struct Buffer {
  char bytes[64];
};
struct ApiToken {
  std::string secret;
};
std::ostream &operator<<(std::ostream &os, const ApiToken &t);
struct Peer {
  operator std::string_view() const { return "peer"; }
};
enum Color { Red, Green };
} // namespace app

// Pointers: reported where `*p` was meant, silent where the address is an
// identity or the author asked for it.
void pointers(const app::Route *route, std::shared_ptr<app::Route> shared,
              const app::Buffer *buffer, double *params) {
  LOG(INFO) << "route " << route;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: pointer to 'app::Route' is written to an output stream as an address; write the object it points to, or pass it through a safe-serialization wrapper [wire-object-serialization]
  std::cerr << shared << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'std::shared_ptr<app::Route>' is written to an output stream as an address
  LOG(INFO) << "buffer " << buffer << " params " << params;
  LOG(INFO) << "route at " << &*route << " this " << static_cast<const void *>(route);
  spdlog::info("route {} params {}", fmt::ptr(route), fmt::ptr(params));
  std::printf("%p\n", (void *)buffer);
}

// Idioms that write no value.
void idioms(std::ifstream &file, std::ostream &out, app::Color c) {
  out << file.rdbuf();
  std::stringstream ss;
  ss << "x";
  std::cout << ss.rdbuf() << '\n';
  rapidjson::Document d;
  d.SetObject();
  auto &alloc = d.GetAllocator();
  d.AddMember("items", rapidjson::kArrayType, alloc);
  d.AddMember("meta", rapidjson::kObjectType, alloc);
  rapidjson::Value list(rapidjson::kArrayType);
  list.PushBack(rapidjson::kNullType, alloc);
  list.PushBack(rapidjson::kObjectType, alloc);
  // A project enum is still a number in the document.
  list.PushBack(c, alloc);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: enum 'app::Color' is written to a RapidJSON value as its integer value
  using Streamed = decltype(std::cout << c);
  (void)sizeof(LOG(INFO) << c);
}

// Doors that stay closed: a sensitive type with its own inserter, and a
// class that fmt writes through its implicit string_view conversion.
void doors(const app::ApiToken &token, const app::Peer &peer) {
  LOG(INFO) << "token " << token;
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: sensitive type 'app::ApiToken' is written to an output stream unredacted; pass it through a safe-serialization wrapper [wire-object-serialization]
  std::cout << token << '\n';
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: sensitive type 'app::ApiToken' is written to an output stream unredacted
  spdlog::info("token {}", fmt::streamed(token));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: sensitive type 'app::ApiToken' is written to spdlog unredacted
  fmt::print("peer {}\n", peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'app::Peer' is written to fmt as 'std::string_view' (aka 'basic_string_view<char>') through its implicit conversion operator
  spdlog::info("peer {}", peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'app::Peer' is written to spdlog as 'std::string_view'
  spdlog::info("peer {}", static_cast<std::string_view>(peer));
  std::cout << token.secret.size() << '\n';
}
