// Debian's RapidJSON 1.1.0 needs -fdelayed-template-parsing under clang 22.
// RUN: %check_clang_tidy %s wire-unwrapped-payload %t -config="{CheckOptions: {wire-unwrapped-payload.PayloadSinks: 'Transport::write:1', wire-unwrapped-payload.RequiredWrapper: 'serialize_message_safely;serialize_into'}}" -- -- -fdelayed-template-parsing -isystem /usr/include/jsoncpp

// wire-unwrapped-payload with documents built by RapidJSON and jsoncpp, and
// glog: a payload written by a library writer is not wrapper output.

#include <glog/logging.h>
#include <json/json.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <string>

std::string serialize_message_safely(const Json::Value &message);
void serialize_into(const rapidjson::Document &doc, std::string &out);

struct Transport {
  void write(int channel, const std::string &payload);
};

void jsoncppPayloads(Transport &t, const Json::Value &root, bool compact) {
  t.write(0, serialize_message_safely(root));
  Json::StreamWriterBuilder builder;
  std::string raw = Json::writeString(builder, root);
  t.write(1, compact ? serialize_message_safely(root) : raw);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: payload sent to 'Transport::write' does not go through 'serialize_message_safely' or 'serialize_into' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: this initialization does not go through 'serialize_message_safely' or 'serialize_into'
  LOG(INFO) << "sent " << raw.size() << " bytes";
}

void rapidjsonPayloads(Transport &t, const rapidjson::Document &doc) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  doc.Accept(writer);
  t.write(2, buffer.GetString());
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: payload sent to 'Transport::write' does not go through 'serialize_message_safely' or 'serialize_into' [wire-unwrapped-payload]
  std::string out;
  serialize_into(doc, out);
  t.write(3, out);
  std::string copy = out;
  copy.append("\n");
  t.write(4, copy);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: payload sent to 'Transport::write' does not go through 'serialize_message_safely' or 'serialize_into' on every path [wire-unwrapped-payload]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: 'copy' is modified here, after or without 'serialize_message_safely' or 'serialize_into'
}
