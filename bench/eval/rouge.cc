// ROUGE-1/2/L/Lsum scoring on token ids, mirroring rouge.py step by step.
#include "eval/rouge.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace summarize::eval {
namespace {

using TokenIds = std::vector<int32_t>;

// Dense ids 0, 1, 2, ... for token strings, so that n-gram keys and LCS
// comparisons are integer operations. One per scoring call.
class Vocabulary {
 public:
  TokenIds Map(const std::vector<std::string>& tokens) {
    TokenIds ids;
    ids.reserve(tokens.size());
    for (const std::string& token : tokens) {
      const auto next = static_cast<int32_t>(ids_.size());
      ids.push_back(ids_.try_emplace(token, next).first->second);
    }
    return ids;
  }

  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, int32_t> ids_;
};

// One text as ROUGE sees it: the tokens of the whole text (ROUGE-1/2/L) and
// those of each non-empty "\n"-separated line (ROUGE-Lsum).
struct TokenizedText {
  TokenIds tokens;
  std::vector<TokenIds> lines;
};

TokenizedText Tokenize(std::string_view text, std::string_view lang,
                       const RougeScorer::Config& config, Vocabulary& vocab) {
  RougeTokenizer mode = config.tokenizer;
  if (mode == RougeTokenizer::kAuto) {
    mode = IsEnglishForRouge(lang) ? RougeTokenizer::kRougeScore
                                   : RougeTokenizer::kUnicode;
  }
  // rouge-score's tokens never span a "\n" and do not depend on what is
  // around them, so the whole text's tokens are the lines' tokens in order.
  // Not so for the Unicode tokenizer (a line's leading combining mark joins
  // the previous line's last token): it tokenizes the whole text again.
  const bool whole_is_lines = mode == RougeTokenizer::kRougeScore;
  TokenizedText out;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    if (end > begin) {
      TokenIds line = vocab.Map(TokenizeForRouge(
          text.substr(begin, end - begin), lang, mode, config.stem));
      if (whole_is_lines) {
        out.tokens.insert(out.tokens.end(), line.begin(), line.end());
      }
      out.lines.push_back(std::move(line));
    }
    if (end == text.size()) break;
    begin = end + 1;
  }
  if (!whole_is_lines) {
    out.tokens = vocab.Map(TokenizeForRouge(text, lang, mode, config.stem));
  }
  return out;
}

// Same operations in the same order as rouge.py, so that the doubles are
// bit-identical.
Prf MakePrf(double precision, double recall) {
  const double f1 = precision + recall > 0
                        ? 2 * precision * recall / (precision + recall)
                        : 0.0;
  return {precision, recall, f1};
}

