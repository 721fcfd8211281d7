"""Files written whole or not at all: a temporary file beside the target, renamed onto it.

A rename within one folder is atomic, so a reader sees the old file or the new one, never
half of one; a failure or Ctrl-C part-way leaves the old file as it was. Every temporary
file is named ``.NAME.RANDOM.tmp`` beside its target, which is how an interrupted build's
leftovers are recognised (``corpus.remove_leftovers``).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def temporary_beside(path: Path) -> Path:
    """A new, empty file in ``path``'s folder, ``.NAME.RANDOM.tmp``, never one that existed.

    It gets the permissions any new file of the user's gets (``0o666`` less the umask), as
    the target would: ``tempfile.mkstemp`` would make it private to the user.
    """
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:  # two processes writing the same target: each has its own
            continue
        return candidate


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, making its folder if need be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_beside(path)
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
