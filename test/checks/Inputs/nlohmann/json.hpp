// Hermetic stand-in for nlohmann/json.hpp: the same shapes (inline ABI
// namespace, converting template constructor, json_ref brace lists,
// adl_serializer, NLOHMANN_JSON_SERIALIZE_ENUM) without the library.
#pragma once
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace nlohmann {
inline namespace json_abi_v3_11_2 {
template <typename T, typename = void> struct adl_serializer {
  template <typename J, typename U> static void to_json(J &j, U &&v) {
    to_json_impl(j, std::forward<U>(v));
  }
  template <typename J, typename U> static void to_json_impl(J &, U &&) {}
};

template <typename ObjectTag = void> class basic_json;

namespace detail {
enum class value_t : unsigned char { null, object, array, string, number };

template <typename BasicJsonType> class json_ref {
public:
  json_ref(BasicJsonType &&value) : owned(std::move(value)) {}
  json_ref(const BasicJsonType &value) : owned(value) {}
  json_ref(std::initializer_list<json_ref> init) : owned(init) {}
  template <class... Args> json_ref(Args &&...args)
      : owned(std::forward<Args>(args)...) {}

private:
  BasicJsonType owned;
};
} // namespace detail

template <typename ObjectTag> class basic_json {
public:
  using value_t = detail::value_t;
  using initializer_list_t =
      std::initializer_list<detail::json_ref<basic_json>>;
  basic_json() = default;
  basic_json(std::nullptr_t) {}
  basic_json(const value_t v) : type(v) {}
  basic_json(const basic_json &) = default;
  basic_json(basic_json &&) = default;
  template <typename CompatibleType> basic_json(CompatibleType &&val) {
    adl_serializer<CompatibleType>::to_json(*this,
                                            std::forward<CompatibleType>(val));
  }
  basic_json(initializer_list_t init) {}
  basic_json &operator=(basic_json other) { return *this; }
  basic_json &operator[](const char *key) { return *this; }
  void push_back(basic_json &&val) {}
  void push_back(initializer_list_t init) {}
  template <class... Args> basic_json &emplace_back(Args &&...args) {
    return *this;
  }
  template <class... Args> void emplace(Args &&...args) {}
  void insert(const basic_json *pos, const basic_json &val) {}
  static basic_json array(initializer_list_t init = {}) { return {}; }
  static basic_json object(initializer_list_t init = {}) { return {}; }
  std::string dump() const { return {}; }
  // Reading (wire-message-contract).
  const basic_json &operator[](const char *key) const { return *this; }
  basic_json &at(const std::string &key) { return *this; }
  const basic_json &at(const std::string &key) const { return *this; }
  template <class T> T value(const std::string &key, T def) const {
    return def;
  }
  std::string value(const std::string &key, const char *def) const {
    return def;
  }
  bool contains(const std::string &key) const { return false; }
  const basic_json *find(const std::string &key) const { return this; }
  const basic_json *end() const { return this; }
  const basic_json *begin() const { return this; }
  template <class T> T get() const { return T(); }
  template <class T> T &get_to(T &v) const { return v; }
  const basic_json &items() const { return *this; }
  void update(const basic_json &other) {}
  static basic_json parse(const std::string &text) { return {}; }
  friend bool operator==(const basic_json &, const char *) { return false; }
  friend bool operator==(const basic_json &, const std::string &) {
    return false;
  }
  friend bool operator!=(const basic_json &, const char *) { return true; }

private:
  value_t type = value_t::null;
};

using json = basic_json<>;
} // namespace json_abi_v3_11_2
} // namespace nlohmann

#define NLOHMANN_JSON_SERIALIZE_ENUM(ENUM_TYPE, ...)                           \
  template <typename BasicJsonType>                                            \
  inline void to_json(BasicJsonType &j, const ENUM_TYPE &e) {}                 \
  template <typename BasicJsonType>                                            \
  inline void from_json(const BasicJsonType &j, ENUM_TYPE &e) {}

// NLOHMANN_DEFINE_TYPE_* for one or two fields, shaped like the real ones:
// to_json writes `j["field"] = t.field` through nested paste macros.
#define NLOHMANN_JSON_TO(v1) nlohmann_json_j[#v1] = nlohmann_json_t.v1;
#define NLOHMANN_JSON_FROM(v1)                                                 \
  nlohmann_json_j.at(#v1).get_to(nlohmann_json_t.v1);
#define NLOHMANN_JSON_PASTE2(func, v1) func(v1)
#define NLOHMANN_JSON_PASTE3(func, v1, v2)                                     \
  NLOHMANN_JSON_PASTE2(func, v1) NLOHMANN_JSON_PASTE2(func, v2)
#define NLOHMANN_JSON_GET_MACRO(_1, _2, _3, NAME, ...) NAME
#define NLOHMANN_JSON_PASTE(...)                                               \
  NLOHMANN_JSON_GET_MACRO(__VA_ARGS__, NLOHMANN_JSON_PASTE3,                   \
                          NLOHMANN_JSON_PASTE2, NLOHMANN_JSON_PASTE1)          \
  (__VA_ARGS__)
#define NLOHMANN_DEFINE_TYPE_INTRUSIVE(Type, ...)                              \
  friend void to_json(nlohmann::json &nlohmann_json_j,                         \
                      const Type &nlohmann_json_t) {                           \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_TO, __VA_ARGS__)                         \
  }
#define NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Type, ...)                          \
  inline void to_json(nlohmann::json &nlohmann_json_j,                         \
                      const Type &nlohmann_json_t) {                           \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_TO, __VA_ARGS__)                         \
  }                                                                            \
  inline void from_json(const nlohmann::json &nlohmann_json_j,                 \
                        Type &nlohmann_json_t) {                               \
    NLOHMANN_JSON_PASTE(NLOHMANN_JSON_FROM, __VA_ARGS__)                       \
  }
