// Hermetic stand-in for Crow (crow.h): the public shapes of route
// registration. CROW_ROUTE expands to `app.template route<tag>(url)`, rules
// take `.methods(...)` with crow::HTTPMethod values or "POST"_method.
#pragma once
#include <cstdint>
#include <cstddef>
#include <string>
#include <type_traits>

namespace crow {
enum class HTTPMethod : char {
  Delete = 0, Get, Head, Post, Put, Connect, Options, Trace, Patch,
  DELETE = 0, GET, HEAD, POST, PUT, CONNECT, OPTIONS, TRACE, PATCH,
};
struct request {};
struct response {
  response() = default;
  response(int) {}
  response(std::string) {}
};
namespace black_magic {
constexpr uint64_t get_parameter_tag(const char *) { return 0; }
} // namespace black_magic

template <typename T> struct RuleParameterTraits {
  using self_t = T;
  self_t &methods(HTTPMethod) { return static_cast<self_t &>(*this); }
  template <typename... MethodArgs>
  self_t &methods(HTTPMethod, MethodArgs...) {
    return static_cast<self_t &>(*this);
  }
  template <typename App> self_t &websocket(App *) {
    return static_cast<self_t &>(*this);
  }
  self_t &name(std::string) { return static_cast<self_t &>(*this); }
};

class BaseRule {};
class TaggedRule : public BaseRule, public RuleParameterTraits<TaggedRule> {
public:
  template <typename Func> void operator()(Func &&) {}
  template <typename Func> TaggedRule &onopen(Func &&) { return *this; }
};
class DynamicRule : public BaseRule, public RuleParameterTraits<DynamicRule> {
public:
  template <typename Func> void operator()(Func &&) {}
};

template <typename... Middlewares> class Crow {
public:
  template <uint64_t Tag> TaggedRule &route(const std::string &rule) {
    return Rule;
  }
  DynamicRule &route_dynamic(const std::string &rule) { return Dynamic; }
  Crow &port(int) { return *this; }
  void run() {}

private:
  TaggedRule Rule;
  DynamicRule Dynamic;
};
using SimpleApp = Crow<>;

class Blueprint {
public:
  Blueprint(const std::string &prefix) {}
  template <uint64_t Tag> TaggedRule &new_rule_tagged(const std::string &) {
    return Rule;
  }

private:
  TaggedRule Rule;
};
} // namespace crow

constexpr crow::HTTPMethod operator""_method(const char *str, std::size_t) {
  return str[0] == 'P' && str[1] == 'O' ? crow::HTTPMethod::Post
         : str[0] == 'P' && str[1] == 'U' ? crow::HTTPMethod::Put
         : str[0] == 'D'                  ? crow::HTTPMethod::Delete
                                          : crow::HTTPMethod::Get;
}

#define CROW_ROUTE(app, url)                                                   \
  app.template route<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_BP_ROUTE(blueprint, url)                                          \
  blueprint.new_rule_tagged<crow::black_magic::get_parameter_tag(url)>(url)
#define CROW_WEBSOCKET_ROUTE(app, url)                                         \
  app.route<crow::black_magic::get_parameter_tag(url)>(url)                    \
      .websocket<std::remove_reference<decltype(app)>::type>(&app)
