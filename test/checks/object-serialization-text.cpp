// RUN: %check_clang_tidy %s wire-object-serialization %t

// Text conversions. A string class (it has c_str(), or data() with size()
// or length(), or derives from one) converted to text writes its own text:
// not a finding. A class that is not a string and converts implicitly to
// std::string_view is written through that conversion by fmt and spdlog
// when it has no formatter: reported like every implicit conversion.

#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

class String {
public:
  const char *c_str() const { return text; }
  operator const char *() const { return text; }

private:
  const char *text = "";
};
struct Path : String {};
class Ref {
public:
  const char *data() const { return p; }
  std::size_t size() const { return n; }
  operator std::string_view() const { return {p, n}; }
  operator std::string() const { return {p, n}; }

private:
  const char *p = "";
  std::size_t n = 0;
};

struct Peer {
  operator std::string_view() const { return "peer"; }
};
struct Host {
  explicit operator std::string_view() const { return "host"; }
};
struct Label {
  operator std::string_view() const { return "label"; }
};
template <> struct fmt::formatter<Label> {};

void strings(const String &s, const Path &p, const Ref &r) {
  std::cout << s << ' ' << p << '\n';
  fmt::print("{} {}", r, s);
  spdlog::info("{}", r);
  std::string copy = r;
  std::cout << copy;
}

void views(const Peer &peer, const Host &host, const Label &label) {
  fmt::print("peer {}", peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'Peer' is written to fmt as 'std::string_view' (aka 'basic_string_view<char>') through its implicit conversion operator; give it a serializer or pass it through a safe-serialization wrapper [wire-object-serialization]
  spdlog::info("{}", peer);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'Peer' is written to spdlog as 'std::string_view'
  // An explicit conversion, or a formatter of its own, says what is written.
  fmt::print("{}", static_cast<std::string_view>(host));
  fmt::print("{}", static_cast<std::string_view>(peer));
  fmt::print("{}", label);
}

// The member `operator<<(const void *)` called explicitly writes a C
// string's address (OSVR-Core's StreamProxy did `os_->operator<<(msg)`,
// fixed upstream in cc2a697): `<<` as an operator writes its text.
#include <memory>
#include <sstream>
struct StreamProxy {
  explicit StreamProxy(const char *msg) : os_(new std::ostringstream) {
    os_->operator<<(msg);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: C string is written to {{.*}} as an address: the member 'operator<<(const void *)' is called explicitly; write it with '<<' as an operator to write its text [wire-object-serialization]
    *os_ << msg;
    os_->operator<<(static_cast<const void *>(msg));
    const void *p = msg;
    os_->operator<<(p);
    os_->operator<<(42);
  }
  std::unique_ptr<std::ostringstream> os_;
};
