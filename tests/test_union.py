"""The streamed union of articles' graphs: sorted, each triple once, one name and one date
per node, the same whatever the number of files merged at once."""

from rightsgraph.graph import union

PREF = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DATE = "<https://w3id.org/rightsgraph/ontology#date>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
GYEAR = "<http://www.w3.org/2001/XMLSchema#gYear>"
DAY = "<http://www.w3.org/2001/XMLSchema#date>"


def article_file(folder, name, triples):
    """An article's cache file: sorted N-Triples under its graph's name."""
    path = folder / f"{name}.nt"
    path.write_text(union.article_file((f"{s} {p} {o} ." for s, p, o in triples), f"<https://example.org/{name}>"),
                    encoding="utf-8")
    return path


def test_two_articles_naming_and_dating_a_report_differently_give_one_name_and_the_precise_date(tmp_path):
    report = "<https://example.org/report/silent-walls>"
    first = article_file(tmp_path, "a", [(report, PREF, '"Silent Walls"@en'), (report, DATE, f'"2021"^^{GYEAR}'),
                                         (report, TYPE, "<https://w3id.org/rightsgraph/ontology#Report>")])
    second = article_file(tmp_path, "b", [(report, PREF, '"Silent Walls: Detention in the North"@en'),
                                          (report, DATE, f'"2021-03-04"^^{DAY}'),
                                          (report, TYPE, "<https://w3id.org/rightsgraph/ontology#Report>")])
    groups = list(union.union([first, second]))
    lines = [line.rstrip("\n") for group in groups for line in group]
    assert f'{report} {PREF} "Silent Walls: Detention in the North"@en .' in lines
    assert f'{report} {ALT} "Silent Walls"@en .' in lines
    assert [line for line in lines if DATE in line] == [f'{report} {DATE} "2021-03-04"^^{DAY} .']
    assert sum(TYPE in line for line in lines) == 1  # the same triple from both articles, once
    assert lines == sorted(lines) and len(groups) == 1


def test_merging_many_files_a_few_at_a_time_gives_the_same_union(tmp_path, monkeypatch):
    files = [
        article_file(tmp_path, f"article-{number:02d}", [
            (f"<https://example.org/person/{number % 7}>", PREF, f'"Person {number % 7} named in {number}"@en'),
            (f"<https://example.org/person/{number % 7}>", TYPE, "<https://w3id.org/rightsgraph/ontology#Person>"),
            (f"<https://example.org/event/{number}>", DATE, f'"20{number:02d}"^^{GYEAR}'),
        ])
        for number in range(30)
    ]
    at_once = [line for group in union.union(files) for line in group]
    monkeypatch.setattr(union, "fan_in", lambda: 3)  # runs of runs: 30 files → 10 runs → 4 → 2
    assert [line for group in union.union(files, workdir=tmp_path) for line in group] == at_once
    assert [line for group in union.union(files, workdir=tmp_path, jobs=2) for line in group] == at_once
    assert not list(tmp_path.glob(".rightsgraph-merge-*"))  # the run files are gone
    assert sum(PREF in line for line in at_once) == 7


def test_an_article_file_becomes_nquads_in_its_graph_whatever_its_literals_hold():
    odd = '"ends with . and <https://example.org/x> <b> ."'
    data = union.article_file([f"<https://example.org/s> <https://example.org/p> {odd} .",
                               "<https://example.org/s> <https://example.org/q> <https://example.org/o> ."],
                              "<https://example.org/g>").encode()
    assert union.as_nquads(data).decode().splitlines() == [
        f"<https://example.org/s> <https://example.org/p> {odd} <https://example.org/g> .",
        "<https://example.org/s> <https://example.org/q> <https://example.org/o> <https://example.org/g> .",
    ]


def test_fan_in_stays_under_the_open_file_limit():
    import resource

    most = union.fan_in()
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    assert 16 <= most <= union.MOST_FILES and (soft == resource.RLIM_INFINITY or most <= soft - 64)


def test_the_merge_gives_each_line_once_in_order_whatever_the_streams():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    # few distinct lines, so streams share many; long streams, so runs cross the read-ahead
    lines = st.sets(st.sampled_from([f"<s{number:03d}> <p> <o> .\n" for number in range(120)]), max_size=100)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(lines, max_size=6))
    def check(streams):
        merged = list(union.merge_sorted([iter(sorted(stream)) for stream in streams]))
        assert merged == sorted(set().union(*streams))

    check()


def test_merge_keeps_the_name_a_build_keeps_where_escaping_makes_lengths_differ(tmp_path):
    from rightsgraph.graph.merge import merge_files
    from rightsgraph.graph.terms import to_oxigraph

    report = "<https://example.org/report/r>"
    # 'ab"c' is the shorter as text, as long as 'abcde' in N-Triples: one rule (union.preference) decides for both
    files = [article_file(tmp_path, name, [(report, PREF, label)]) for name, label in (("a", r'"ab\"c"@en'), ("b", '"abcde"@en'))]
    in_union = [union.split_line(line)[2] for group in union.union(files) for line in group if PREF in line]
    merged = merge_files(files).dataset
    in_merge = [str(to_oxigraph(label)) for _s, _p, label, _g in merged.quads((None, None, None, None))
                if str(_p) == PREF[1:-1]]
    assert in_union == in_merge == [r'"ab\"c"@en']


def test_a_literal_holding_a_unicode_line_separator_stays_one_line():
    # U+2028 and U+0085 are not escaped in N-Triples; only "\n" ends a line
    text = union.article_file([f'<https://example.org/s> {PREF} "one\u2028two\x85three"@en .'], "<https://example.org/g>")
    (group,) = list(union.union_of_texts([text]))
    assert group == [f'<https://example.org/s> {PREF} "one\u2028two\x85three"@en .\n']
