// Debian's RapidJSON 1.1.0 does not compile under clang >= 19 without
// -fdelayed-template-parsing (an ill-formed GenericStringRef::operator=).
// RUN: %check_clang_tidy %s wire-enum-serialization %t -- -- -fdelayed-template-parsing -isystem /usr/include/jsoncpp

#include <json/json.h>
#include <rapidjson/document.h>

enum Color { Red, Green };
enum class Mode { Fast, Safe };

void rapid(Color c) {
  rapidjson::Document d;
  d.SetObject();
  rapidjson::Value v(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: enum 'Color' is written to a RapidJSON value as its integer value; convert it to a string or pass it through a safe-serialization wrapper [wire-enum-serialization]
  d.AddMember("color", c, d.GetAllocator());
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: enum 'Color' is written to a RapidJSON value
  rapidjson::Value arr(rapidjson::kArrayType);
  arr.PushBack(c, d.GetAllocator());
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: enum 'Color' is written to a RapidJSON value
  v.SetInt(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: enum 'Color' is written to a RapidJSON value
  // Not flagged: the library's own Type enum, explicit casts.
  rapidjson::Value obj(rapidjson::kObjectType);
  v.SetInt(static_cast<int>(c));
}

void jsoncpp(Color c, Mode m) {
  Json::Value root;
  root["color"] = c;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: enum 'Color' is written to Json::Value as its integer value
  Json::Value v(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: enum 'Color' is written to Json::Value
  root["modes"].append(static_cast<int>(m));
  Json::Value list(Json::arrayValue);
  list.append(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: enum 'Color' is written to Json::Value
  Json::Value name("green");
}
