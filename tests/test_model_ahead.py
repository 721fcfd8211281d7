"""The model in a process of its own, ahead of a long document's builders: the same Docs as
``nlp.pipe`` here, the same extractions, and a failure there raised here.

The texts are invented."""

from __future__ import annotations

import os
import signal

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_SPACE, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG

from rightsgraph.builders import article_from_text, extract_pieces, model_ahead
from rightsgraph.builders.model_ahead import ModelProcessError, docs_ahead

TEXTS = [
    "The Commission of Inquiry on Mongolia, chaired by Selma Varnholt, said on 3 March 2031 that detainees "
    "weren't released.\n\nThe Special Rapporteur, Ms. Ilse Brandvik, urged the Government to act.",
    "In Khovsgol, 40 workers told investigators that guards beat them. She said Varnholt would report in June.",
    "Families of the disappeared met the Minister of Interior on Tuesday.\n",
]
ATTRIBUTES = [ORTH, NORM, SPACY, IDX, IS_SPACE, TAG, POS, MORPH, LEMMA, HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]


def test_the_docs_handed_back_are_those_nlp_pipe_makes(nlp):
    here = list(nlp.pipe(TEXTS))
    there = list(docs_ahead(nlp, iter(TEXTS)))
    assert [doc.text for doc in there] == TEXTS
    for mine, theirs in zip(here, there):
        assert (theirs.to_array(ATTRIBUTES) == mine.to_array(ATTRIBUTES)).all()
        assert [(entity.start, entity.end, entity.label_) for entity in theirs.ents] == \
            [(entity.start, entity.end, entity.label_) for entity in mine.ents]
        assert [sentence.start for sentence in theirs.sents] == [sentence.start for sentence in mine.sents]
        assert [token.lemma_ for token in theirs] == [token.lemma_ for token in mine]


def test_a_long_document_gives_the_same_extractions_with_the_model_ahead():
    text = "Inquiry into Mongolia\n\n" + "".join(TEXTS[n % 3] + "\n\n" for n in range(12))
    article = article_from_text(text)
    assert list(extract_pieces(article, piece_chars=400, ahead=True)) == \
        list(extract_pieces(article, piece_chars=400, ahead=False))


class _Broken:
    """A stand-in pipeline whose model fails on its second text."""

    def __init__(self, nlp, error: BaseException):
        self.vocab, self.nlp, self.error = nlp.vocab, nlp, error

    def pipe(self, texts, batch_size=1):
        for number, doc in enumerate(self.nlp.pipe(texts, batch_size=batch_size)):
            if number == 1:
                raise self.error
            yield doc


def test_what_the_model_raises_there_is_raised_here(nlp):
    docs = docs_ahead(_Broken(nlp, MemoryError()), iter(TEXTS))
    assert next(docs).text == TEXTS[0]
    with pytest.raises(MemoryError):
        next(docs)


def test_an_exception_that_cannot_be_pickled_still_says_what_it_was(nlp):
    class Unpicklable(Exception):
        def __reduce__(self):
            raise TypeError("not this one")

    with pytest.raises(RuntimeError, match="Unpicklable: the model broke"):
        list(docs_ahead(_Broken(nlp, Unpicklable("the model broke")), iter(TEXTS)))


def test_a_model_process_that_dies_is_an_error_not_a_wait(nlp, monkeypatch):
    class Killed:
        vocab = nlp.vocab

        def pipe(self, texts, batch_size=1):
            os.kill(os.getpid(), signal.SIGKILL)
            yield from ()

    monkeypatch.setattr(model_ahead, "_POLL", 0.05)
    with pytest.raises(ModelProcessError, match="exit code -9"):
        list(docs_ahead(Killed(), iter(TEXTS)))


def test_a_worker_of_a_pool_does_not_start_one(monkeypatch):
    import multiprocessing

    monkeypatch.setattr(multiprocessing.current_process(), "daemon", True, raising=False)
    assert not model_ahead.second_process_pays()


def test_a_build_whose_model_process_is_killed_is_one_line_naming_the_file_and_writes_nothing(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from rightsgraph import builders
    from rightsgraph.cli import cli

    def killed(*_arguments):
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(builders, "STREAM_CHARS", 1_000)
    monkeypatch.setattr(builders, "PIECE_CHARS", 800)
    monkeypatch.setattr(model_ahead, "_run_model", killed)
    monkeypatch.setattr(model_ahead, "_POLL", 0.05)
    monkeypatch.setattr(model_ahead, "second_process_pays", lambda: True)
    path = tmp_path / "long.txt"
    path.write_text("Inquiry into Mongolia\n\n" + "".join(TEXTS[n % 3] + "\n\n" for n in range(12)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "model's process ended early" in lines[0], result.output
    assert not [name for name in os.listdir(tmp_path / "out") if name.startswith("graph.")]
