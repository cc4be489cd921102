// Stage 2: find the document's structure — paragraphs, list items, and the
// headings and page fragments that are never candidate sentences.
#ifndef SUMMARIZE_LIB_TEXT_STRUCTURE_H_
#define SUMMARIZE_LIB_TEXT_STRUCTURE_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace summarize::internal {

enum class BlockKind {
  kProse,     // running text: split into sentences by the segmenter
  kListItem,  // one bullet or numbered item: split into sentences on its own
              // (the block starts after the "-" or "1." marker)
  kFragment,  // heading or page furniture: one unit, never a candidate
};

// A run of bytes [begin, end) of the text, trimmed of surrounding
// whitespace, never empty.
struct Block {
  std::size_t begin = 0;
  std::size_t end = 0;
  BlockKind kind = BlockKind::kProse;
  std::size_t paragraph = 0;  // blank-line separated paragraph, from 0
};

struct Structure {
  // Blocks in document order, non-overlapping. A prose or list block may
  // span line breaks (hard wrapping), which SentenceSplitter::Split reads
  // as spaces.
  std::vector<Block> blocks;
};

// Splits `text` (valid UTF-8) into blocks, starting at byte `start` (after a
// BOM). CRLF and CR line endings are accepted.
//
// Rules (structural only, no phrase lists):
//  - a blank line (only whitespace) ends a paragraph;
//  - a line starting with a bullet ("-", "*", "•", ...) or a number marker
//    ("1.", "2)", "a)") starts a list item, which runs until the next item,
//    blank line or fragment;
//  - a short line with no sentence-final punctuation (in any script: "."
//    "。" "।" "؟", Greek ";" ...) that is not the continuation of a
//    hard-wrapped sentence is a fragment (headings, "Share this"); a line of
//    a script written without spaces is short by its characters, not words;
//  - a short line that stands alone in its paragraph and ends in "?" or "!"
//    is a fragment (teaser prompts);
//  - a short line whose text appears again elsewhere in the document is a
//    fragment (navigation repeated at top and bottom).
//  - when every block would be a fragment (one unpunctuated line, a list of
//    words), the fragments with a letter or digit are prose after all: the
//    text has nothing else to offer.
// Throws Error(kInputTooLarge) for a text of 4 GiB or more (above what
// Options::max_input_bytes allows, even after conversion).
Structure AnalyzeStructure(std::string_view text, std::size_t start);

}  // namespace summarize::internal

#endif  // SUMMARIZE_LIB_TEXT_STRUCTURE_H_
