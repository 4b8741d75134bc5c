// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t -- -- -isystem /usr/include/jsoncpp

// wire-message-contract against Debian's real jsoncpp headers.

#include <json/json.h>
#include <string>

void send(const std::string &text);

void publish(int id) {
  Json::Value v(Json::objectValue);
  v["op"] = "subscribe";
  v["channel"] = "trades";
  v["id"] = id;
  Json::StreamWriterBuilder builder;
  send(Json::writeString(builder, v));
}

void onJson(const Json::Value &msg) {
  if (msg["op"].asString() == "subscrib") {
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: message op 'subscrib' is handled but no producer emits it; did you mean 'subscribe'? [wire-message-contract]
    // CHECK-FIXES: if (msg["op"].asString() == "subscribe") {
  }
  if (msg["op"] == "subscribe") {
    std::string channel = msg["chanel"].asString();
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: field 'chanel' is read from message 'subscribe' but no producer of it writes it; did you mean 'channel'? [wire-message-contract]
    if (msg.isMember("id") && msg.isMember("ids")) {
      // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: field 'ids' is read from message 'subscribe' but no producer of it writes it; did you mean 'id'? [wire-message-contract]
    }
    Json::Value fallback = msg.get("channel", "none");
    (void)fallback;
  }
}
