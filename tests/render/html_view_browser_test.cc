// The HTML view in a real browser: headless Chromium renders it and dumps
// the resulting DOM and a screenshot. Needs Debian's chromium (installed by
// tools/install-deps.sh); skipped, saying so, where there is none.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <summarize/summarize.hpp>

#include "test_support.h"

namespace {

using summarize::testing::ReadFile;
using summarize::testing::ScratchFolder;
using ::testing::HasSubstr;
using ::testing::Not;

std::string Chromium() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser",
                           "/usr/bin/google-chrome"}) {
    if (std::filesystem::exists(path)) return path;
  }
  return "";
}

// Runs headless Chromium on `page` with `mode` ("--dump-dom" or
// "--screenshot=PATH"); returns what it printed on stdout.
std::string RunChromium(const std::string& chromium,
                        const ScratchFolder& scratch,
                        const std::filesystem::path& page,
                        const std::string& mode) {
  const std::filesystem::path out = scratch.path() / "stdout.txt";
  const std::string command =
      chromium +
      " --headless --no-sandbox --disable-gpu --hide-scrollbars"
      " --window-size=900,1200 --user-data-dir=" +
      (scratch.path() / "profile").string() + " " + mode + " 'file://" +
      page.string() + "' > '" + out.string() + "' 2> /dev/null";
  const int status = std::system(command.c_str());
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command;
  return ReadFile(out);
}

TEST(HtmlViewBrowserTest, ChromiumRendersHighlightsAndRunsNoInputScript) {
  const std::string chromium = Chromium();
  if (chromium.empty()) GTEST_SKIP() << "no chromium installed";

  // An article whose text tries to inject markup and script.
  const std::string text =
      "Harbour council approves the sea wall\n\n"
      "The council voted on Tuesday to build a sea wall along the eastern "
      "shore. Engineers say the wall will protect about 1,400 homes. "
      "<img src=x onerror=\"document.body.dataset.pwned='yes'\"> The project "
      "will cost 38 million euros. <script>document.title='pwned'</script> "
      "Construction is due to begin in September, and the work should be "
      "done before the winter of 2028.\n";
  summarize::Options options;
  options.length = summarize::Length::Sentences(2);
  const summarize::Summary summary =
      summarize::Summarizer(options).Summarize(text, "Sea wall approved");
  ScratchFolder scratch;
  const std::filesystem::path page = scratch.path() / "view.html";
  std::ofstream(page) << summarize::RenderHtmlView(summary, text, {"", "en"});

  const std::string dom = RunChromium(chromium, scratch, page, "--dump-dom");
  ASSERT_THAT(dom, HasSubstr("</html>"));
  // What the browser built: the title, the two highlighted sentences (and
  // the legend's sample), and the hostile text as text.
  EXPECT_THAT(dom, HasSubstr("<title>Sea wall approved</title>"));
  const std::regex chosen(R"(class="s chosen")");
  EXPECT_EQ(std::distance(std::sregex_iterator(dom.begin(), dom.end(), chosen),
                          std::sregex_iterator()),
            3);
  EXPECT_THAT(dom, Not(HasSubstr("pwned='yes'\"></")));
  EXPECT_THAT(dom, Not(HasSubstr("data-pwned")));
  EXPECT_THAT(dom, Not(HasSubstr("<title>pwned")));
  EXPECT_THAT(dom, Not(HasSubstr("<script>")));
  EXPECT_THAT(dom, HasSubstr("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));

  const std::filesystem::path png = scratch.path() / "view.png";
  RunChromium(chromium, scratch, page, "--screenshot=" + png.string());
  const std::string image = ReadFile(png);
  ASSERT_GT(image.size(), 10000u);
  EXPECT_EQ(image.substr(1, 3), "PNG");
}

}  // namespace
