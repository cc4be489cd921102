// Per-language abbreviation data for the sentence splitter's merge pass.
// (Interface owned by the segmentation work; see sentence_splitter.h.)
#ifndef SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
#define SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
#endif  // SUMMARIZE_LIB_TEXT_ABBREVIATIONS_H_
