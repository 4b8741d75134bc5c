#include <nlohmann/json.hpp>
#include <string>

// Unrelated edits: a comment and a helper above the old findings.
static int helper(int X) { return X + 1; }

enum class State { Open, Closed };
std::string to_string(State S);

struct Session {
  nlohmann::json close(State S) {
    int Unused = helper(1);
    (void)Unused;
    return nlohmann::json(S);
  }
};

nlohmann::json report(State S) { return nlohmann::json(S); }

nlohmann::json audit(State S) { return nlohmann::json(S); }
