// summarize-eval: ROUGE evaluation of libsummarize against baselines.
//
//   summarize-eval --sweep [--data-dir DIR]
//   summarize-eval --set DIR/docs.jsonl -n K -l LANG
//
// Flags are in command_line.cc, the per-document work in evaluation.cc, the
// statistics in aggregate.cc and the output in report.cc. Every failure
// prints exactly one line, "summarize-eval: ...", to stderr.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <memory>
#include <summarize/summarize.hpp>

#include "eval/aggregate.h"
#include "eval/command_line.h"
#include "eval/dataset.h"
#include "eval/eval_error.h"
#include "eval/eval_set.h"
#include "eval/evaluation.h"
#include "eval/ots.h"
#include "eval/report.h"
#include "one_line.h"

namespace summarize::eval {
namespace {

using Clock = std::chrono::steady_clock;
using summarize::cli::OneLine;

std::string Seconds(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f s", seconds);
  return buffer;
}

// The sets the command line asks for.
std::vector<EvalSet> SelectSets(const CommandLine& cli) {
  if (!cli.sweep) {
    EvalSet set;
    const std::filesystem::path folder = cli.set_file.parent_path();
    set.name = folder.filename().empty() ? cli.set_file.stem().string()
                                         : folder.filename().string();
    set.path = cli.set_file;
    set.k = cli.k;
    set.language = cli.language;
    set.target = cli.target;
    return {set};
  }
  std::vector<EvalSet> sets = LoadEvalSets(cli.sets_file, cli.data_dir);
  if (cli.only.empty()) return sets;
  std::vector<EvalSet> chosen;
  for (const std::string& name : cli.only) {
    const auto found =
        std::find_if(sets.begin(), sets.end(),
                     [&](const EvalSet& set) { return set.name == name; });
    if (found == sets.end()) {
      throw EvalError(kExitUsage, "--only: no set \"" + name + "\" in " +
                                      cli.sets_file.string());
    }
    chosen.push_back(*found);
  }
  return chosen;
}

// Fails fast, before any data is read, when the library rejects the options
// for one of the sets' languages.
void CheckOptions(const CommandLine& cli, const std::vector<EvalSet>& sets) {
  for (const EvalSet& set : sets) {
    Options options = cli.options;
    options.language = set.language;
    options.length = Length::Sentences(set.k);
    try {
      const Summarizer summarizer(std::move(options));
    } catch (const Error& error) {
      throw EvalError(kExitUsage, set.name + ": " + error.what());
    }
  }
}

bool WantsOts(const std::vector<Method>& methods) {
  return std::any_of(methods.begin(), methods.end(), [](const Method& method) {
    return method.kind == MethodKind::kOts;
  });
}

// OTS when a method needs it and it is installed; nullptr (with a note on
// stderr) when it is not.
std::unique_ptr<Ots> MakeOts(const CommandLine& cli) {
  if (!WantsOts(cli.methods)) return nullptr;
  std::optional<std::filesystem::path> binary = Ots::Find();
  if (!cli.ots_path.empty()) binary = cli.ots_path;
  if (!binary) {
    std::cerr << "summarize-eval: note: OTS is not installed (Debian "
                 "package ots); the ots method is skipped\n";
    return nullptr;
  }
  return std::make_unique<Ots>(
      *binary, std::filesystem::path(kOtsDictionaryDir), cli.cache_dir);
}

std::ofstream OpenOutput(const std::filesystem::path& path) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw EvalError(kExitFailure, path.string() + ": cannot write");
  return out;
}

int Run(const CommandLine& cli) {
  const Clock::time_point start = Clock::now();
  const std::vector<EvalSet> sets = SelectSets(cli);
  CheckOptions(cli, sets);
  const std::unique_ptr<Ots> ots = MakeOts(cli);

  std::ofstream json_out;
  std::ofstream per_doc_out;
  if (!cli.json_path.empty()) json_out = OpenOutput(cli.json_path);
  if (!cli.per_doc_path.empty()) per_doc_out = OpenOutput(cli.per_doc_path);

  EvalSettings settings;
  settings.options = cli.options;
  settings.methods = cli.methods;
  settings.seed = cli.seed;
  settings.threads = cli.threads;
  settings.ots = ots.get();
  settings.detect_language = cli.detect_language;

  std::vector<SetResult> results;
  std::size_t documents = 0;
  for (const EvalSet& set : sets) {
    SetOutcome outcome =
        EvaluateSet(set, LoadDataset(set.path, cli.limit), settings);
    results.push_back(Aggregate(outcome, cli.seed, cli.resamples));
    documents += outcome.documents.size();
    std::cout << (results.size() > 1 ? "\n" : "") << RenderTable(results.back())
              << std::flush;
    if (per_doc_out.is_open()) per_doc_out << PerDocumentLines(outcome);
    if (!cli.quiet) {
      std::cerr << "summarize-eval: " << set.name << ": "
                << outcome.documents.size() << " documents in "
                << Seconds(outcome.seconds) << '\n';
    }
  }

  RunInfo info;
  info.options = cli.options;
  info.methods = cli.methods;
  info.seed = cli.seed;
  info.resamples = cli.resamples;
  info.threads = cli.threads;
  info.limit = cli.limit;
  if (ots) {
    info.ots_version = ots->version();
    info.ots_runs = ots->runs();
    info.ots_cache_hits = ots->cache_hits();
  }
  info.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (json_out.is_open()) {
    json_out << DumpJson(RunJson(results, info), 2) << '\n';
    if (!json_out.flush()) {
      throw EvalError(kExitFailure, cli.json_path.string() + ": write failed");
    }
  }
  if (per_doc_out.is_open() && !per_doc_out.flush()) {
    throw EvalError(kExitFailure, cli.per_doc_path.string() + ": write failed");
  }
  if (!cli.quiet) {
    std::cerr << "summarize-eval: " << sets.size()
              << (sets.size() == 1 ? " set, " : " sets, ") << documents
              << " documents in " << Seconds(info.seconds);
    if (ots) {
      std::cerr << " (OTS: " << info.ots_runs << " runs, "
                << info.ots_cache_hits << " cached)";
    }
    std::cerr << '\n';
  }
  std::cout.flush();
  if (!std::cout) throw EvalError(kExitFailure, "cannot write output");
  return kExitOk;
}

int Main(int argc, char** argv) {
  const ParsedCommandLine parsed = ParseCommandLine(argc, argv);
  std::cout << parsed.out;
  std::cerr << parsed.err;
  if (!parsed.command_line) {
    std::cout.flush();
    return parsed.exit_code;
  }
  try {
    return Run(*parsed.command_line);
  } catch (const EvalError& error) {
    std::cerr << "summarize-eval: " << OneLine(error.what()) << '\n';
    return error.exit_code();
  } catch (const std::exception& error) {
    std::cerr << "summarize-eval: internal error: " << OneLine(error.what())
              << '\n';
    return kExitFailure;
  }
}

}  // namespace
}  // namespace summarize::eval

int main(int argc, char** argv) { return summarize::eval::Main(argc, argv); }
