// jsoncpp and RapidJSON producers and consumers (hermetic stubs).
// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t

#include <json/json.h>
#include <rapidjson/document.h>
#include <string>

void send(const std::string &text);

// ---- jsoncpp: messages under "op" ----
void publish(int id) {
  Json::Value v(Json::objectValue);
  v["op"] = "subscribe";
  v["channel"] = "trades";
  v["id"] = id;
  send(Json::writeString(Json::StreamWriterBuilder(), v));
}

void onJson(const Json::Value &msg) {
  if (msg["op"].asString() == "subscribe") {
    std::string channel = msg["chanel"].asString();
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: field 'chanel' is read from message 'subscribe' but no producer of it writes it; did you mean 'channel'? [wire-message-contract]
    if (msg.isMember("id")) {
    }
  } else if (msg["op"].asString() == "unsubscribe") {
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: message op 'unsubscribe' is handled but no producer emits it; did you mean 'subscribe'? [wire-message-contract]
    // CHECK-FIXES: } else if (msg["op"].asString() == "subscribe") {
  }
}

// ---- RapidJSON: messages under "event" ----
std::string heartbeat(int seq) {
  rapidjson::Document d;
  d.SetObject();
  d.AddMember("event", "heartbeat", d.GetAllocator());
  d.AddMember("seq", seq, d.GetAllocator());
  struct Writer {} w;
  d.Accept(w);
  return "";
}

void onRapid(const rapidjson::Document &d) {
  if (d["event"] == "heartbeet") {
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: message event 'heartbeet' is handled but no producer emits it; did you mean 'heartbeat'? [wire-message-contract]
    // CHECK-FIXES: if (d["event"] == "heartbeat") {
  }
  if (std::string(d["event"].GetString()) == "heartbeat") {
    if (d.HasMember("seq") && d.FindMember("sequence") != d.MemberEnd()) {
      // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: field 'sequence' is read from message 'heartbeat' but no producer of it writes it [wire-message-contract]
    }
    int seq = d["seq"].GetInt();
    (void)seq;
  }
}
