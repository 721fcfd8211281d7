"""Text made safe to print on a terminal.

A server's reply, a label or a file name can hold escape sequences (which move the cursor,
retitle the window or hide what follows) and bidirectional overrides (which make a line read
differently from what it holds). Printed, each such character is shown as its escape instead.
"""

from __future__ import annotations

import re

# the explicit embeddings, overrides and isolates, and the marks that flip neighbouring text
_BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")
_UNSAFE_IN_A_REPORT = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI_CONTROLS}]")  # keeps tabs and line breaks


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with control and bidi-override characters escaped (``\\x1b``, ``\\u202e``).

    With ``lines`` the line breaks and tabs stay, for a multi-line report; otherwise the
    result is one line.
    """
    return (_UNSAFE_IN_A_REPORT if lines else _UNSAFE).sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    if ord(character) < 0x100:
        return f"\\x{ord(character):02x}"
    return f"\\u{ord(character):04x}"
