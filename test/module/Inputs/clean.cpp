#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>

enum class Color { Red, Green };
std::string to_string(Color C);

nlohmann::json colorJson(Color C) { return nlohmann::json(to_string(C)); }
