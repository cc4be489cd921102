// Thai sentence boundaries at spaces: which spaces end a sentence and which
// only set off a clause or phrase.
#ifndef SUMMARIZE_LIB_TEXT_THAI_SENTENCES_H_
#define SUMMARIZE_LIB_TEXT_THAI_SENTENCES_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "summarize/summary.hpp"

namespace summarize::internal {

// A Thai sentence of news prose has a subject, a verb and what it is about;
// ICU's dictionary gives even a short one ("วันนี้ฝนตกหนัก", "it rained hard
// today": วันนี้ ฝน ตก หนัก) four words. A piece between two spaces with
// fewer words is a phrase set off by spaces — a name ("นายสมชาย ใจดี", "Mr
// Somchai Jaidee"), a short title ("นายอำเภอ", "district chief"), "เช่น ข้าว
// ข้าวโพด" ("such as rice, maize") —, not a sentence, so a space next to it
// does not end a sentence.
inline constexpr std::size_t kMinThaiSentenceWords = 4;

// Thai has no sentence-final punctuation: a sentence ends with a space, but
// spaces also separate clauses and phrases inside a sentence, and ICU's
// sentence rules break at neither. ThaiSentences decides, at each run of
// white space between two Thai characters (the "pieces" are the text between
// such runs), whether a sentence ends there, from the words around it (ICU's
// Thai dictionary word break). A space ends a sentence when the sentence so
// far has a piece of at least kMinThaiSentenceWords words (a clause: pieces
// that are all shorter are phrases, whatever their total) and either
//  - the next piece opens with a discourse marker that starts a new
//    sentence ("ทั้งนี้" "in this regard", "อย่างไรก็ตาม" "however"); or
//  - the next piece also has kMinThaiSentenceWords words or more, and
//    * it does not open with a conjunction or subordinator that continues
//      the sentence ("และ" "and", "แต่" "but", "ซึ่ง" "which", "ทำให้"
//      "causing", "หาก" "if", ...),
//    * the sentence so far does not end with a word that needs what follows
//      ("ว่า" "that" in "กล่าวว่า" "said that", "เช่น" "such as", "คือ"
//      "namely", ...),
//    * and the sentence so far is not only a subordinate clause still
//      waiting for its main clause ("เมื่อวันที่ 12 ตุลาคม" "on 12 October",
//      "หากฝนตก" "if it rains", possibly with conjoined pieces).
// Words match whole ICU words (or runs of them), never a prefix: "แต่งงาน"
// ("to marry") does not open with "แต่" ("but"). When unsure it joins: two
// whole sentences in one unit read well in a summary, a clause cut from its
// sentence does not. Spaces next to digits, Latin words or punctuation
// ("ปี 2566", "(ไทย)") are never boundaries. Known limit: without parts of
// speech, a noun phrase of four words or more set off by spaces (a title,
// "ผู้ว่าราชการจังหวัด", "provincial governor", is four ICU words) counts as a
// clause, and the space after it ends a sentence unless a short piece, a
// conjunction or a closing word follows.
//
// Not thread-safe (it owns an ICU iterator): one per thread or per call.
class ThaiSentences {
 public:
  // Throws Error(kInternal) if ICU cannot build its word iterator.
  ThaiSentences();
  ~ThaiSentences();
  ThaiSentences(const ThaiSentences&) = delete;
  ThaiSentences& operator=(const ThaiSentences&) = delete;

  // The sentences of text[range.begin, range.end) (valid UTF-8; `range`
  // non-empty, on character boundaries, trimmed of white space), as byte
  // ranges into `text`, in order, non-empty, trimmed; together they cover
  // `range` but for the white space between them. O(range length).
  std::vector<Span> Split(std::string_view text, Span range);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_THAI_SENTENCES_H_
