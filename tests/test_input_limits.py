"""Bounded work and honest decoding for hostile or odd input (issue 20, items 2 and 7).

Each file is small and made here; the expensive cases are capped so that, before the limits
existed, the test still finished (and failed) instead of exhausting the machine.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rightsgraph.cli import cli

GOOD = "Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, spoke.\n"


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def _entity_bomb(levels: int) -> str:
    """Nested internal entities, each ten of the one before: 3 * 10**(levels-1) characters
    from a few hundred bytes (the "billion laughs" has levels=10)."""
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
        f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&l{levels - 1};</ex:p></rdf:Description>\n'
        "</rdf:RDF>\n"
    )


@pytest.mark.parametrize("command", [["validate"], ["export", "--format", "nt", "-o", "{out}"], ["merge", "-o", "{out}"]])
def test_an_entity_bomb_in_rdf_xml_is_refused_in_one_line_naming_the_file(tmp_path, command):
    # 3 MB once expanded (the 937-byte original expands to 30 GB); refused before expanding
    bomb = tmp_path / "laughs.rdf"
    bomb.write_text(_entity_bomb(7), encoding="utf-8")
    out = tmp_path / "out.nt"
    result = run(*[part.format(out=out) for part in command], bomb)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "laughs.rdf" in lines[0] and "entit" in lines[0], result.output
    assert not out.exists()


def test_rdf_xml_with_small_entities_for_namespaces_still_loads(tmp_path):
    path = tmp_path / "small.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
        '<rdf:Description rdf:about="&ex;a"><ex:p>one</ex:p></rdf:Description>\n</rdf:RDF>\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.nt"
    result = run("export", "--format", "nt", "-o", out, path)
    assert result.exit_code == 0, result.output
    assert "<http://example.org/a> <http://example.org/p> \"one\" ." in out.read_text(encoding="utf-8")
