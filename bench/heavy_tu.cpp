// A heavy translation unit for bench/overhead.sh: nlohmann::json, spdlog
// (header-only, with fmt) and cpp-httplib, and a service-sized amount of code
// that builds JSON and logs. bench/overhead.sh compiles it twice: with the
// libraries as system headers (/usr/include) and vendored (copied under
// build/ and included with -I, so their code is analysed as project code).
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace bench {

enum Phase { kIdle, kRunning, kStopping };
enum class Priority { Low, Normal, High };
NLOHMANN_JSON_SERIALIZE_ENUM(Priority, {{Priority::Low, "low"},
                                        {Priority::Normal, "normal"},
                                        {Priority::High, "high"}})
std::string_view to_string(Phase phase);

struct Job {
  std::string id;
  Phase phase = kIdle;
  Priority priority = Priority::Normal;
  std::vector<std::string> tags;
  std::map<std::string, double> metrics;
  std::optional<std::string> owner;
};

template <typename... Args>
void log_job(fmt::format_string<Args...> format, Args &&...args) {
  spdlog::info("[job] {}", fmt::format(format, std::forward<Args>(args)...));
}

nlohmann::json to_wire(const Job &job) {
  nlohmann::json out = {
      {"id", job.id},
      {"phase", to_string(job.phase)},
      {"priority", job.priority},
      {"tags", job.tags},
      {"metrics", job.metrics},
  };
  if (job.owner)
    out["owner"] = *job.owner;
  return out;
}

nlohmann::json summarize(const std::vector<Job> &jobs) {
  nlohmann::json list = nlohmann::json::array();
  std::map<std::string, int> per_phase;
  for (const Job &job : jobs) {
    list.push_back(to_wire(job));
    ++per_phase[std::string(to_string(job.phase))];
    log_job("job {} phase {} priority {}", job.id, to_string(job.phase),
            static_cast<int>(job.priority));
  }
  return {{"jobs", list}, {"per_phase", per_phase}, {"count", jobs.size()}};
}

void report_bad(const Job &job) {
  spdlog::warn("job {} in phase {}", job.id, job.phase);
  nlohmann::json error = {{"type", "error"}, {"phase", job.phase}};
  spdlog::error("{}", error.dump());
}

void serve(httplib::Server &server, std::vector<Job> &jobs) {
  server.Get("/jobs", [&jobs](const httplib::Request &, httplib::Response &res) {
    res.set_content(summarize(jobs).dump(2), "application/json");
  });
  server.Post("/jobs", [&jobs](const httplib::Request &req,
                               httplib::Response &res) {
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.contains("id")) {
      res.status = 400;
      res.set_content(R"({"error":"bad request"})", "application/json");
      return;
    }
    Job job;
    job.id = body["id"].get<std::string>();
    job.priority = body.value("priority", Priority::Normal);
    job.tags = body.value("tags", std::vector<std::string>{});
    jobs.push_back(job);
    log_job("created {} with tags {}", job.id, fmt::join(job.tags, ","));
    res.set_content(to_wire(job).dump(), "application/json");
  });
  server.Delete(R"(/jobs/(\w+))", [&jobs](const httplib::Request &req,
                                          httplib::Response &res) {
    const std::string id = req.matches[1].str();
    for (Job &job : jobs) {
      if (job.id != id)
        continue;
      if (job.phase == kRunning)
        report_bad(job);
      job.phase = kStopping;
      auto started = std::chrono::steady_clock::now();
      spdlog::info("stopping {} after {} ms", id,
                   std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now() - started)
                       .count());
      res.set_content(to_wire(job).dump(), "application/json");
      return;
    }
    res.status = 404;
  });
}

} // namespace bench
