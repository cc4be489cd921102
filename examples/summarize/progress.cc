// The --jsonl progress line (see progress.h).
#include "progress.h"

#include <cstdio>

namespace summarize::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsBetween(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double>(to - from).count();
}

// `seconds` as "M:SS" (or "H:MM:SS" from one hour on).
std::string Duration(double seconds) {
  const auto total = static_cast<std::uint64_t>(seconds + 0.5);
  char text[48];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%llu:%02u:%02u",
                  static_cast<unsigned long long>(total / 3600),
                  static_cast<unsigned>(total / 60 % 60),
                  static_cast<unsigned>(total % 60));
  } else {
    std::snprintf(text, sizeof text, "%u:%02u",
                  static_cast<unsigned>(total / 60),
                  static_cast<unsigned>(total % 60));
  }
  return text;
}

}  // namespace

Progress::Progress(std::ostream& out, std::optional<std::uint64_t> total_bytes)
    : out_(out),
      total_bytes_(total_bytes),
      start_(Clock::now()),
      last_draw_(start_) {}

std::string Progress::Line(std::size_t documents, std::uint64_t bytes,
                           double seconds,
                           std::optional<std::uint64_t> total_bytes) {
  const double rate =
      seconds > 0 ? static_cast<double>(documents) / seconds : 0.0;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, "%.1f", rate);
  std::string line = "summarize: " + std::to_string(documents) +
                     (documents == 1 ? " document, " : " documents, ") +
                     rate_text + " docs/s";
  if (total_bytes && bytes > 0 && seconds > 0) {
    const std::uint64_t left = *total_bytes > bytes ? *total_bytes - bytes : 0;
    const double bytes_per_second = static_cast<double>(bytes) / seconds;
    line += ", ETA " + Duration(static_cast<double>(left) / bytes_per_second);
  }
  return line;
}

void Progress::Update(std::size_t documents, std::uint64_t bytes) {
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(1000 / kRedrawsPerSecond)) {
    return;
  }
  last_draw_ = now;
  Draw(Line(documents, bytes, SecondsBetween(start_, now), total_bytes_));
}

void Progress::Finish(std::size_t documents) {
  Draw(Line(documents, 0, SecondsBetween(start_, Clock::now()), std::nullopt));
  out_ << '\n' << std::flush;
}

void Progress::Draw(const std::string& line) {
  out_ << '\r' << line;
  if (line.size() < drawn_length_) {
    out_ << std::string(drawn_length_ - line.size(), ' ');
  }
  drawn_length_ = line.size();
  out_ << std::flush;
}

}  // namespace summarize::cli