double Ratio(std::size_t numerator, std::size_t denominator) {
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

std::size_t NgramCount(const TokenIds& tokens, std::size_t n) {
  return tokens.size() >= n ? tokens.size() - n + 1 : 0;
}

// The n-gram (n = 1 or 2) starting at tokens[i] as one integer.
uint64_t NgramKey(const TokenIds& tokens, std::size_t i, std::size_t n) {
  const auto first = static_cast<uint32_t>(tokens[i]);
  if (n == 1) return first;
  return (uint64_t{first} << 32) | static_cast<uint32_t>(tokens[i + 1]);
}

// ROUGE-n for n = 1 or 2: the overlap is the sum over n-grams of the smaller
// of their two counts.
Prf NgramPrf(const TokenIds& reference, const TokenIds& candidate,
             std::size_t n) {
  const std::size_t reference_count = NgramCount(reference, n);
  const std::size_t candidate_count = NgramCount(candidate, n);
  std::unordered_map<uint64_t, std::size_t> unmatched;
  for (std::size_t i = 0; i < reference_count; ++i) {
    ++unmatched[NgramKey(reference, i, n)];
  }
  std::size_t overlap = 0;
  for (std::size_t i = 0; i < candidate_count; ++i) {
    const auto found = unmatched.find(NgramKey(candidate, i, n));
    if (found != unmatched.end() && found->second > 0) {
      --found->second;
      ++overlap;
    }
  }
  return MakePrf(Ratio(overlap, std::max<std::size_t>(candidate_count, 1)),
                 Ratio(overlap, std::max<std::size_t>(reference_count, 1)));
}

// Length of a longest common subsequence, in O(|b|) memory. (Raw pointers
// and no std::max in the O(|a|·|b|) loops: they dominate unoptimized
// sanitizer builds.)
std::size_t LcsLength(const TokenIds& a, const TokenIds& b) {
  const std::size_t width = b.size() + 1;
  std::vector<int32_t> rows(2 * width, 0);
  int32_t* previous = rows.data();
  int32_t* row = previous + width;
  const int32_t* b_tokens = b.data();
  for (const int32_t token : a) {
    for (std::size_t j = 1; j < width; ++j) {
      if (token == b_tokens[j - 1]) {
        row[j] = previous[j - 1] + 1;
      } else {
        row[j] = row[j - 1] > previous[j] ? row[j - 1] : previous[j];
      }
    }
    std::swap(row, previous);
  }
  return static_cast<std::size_t>(previous[width - 1]);
}

Prf LcsPrf(const TokenIds& reference, const TokenIds& candidate) {
  if (reference.empty() || candidate.empty()) return {};
  const std::size_t lcs = LcsLength(reference, candidate);
  return MakePrf(Ratio(lcs, candidate.size()), Ratio(lcs, reference.size()));
}

// Sets in_lcs[i] for the positions i of `reference` on one LCS of
// (reference, candidate): the one rouge-score's backtracking finds (take a
// match; else step left in the candidate only if that keeps a strictly
// longer LCS, otherwise step up in the reference). Another LCS of the same
// length can change the union and so the score. `table` is scratch space.
void MarkLcsReferencePositions(const TokenIds& reference,
                               const TokenIds& candidate,
                               std::vector<int32_t>& table,
                               std::vector<char>& in_lcs) {
  const std::size_t width = candidate.size() + 1;
  table.assign((reference.size() + 1) * width, 0);
  const int32_t* candidate_tokens = candidate.data();
  for (std::size_t i = 1; i <= reference.size(); ++i) {
    const int32_t token = reference[i - 1];
    const int32_t* above = &table[(i - 1) * width];
    int32_t* row = &table[i * width];
    for (std::size_t j = 1; j < width; ++j) {
      if (token == candidate_tokens[j - 1]) {
        row[j] = above[j - 1] + 1;
      } else {
        row[j] = row[j - 1] > above[j] ? row[j - 1] : above[j];
      }
    }
  }
  std::size_t i = reference.size();
  std::size_t j = candidate.size();
  while (i > 0 && j > 0) {
    if (reference[i - 1] == candidate[j - 1]) {
      in_lcs[i - 1] = 1;
      --i;
      --j;
    } else if (table[i * width + j - 1] > table[(i - 1) * width + j]) {
      --j;
    } else {
      --i;
    }
  }
}

Prf LsumPrf(const std::vector<TokenIds>& reference,
            const std::vector<TokenIds>& candidate,
            std::size_t vocabulary_size) {
  std::size_t reference_tokens = 0;
  std::size_t candidate_tokens = 0;
  std::vector<std::size_t> reference_unused(vocabulary_size, 0);
  std::vector<std::size_t> candidate_unused(vocabulary_size, 0);
  for (const TokenIds& line : reference) {
    reference_tokens += line.size();
    for (const int32_t token : line) ++reference_unused[token];
  }
  for (const TokenIds& line : candidate) {
    candidate_tokens += line.size();
    for (const int32_t token : line) ++candidate_unused[token];
  }
  if (reference_tokens == 0 || candidate_tokens == 0) return {};

  std::size_t hits = 0;
  std::vector<int32_t> table;
  std::vector<char> in_union;
  for (const TokenIds& reference_line : reference) {
    in_union.assign(reference_line.size(), 0);
    for (const TokenIds& candidate_line : candidate) {
      MarkLcsReferencePositions(reference_line, candidate_line, table,
                                in_union);
    }
    for (std::size_t i = 0; i < reference_line.size(); ++i) {
      const int32_t token = reference_line[i];
      if (in_union[i] && candidate_unused[token] > 0 &&
          reference_unused[token] > 0) {
        ++hits;
        --candidate_unused[token];
        --reference_unused[token];
      }
    }
  }
  return MakePrf(Ratio(hits, candidate_tokens), Ratio(hits, reference_tokens));
}

RougeScores ScoreTokenized(const TokenizedText& reference,
                           const TokenizedText& candidate,
                           std::size_t vocabulary_size) {
  RougeScores scores;
  scores.rouge1 = NgramPrf(reference.tokens, candidate.tokens, 1);
  scores.rouge2 = NgramPrf(reference.tokens, candidate.tokens, 2);
  scores.rouge_l = LcsPrf(reference.tokens, candidate.tokens);
  scores.rouge_lsum =
      LsumPrf(reference.lines, candidate.lines, vocabulary_size);
  return scores;
}

void KeepBetter(const Prf& scores, Prf& best) {
  if (scores.f1 > best.f1) best = scores;
}

}  // namespace

RougeScorer::RougeScorer() : RougeScorer(Config{}) {}

RougeScorer::RougeScorer(Config config) : config_(config) {}

RougeScores RougeScorer::Score(std::string_view reference,
                               std::string_view candidate,
                               std::string_view lang) const {
  Vocabulary vocab;
  const TokenizedText tokenized_reference =
      Tokenize(reference, lang, config_, vocab);
  const TokenizedText tokenized_candidate =
      Tokenize(candidate, lang, config_, vocab);
  return ScoreTokenized(tokenized_reference, tokenized_candidate, vocab.size());
}

RougeScores RougeScorer::ScoreMulti(const std::vector<std::string>& references,
                                    std::string_view candidate,
                                    std::string_view lang) const {
  if (references.empty()) return {};
  Vocabulary vocab;
  const TokenizedText tokenized_candidate =
      Tokenize(candidate, lang, config_, vocab);
  RougeScores best;
  for (std::size_t i = 0; i < references.size(); ++i) {
    const TokenizedText tokenized_reference =
        Tokenize(references[i], lang, config_, vocab);
    const RougeScores scores =
        ScoreTokenized(tokenized_reference, tokenized_candidate, vocab.size());
    if (i == 0) {
      best = scores;
      continue;
    }
    KeepBetter(scores.rouge1, best.rouge1);
    KeepBetter(scores.rouge2, best.rouge2);
    KeepBetter(scores.rouge_l, best.rouge_l);
    KeepBetter(scores.rouge_lsum, best.rouge_lsum);
  }
  return best;
}

}  // namespace summarize::eval
