// Debian's RapidJSON 1.1.0 does not compile under clang >= 19 without
// -fdelayed-template-parsing (an ill-formed GenericStringRef::operator=).
// RUN: %check_clang_tidy -compile-fixed %s wire-message-contract %t -- -- -fdelayed-template-parsing

// wire-message-contract against Debian's real RapidJSON headers.

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <cstring>
#include <string>

void send(const std::string &text);

void heartbeat(int seq) {
  rapidjson::Document d;
  d.SetObject();
  d.AddMember("event", "heartbeat", d.GetAllocator());
  d.AddMember("seq", seq, d.GetAllocator());
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  d.Accept(writer);
  send(buffer.GetString());
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
