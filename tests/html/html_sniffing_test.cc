// Tests for HTML detection and <meta> charset sniffing.
#include "html/html_sniffing.h"

#include <gtest/gtest.h>

#include <string>

namespace summarize::internal {
namespace {

TEST(SniffHtmlCharset, MetaCharset) {
  EXPECT_EQ(SniffHtmlCharset("<meta charset=\"utf-8\">"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<META CHARSET=Shift_JIS>"), "shift_jis");
  EXPECT_EQ(SniffHtmlCharset("<meta charset='KOI8-R'/>"), "koi8-r");
  EXPECT_EQ(SniffHtmlCharset("<meta charset = \" windows-1252 \" >"),
            "windows-1252");
  EXPECT_EQ(SniffHtmlCharset("<!DOCTYPE html><html><head>\n"
                             "<meta name=viewport content=\"width=1\">\n"
                             "<meta charset=gb18030></head>"),
            "gb18030");
}

TEST(SniffHtmlCharset, HttpEquivContentType) {
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" "
                             "content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  // Attribute order does not matter; quoted charset inside content.
  EXPECT_EQ(SniffHtmlCharset("<meta content='text/html;charset=\"euc-kr\"' "
                             "http-equiv='content-type'>"),
            "euc-kr");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=content-type "
                             "content=\"text/html; charset = big5 ; x=y\">"),
            "big5");
}

TEST(SniffHtmlCharset, ContentWithoutPragmaIsIgnored) {
  EXPECT_EQ(SniffHtmlCharset("<meta content=\"text/html; charset=koi8-r\">"),
            "");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=refresh "
                             "content=\"5; charset=koi8-r\">"),
            "");
}

TEST(SniffHtmlCharset, DeclaredUtf16MeansUtf8) {
  EXPECT_EQ(SniffHtmlCharset("<meta charset=utf-16le>"), "utf-8");
  EXPECT_EQ(SniffHtmlCharset("<meta charset=UTF-16>"), "utf-8");
}

TEST(SniffHtmlCharset, OnlyRealMetaTagsCount) {
  EXPECT_EQ(SniffHtmlCharset("<!-- <meta charset=koi8-r> --><p>x"), "");
  EXPECT_EQ(SniffHtmlCharset("<div title=\"<meta charset=koi8-r>\">x</div>"),
            "");
  EXPECT_EQ(SniffHtmlCharset("<metadata charset=koi8-r>"), "");
  EXPECT_EQ(SniffHtmlCharset("text that says meta charset=koi8-r"), "");
  // The first declaration wins; an empty one is no declaration.
  EXPECT_EQ(SniffHtmlCharset("<meta charset=\"\"><meta charset=utf-8>"
                             "<meta charset=koi8-r>"),
            "utf-8");
}

TEST(SniffHtmlCharset, LooksOnlyAtTheStart) {
  const std::string padding(kCharsetSniffBytes, ' ');
  EXPECT_EQ(SniffHtmlCharset(padding + "<meta charset=koi8-r>"), "");
  EXPECT_EQ(SniffHtmlCharset(std::string(1000, ' ') + "<meta charset=koi8-r>"),
            "koi8-r");
}

TEST(SniffHtmlCharset, TruncatedOrEmptyInput) {
  for (const char* bytes : {"", "<", "<meta", "<meta ", "<meta charset",
                            "<meta charset=", "<meta charset=\"utf-8", "<!--",
                            "<meta content='x", "</", "<?"}) {
    EXPECT_EQ(SniffHtmlCharset(bytes), "") << bytes;
  }
  EXPECT_EQ(SniffHtmlCharset("<meta charset=utf-8"), "utf-8");
}

TEST(LooksLikeHtml, DocumentStarts) {
  for (const char* text :
       {"<!DOCTYPE html><html>", "<!doctype html>",
        "<!DOCTYPE  HTML PUBLIC "
        "\"-//W3C//DTD HTML 4.01//EN\">",
        "<html>", "<HTML lang=en>", "<head><title>x</title>", "<body>",
        "<meta charset=utf-8>", "<title>A page</title>", "\xEF\xBB\xBF<html>",
        "  \n\t<html>", "<!-- generated --><!DOCTYPE html>",
        "<!-- a -->\n<!-- b -->\n<html>",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/"
        "xhtml\">",
        "<html"}) {
    EXPECT_TRUE(LooksLikeHtml(text)) << text;
  }
}

TEST(LooksLikeHtml, TextAndFragmentsAreNot) {
  for (const char* text :
       {"", "   ", "Plain text.", "Use <b>bold</b> sparingly.",
        "The <html> element is the root.", "<p>A fragment.</p>",
        "<header>Not the head</header>", "<htmlx>", "<bodyguard>", "<!DOCTYPE>",
        "<!DOCTYPE htmlx>", "<!DOCTYPEhtml>", "<!-- unclosed",
        "<div>x</div><html>", "# Markdown <html>", "<?xml version=\"1.0\"?>"}) {
    EXPECT_FALSE(LooksLikeHtml(text)) << text;
  }
}

}  // namespace
}  // namespace summarize::internal
