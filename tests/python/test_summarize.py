"""Tests of the Python module, run by ctest with the module on PYTHONPATH."""
import threading
import unittest

import summarize

ARTICLE = (
    "The town council voted on Tuesday to build a sea wall along the eastern "
    "shore. Engineers say the wall will protect about 1,400 homes from storm "
    "surges. The project will cost an estimated 38 million euros. Opponents "
    "argued that the wall would block the view from the promenade. "
    "Construction is due to begin in September.")


class SummarizeTest(unittest.TestCase):
    def test_one_shot(self):
        summary = summarize.summarize(ARTICLE, sentences=2)
        self.assertIsInstance(summary, summarize.Summary)
        self.assertEqual(len(summary.sentences), 2)
        self.assertEqual(len(summary.ranking), 5)
        previous = -1
        for sentence in summary.sentences:
            self.assertEqual(ARTICLE[sentence.begin:sentence.end],
                             sentence.text)
            self.assertGreater(sentence.score, 0)
            self.assertGreater(sentence.index, previous)
            previous = sentence.index
        self.assertIsNone(summary.text)

    def test_algorithms_and_lengths(self):
        names = [name for name, _ in summarize.algorithms()]
        self.assertIn("textrank", names)
        for name in names:
            self.assertEqual(
                len(summarize.summarize(ARTICLE, sentences=1,
                                        algorithm=name).sentences), 1)
        self.assertEqual(len(summarize.summarize(ARTICLE, ratio=0.4)), 2)
        self.assertLessEqual(
            sum(s.words for s in summarize.summarize(ARTICLE,
                                                     words=20).sentences), 20)

    def test_character_offsets_with_non_ascii_text(self):
        text = "Über den Fluss führt eine Brücke. Sie ist alt. " * 3
        summary = summarize.summarize(text, sentences=2, language="de")
        for sentence in summary.sentences:
            self.assertEqual(text[sentence.begin:sentence.end], sentence.text)
            self.assertEqual(
                text.encode()[sentence.byte_begin:sentence.byte_end].decode(),
                sentence.text)

    def test_html_and_bytes(self):
        page = ("<!DOCTYPE html><html><head><title>Sea wall</title></head>"
                "<body><nav>Home | News</nav><p>" + ARTICLE + "</p></body>"
                "</html>")
        summary = summarize.summarize(page, sentences=2)
        self.assertTrue(summary.html)
        self.assertEqual(summary.title, "Sea wall")
        for sentence in summary.sentences:
            self.assertEqual(summary.text[sentence.begin:sentence.end],
                             sentence.text)
        latin1 = summarize.Summarizer(sentences=1, encoding="latin1")
        result = latin1.summarize("Le café ouvre à midi.".encode("latin1"))
        self.assertEqual(result.encoding, "latin1")
        self.assertEqual(result.sentences[0].text, "Le café ouvre à midi.")

    def test_errors(self):
        with self.assertRaises(summarize.Error):
            summarize.summarize(ARTICLE, algorithm="no-such")
        with self.assertRaises(summarize.Error):
            summarize.summarize(ARTICLE, sentences=2, ratio=0.5)
        with self.assertRaises(summarize.Error) as caught:
            summarize.summarize(b"bad \xc3 bytes.")
        self.assertIn("UTF-8", str(caught.exception))
        with self.assertRaises(ValueError):  # Error is a ValueError
            summarize.Summarizer(sentences=0)
        with self.assertRaises(TypeError):
            summarize.summarize(42)
        self.assertEqual(len(summarize.summarize("   ").sentences), 0)

    def test_threads_share_a_summarizer(self):
        summarizer = summarize.Summarizer(sentences=2)
        expected = [s.text for s in summarizer.summarize(ARTICLE).sentences]
        results = []

        def work():
            for _ in range(20):
                results.append(
                    [s.text for s in summarizer.summarize(ARTICLE).sentences])

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(len(results), 80)
        self.assertTrue(all(result == expected for result in results))

    def test_version(self):
        self.assertRegex(summarize.__version__, r"^\d+\.\d+\.\d+$")


if __name__ == "__main__":
    unittest.main()
