"""Text from a server or a document printed on a terminal: escape sequences and bidi overrides inert."""

from __future__ import annotations

import pytest

from rightsgraph.terminal import printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2Jcleared", "\\x1b[2Jcleared"),
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        ("over\rwrite", "over\\x0dwrite"),
        ("two\nlines", "two\\x0alines"),
        ("nul\x00 del\x7f csi\x9b", "nul\\x00 del\\x7f csi\\x9b"),
        ("file\u202egnp.exe", "file\\u202egnp.exe"),
        ("\u2066isolate\u2069 \u200fmark", "\\u2066isolate\\u2069 \\u200fmark"),
    ],
)
def test_control_and_bidi_override_characters_are_escaped(text, shown):
    assert printable(text) == shown


def test_ordinary_text_in_any_script_is_unchanged():
    text = "Genève → “Hana Berhe’s” report · 人権 · حقوق الإنسان · 🕊"
    assert printable(text) == text


def test_a_report_keeps_its_lines_and_tabs_but_not_carriage_returns():
    assert printable("one\n\ttwo\r\n\x1b[0m", lines=True) == "one\n\ttwo\\x0d\n\\x1b[0m"
