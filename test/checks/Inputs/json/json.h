// Hermetic stand-in for jsoncpp's <json/json.h>: Json::Value with the
// members a message producer and consumer use.
#pragma once
#include <string>

namespace Json {
enum ValueType { nullValue, intValue, stringValue, objectValue };
class Value {
public:
  Value(ValueType t = nullValue) {}
  Value(int v) {}
  Value(const char *v) {}
  Value(const std::string &v) {}
  Value &operator[](const char *key) { return *this; }
  Value &operator[](const std::string &key) { return *this; }
  const Value &operator[](const char *key) const { return *this; }
  const Value &operator[](const std::string &key) const { return *this; }
  Value &operator[](int index) { return *this; }
  Value get(const char *key, const Value &def) const { return def; }
  bool isMember(const char *key) const { return false; }
  bool isMember(const std::string &key) const { return false; }
  std::string asString() const { return {}; }
  int asInt() const { return 0; }
  std::string toStyledString() const { return {}; }
  bool operator==(const Value &other) const { return false; }
};
class StreamWriterBuilder {};
inline std::string writeString(const StreamWriterBuilder &, const Value &) {
  return {};
}
} // namespace Json
