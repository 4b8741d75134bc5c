// Server pairing on the real Debian cpprestsdk headers (libcpprest-dev):
// a client is judged against the listener on its port; a client of another
// port or of a remote host against none.
// RUN: %check_clang_tidy -std=c++17 %s wire-route-mismatch %t

#include <cpprest/http_client.h>
#include <cpprest/http_listener.h>

using namespace web::http;
using web::http::client::http_client;
using web::http::experimental::listener::http_listener;

void listenerTest() {
  http_listener first(U("http://localhost:34568/first"));
  first.support(methods::PUT, [](http_request) {});
  http_listener second(U("http://localhost:34569/second"));
  second.support(methods::GET, [](http_request) {});

  http_client client(U("http://localhost:34568/"));
  client.request(methods::PUT, U("/first/item"));
  client.request(methods::GET, U("/second"));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: no registered route matches 'GET /second'
  http_client other(U("http://localhost:40000/"));
  other.request(methods::GET, U("/elsewhere"));
  http_client google(U("https://www.google.com/"));
  google.request(methods::GET, U("/"));
}
