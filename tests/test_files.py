"""Files written whole or not at all, by the one helper every writer uses."""

from __future__ import annotations

import os
import stat

import pytest

from rightsgraph.corpus import remove_leftovers
from rightsgraph.files import temporary_beside, write_atomically


def test_a_file_is_written_whole_with_its_folder(tmp_path):
    path = tmp_path / "new" / "graph.ttl"
    write_atomically(path, "ex:a ex:b \"é\" .\n")
    assert path.read_bytes() == "ex:a ex:b \"é\" .\n".encode("utf-8")
    assert [entry.name for entry in path.parent.iterdir()] == ["graph.ttl"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old\n", encoding="utf-8")

    def interrupted(*_arguments):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [entry.name for entry in tmp_path.iterdir()] == ["graph.ttl"]


def test_the_file_gets_the_permissions_of_any_new_file_not_private_ones(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "out.nt", "")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.nt").stat().st_mode) == 0o644


def test_temporaries_are_new_files_that_a_later_build_recognises_as_leftovers(tmp_path):
    first, second = temporary_beside(tmp_path / "graph.nq"), temporary_beside(tmp_path / "graph.nq")
    assert first != second and first.read_bytes() == b"" and first.parent == tmp_path
    remove_leftovers(tmp_path)
    assert list(tmp_path.iterdir()) == []
