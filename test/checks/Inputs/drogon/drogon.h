// Hermetic stand-in for Drogon (drogon/drogon.h): the public shapes of
// route registration: HttpSimpleController's PATH_ADD, HttpController's
// METHOD_ADD / ADD_METHOD_TO, WebSocketController's WS_PATH_ADD and
// app().registerHandler.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace drogon {
enum HttpMethod { Get = 0, Post, Head, Put, Delete, Options, Patch, Invalid };
class HttpRequest {};
class HttpResponse {};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class WebSocketConnection {};
using WebSocketConnectionPtr = std::shared_ptr<WebSocketConnection>;

namespace internal {
struct HttpConstraint {
  HttpConstraint(HttpMethod) {}
  HttpConstraint(const std::string &) {}
  HttpConstraint(const char *) {}
};
} // namespace internal

template <typename T, bool AutoCreation = true> class HttpSimpleController {
protected:
  static void
  registerSelf__(const std::string &path,
                 const std::vector<internal::HttpConstraint> &constraints) {}
};

template <typename T, bool AutoCreation = true> class HttpController {
protected:
  template <typename FUNCTION>
  static void registerMethod(
      FUNCTION &&function, const std::string &pattern,
      const std::vector<internal::HttpConstraint> &filtersAndMethods =
          std::vector<internal::HttpConstraint>{},
      bool classPrefix = true, const std::string &handlerName = "") {}
};

template <typename T, bool AutoCreation = true> class WebSocketController {
protected:
  static void
  registerSelf__(const std::string &path,
                 const std::vector<internal::HttpConstraint> &constraints) {}
};

class HttpAppFramework {
public:
  template <typename FUNCTION>
  HttpAppFramework &
  registerHandler(const std::string &pathPattern, FUNCTION &&function,
                  const std::vector<internal::HttpConstraint> &constraints =
                      std::vector<internal::HttpConstraint>{},
                  const std::string &handlerName = "") {
    return *this;
  }
  void run() {}
};
inline HttpAppFramework &app() {
  static HttpAppFramework App;
  return App;
}
} // namespace drogon

#define PATH_LIST_BEGIN static void initPathRouting() {
#define PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__});
#define PATH_LIST_END }
#define METHOD_LIST_BEGIN static void initPathRouting() {
#define METHOD_ADD(method, pattern, ...)                                       \
  registerMethod(&method, pattern, {__VA_ARGS__}, true, #method)
#define ADD_METHOD_TO(method, path_pattern, ...)                               \
  registerMethod(&method, path_pattern, {__VA_ARGS__}, false, #method)
#define METHOD_LIST_END }
#define WS_PATH_LIST_BEGIN static void initPathRouting() {
#define WS_PATH_ADD(path, ...) registerSelf__(path, {__VA_ARGS__});
#define WS_PATH_LIST_END }
