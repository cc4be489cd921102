#include "text/break_iterators.h"

#include <unicode/locid.h>

#include <cstdint>
#include <limits>
#include <map>
#include <mutex>
#include <utility>

#include "summarize/error.hpp"

namespace summarize::internal {
namespace {

[[noreturn]] void ThrowIcu(const std::string& what, UErrorCode status) {
  throw Error(ErrorCode::kInternal, what + ": " + u_errorName(status));
}

}  // namespace

std::unique_ptr<icu::BreakIterator> NewBreakIterator(
    BreakKind kind, const std::string& locale) {
  static std::mutex mutex;
  static std::map<std::pair<BreakKind, std::string>,
                  std::unique_ptr<icu::BreakIterator>>
      prototypes;
  const char* name = kind == BreakKind::kWord ? "word" : "sentence";
  const std::lock_guard lock(mutex);
  auto& prototype = prototypes[{kind, locale}];
  if (prototype == nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale icu_locale(locale.c_str());
    prototype.reset(kind == BreakKind::kWord
                        ? icu::BreakIterator::createWordInstance(icu_locale,
                                                                 status)
                        : icu::BreakIterator::createSentenceInstance(
                              icu_locale, status));
    if (U_FAILURE(status) || prototype == nullptr) {
      prototype.reset();
      ThrowIcu(std::string("ICU cannot create a ") + name +
                   " iterator for \"" + locale + "\"",
               status);
    }
  }
  std::unique_ptr<icu::BreakIterator> clone(prototype->clone());
  if (clone == nullptr) {
    throw Error(ErrorCode::kInternal, std::string("ICU cannot copy the ") +
                                          name + " iterator for \"" + locale +
                                          "\"");
  }
  return clone;
}

void CheckPieceSize(std::string_view piece) {
  if (piece.size() >
      static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max())) {
    throw Error(ErrorCode::kInputTooLarge, "text piece is 2 GiB or longer");
  }
}

UTextPtr NewUtf8Text() {
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr text(utext_openUTF8(nullptr, "", 0, &status));
  if (U_FAILURE(status)) ThrowIcu("ICU cannot open a UText", status);
  return text;
}

void SetUtf8Text(icu::BreakIterator& iterator, UTextPtr& text,
                 std::string_view piece) {
  UErrorCode status = U_ZERO_ERROR;
  text.reset(utext_openUTF8(text.release(), piece.data(),
                            static_cast<std::int64_t>(piece.size()), &status));
  iterator.setText(text.get(), status);
  if (U_FAILURE(status)) ThrowIcu("ICU cannot segment text", status);
}

void CollectBreaks(icu::BreakIterator& iterator, UTextPtr& text,
                   std::string_view piece, std::vector<std::int32_t>& out) {
  out.clear();
  SetUtf8Text(iterator, text, piece);
  for (std::int32_t boundary = iterator.next();
       boundary != icu::BreakIterator::DONE; boundary = iterator.next()) {
    out.push_back(boundary);
  }
}

}  // namespace summarize::internal
