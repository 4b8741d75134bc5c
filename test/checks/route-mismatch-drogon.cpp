// RUN: %check_clang_tidy %s wire-route-mismatch %t

#include <drogon/drogon.h>
#include <httplib.h>

using namespace drogon;

class AgentCtrl : public drogon::HttpSimpleController<AgentCtrl> {
public:
  PATH_LIST_BEGIN
  PATH_ADD("/api/agents/stop", Post, "LoginFilter");
  PATH_ADD("/api/agents/list");
  PATH_LIST_END
};

namespace api {
namespace v1 {
class User : public drogon::HttpController<User> {
public:
  METHOD_LIST_BEGIN
  METHOD_ADD(User::getInfo, "/{id}", Get);
  ADD_METHOD_TO(User::login, "/api/login?user={1}", Post);
  METHOD_LIST_END
  void getInfo(const HttpRequestPtr &, std::string id) {}
  void login(const HttpRequestPtr &, std::string user) {}
};
} // namespace v1
} // namespace api

class Chat : public drogon::WebSocketController<Chat> {
public:
  WS_PATH_LIST_BEGIN
  WS_PATH_ADD("/ws/chat");
  WS_PATH_LIST_END
};

void handlers() {
  app().registerHandler("/api/threads/{id:int}/messages",
                        [](const HttpRequestPtr &) {}, {Get, Head});
}

void client(httplib::Client &cli) {
  cli.Post("/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  cli.Post("/api/agents/stop");
  cli.Get("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/agents/stop' is registered for POST, not GET
  cli.Get("/api/login");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: '/api/login' is registered for POST, not GET
  cli.Delete("/api/threads/x/messages");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: no registered route matches 'DELETE /api/threads/x/messages'
  cli.Get("/api/v2/User/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: no registered route matches 'GET /api/v2/User/42'; did you mean '/api/v1/User/42'?
  // CHECK-FIXES:  cli.Get("/api/v1/User/42");

  // Served: Drogon matches paths ignoring case, PATH_ADD without methods
  // serves every method, METHOD_ADD paths start with the class name.
  cli.Post("/api/agents/stop");
  cli.Delete("/api/agents/list");
  cli.Get("/api/v1/User/42");
  cli.Get("/API/V1/USER/42");
  cli.Post("/api/login?user=bob");
  cli.Get("/ws/chat");
  cli.Get("/api/threads/3/messages");
  cli.Head("/api/threads/3/messages");
}
