// The consumer alone: the producers come from the project manifest
// (MessageManifest; the file wirecheck-index writes, routes and messages in
// one). Without it nothing is known of the producing side: silent.
// RUN: %check_clang_tidy -check-suffixes=SILENT %s wire-message-contract %t
// RUN: %check_clang_tidy -check-suffixes=EXT -compile-fixed %s wire-message-contract %t \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageManifest: '%S/Inputs/messages/manifest.json'}}"
// RUN: %check_clang_tidy -check-suffixes=NOTES %s wire-message-contract %t \
// RUN:   -config="{CheckOptions: {wire-message-contract.MessageManifest: '%S/Inputs/messages/manifest.json'}}"

#include <nlohmann/json.hpp>

void onMessage(const nlohmann::json &msg) {
  if (msg["type"] == "agent_start") {
    // CHECK-MESSAGES-EXT: :[[@LINE-1]]:22: warning: message type 'agent_start' is handled but no producer emits it; did you mean 'agent_started'? [wire-message-contract]
    // CHECK-FIXES-EXT: if (msg["type"] == "agent_started") {
    // CHECK-NOTES-NOTES: :[[@LINE-3]]:22: warning: message type 'agent_start'
    // CHECK-NOTES-NOTES: :[[@LINE-4]]:22: note: FIX-IT applied suggested code changes
    // CHECK-NOTES-NOTES: :[[@LINE-5]]:22: note: message 'agent_started' is produced here (server.cpp:10)
    (void)msg.at("run_id");
  }
  if (msg["type"] == "agent_started") {
    (void)msg.at("runid");
    // CHECK-MESSAGES-EXT: :[[@LINE-1]]:18: warning: field 'runid' is read from message 'agent_started' but no producer of it writes it; did you mean 'run_id'? [wire-message-contract]
    // CHECK-NOTES-NOTES: :[[@LINE-2]]:18: warning: field 'runid'
    // CHECK-NOTES-NOTES: :[[@LINE-3]]:18: note: message 'agent_started' is produced here (server.cpp:10)
  }
  // The producer's field list is open: any field may be written.
  if (msg["type"] == "agent_stopped")
    (void)msg.at("anything");
}
