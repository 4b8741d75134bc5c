// Clients on their real Debian headers: libcurl (CURLOPT_URL), Boost.Beast
// (request target) and websocketpp (client URIs), against routes of a
// hand-written Beast dispatch table named in RouteRegistrars.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t \
// RUN:   -config="{CheckOptions: {wire-route-mismatch.RouteRegistrars: 'svc::Dispatch::add:1:0'}}"

#include <boost/beast/http.hpp>
#include <curl/curl.h>
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>
#include <functional>
#include <string>

namespace http = boost::beast::http;

namespace svc {
// A Boost.Beast server's own router: (verb, target) -> handler.
struct Dispatch {
  void add(http::verb v, const std::string &target,
           std::function<void()> handler) {}
};
} // namespace svc

void routes(svc::Dispatch &d) {
  d.add(http::verb::post, "/api/agents/stop", [] {});
  d.add(http::verb::get, "/api/agents", [] {});
  d.add(http::verb::get, "/ws/chat", [] {});
  // Every verb is its method, `delete_` and the WebDAV ones included.
  d.add(http::verb::delete_, "/api/runs/:id", [] {});
  d.add(http::verb::patch, "/api/runs/:id", [] {});
  d.add(http::verb::options, "/api/agents", [] {});
  d.add(http::verb::propfind, "/dav/files", [] {});
}

void curlClient() {
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "http://localhost:8080/api/agent/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: no registered route matches 'POST /api/agent/stop'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  // CHECK-FIXES:  curl_easy_setopt(h, CURLOPT_URL, "http://localhost:8080/api/agents/stop");
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, "{}");
  curl_easy_perform(h);

  CURL *g = curl_easy_init();
  curl_easy_setopt(g, CURLOPT_URL, "http://localhost:8080/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: '/api/agents/stop' is registered for POST, not GET [wire-route-mismatch]

  CURL *d = curl_easy_init();
  curl_easy_setopt(d, CURLOPT_URL, "http://localhost:8080/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: '/api/agents/stop' is registered for POST, not DELETE [wire-route-mismatch]
  curl_easy_setopt(d, CURLOPT_POST, 1L);
  curl_easy_setopt(d, CURLOPT_CUSTOMREQUEST, "DELETE");

  // Served.
  CURL *ok = curl_easy_init();
  curl_easy_setopt(ok, CURLOPT_URL, "http://localhost:8080/api/agents?x=1");
}

void beastClient() {
  http::request<http::string_body> req{http::verb::post, "/api/agents/stopp",
                                       11};
  // CHECK-MESSAGES: :[[@LINE-2]]:58: warning: no registered route matches 'POST /api/agents/stopp'; did you mean '/api/agents/stop'? [wire-route-mismatch]
  http::request<http::string_body> get;
  get.method(http::verb::get);
  get.target("/api/agents/stop");
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: '/api/agents/stop' is registered for POST, not GET [wire-route-mismatch]

  http::request<http::string_body> put{http::verb::put, "/api/runs/7", 11};
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: '/api/runs/7' is registered for DELETE, PATCH, not PUT [wire-route-mismatch]
  http::request<http::string_body> mkcol{http::verb::mkcol, "/dav/files",
                                         11};
  // CHECK-MESSAGES: :[[@LINE-2]]:61: warning: '/dav/files' is registered for PROPFIND, not MKCOL [wire-route-mismatch]
  http::request<http::string_body> rm;
  rm.method(http::verb::delete_);
  rm.target("/api/agents");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: '/api/agents' is registered for GET, OPTIONS, not DELETE [wire-route-mismatch]

  // Served.
  http::request<http::string_body> ok{http::verb::get, "/api/agents", 11};
  get.target("/api/agents");
  http::request<http::string_body> del{http::verb::delete_, "/api/runs/7",
                                       11};
  http::request<http::string_body> patch{http::verb::patch, "/api/runs/7",
                                         11};
  http::request<http::string_body> opt{http::verb::options, "/api/agents", 11};
  http::request<http::string_body> head{http::verb::head, "/api/agents", 11};
  http::request<http::string_body> dav{http::verb::propfind, "/dav/files", 11};
}

void wsClient() {
  websocketpp::client<websocketpp::config::asio_client> c;
  websocketpp::lib::error_code ec;
  c.get_connection("ws://localhost:8080/ws/chatt", ec);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: no registered route matches 'GET /ws/chatt'; did you mean '/ws/chat'? [wire-route-mismatch]
  // CHECK-FIXES:  c.get_connection("ws://localhost:8080/ws/chat", ec);
  c.get_connection("ws://localhost:8080/ws/chat", ec);
}
