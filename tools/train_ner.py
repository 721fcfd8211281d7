"""Fine-tune en_core_web_sm's entity recogniser on the develop part's gold, for the genre.

    python tools/train_ner.py                       # train on the develop part, write the model
    python tools/train_ner.py --train A --out DIR   # train on a list of articles (for folds)

Only the ``ner`` component learns: it has its own embedding layers in en_core_web_sm, so the
tagger, parser and lemmatizer the rules read stay the official ones. Its weights go to
``rightsgraph/builders/data/ner`` (``Pipe.to_disk``), which ``load_nlp`` puts in place of the
official weights.

The training documents are the develop articles as the builder reads them. Their entities
come from two sources:

- the gold's names of persons, organisations and places, found in the text (a person's
  surname alone too), are PERSON, ORG and GPE (LOC or FAC where the model says so);
- every other entity the official model finds stays as it is (dates, numbers, peoples, laws),
  so that the recogniser keeps what the gold does not label; a PERSON, ORG, GPE, LOC or FAC
  of the model's that is in no gold is no name (the gold lists every named person,
  organisation and place) and is taught as none.

Names the gold holds that are no span of a name (a post, "the police", a government named
by its country's adjective) and the names of UN mechanisms (which the builder finds by their
wording, not by the model) are left unsupervised: the model learns nothing either way there.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "rightsgraph" / "builders" / "data" / "ner"

NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
#: Words that make a gold organisation's name a description of a government, not a name.
GOVERNMENT_WORDS = re.compile(r"\b(government|regime|administration|authorities)\b", re.IGNORECASE)


def develop_articles() -> list[str]:
    split = json.loads((ROOT / "benchmarks" / "split.json").read_text(encoding="utf-8"))
    return split["develop"]


def gold_names(gold: dict) -> list[tuple[str, str | None]]:
    """(name, label) for every gold name; label None where the model is not to learn it."""
    names: list[tuple[str, str | None]] = []
    for person in gold.get("persons", []):
        names.append((person["name"], "PERSON"))
        words = person["name"].split()
        if len(words) > 1:
            names.append((words[-1], "PERSON"))
    for org in gold.get("organizations", []):
        label = "ORG"
        if org.get("kind") == "UN mechanism":
            label = None
        for name in [org["name"], *org.get("aliases", [])]:
            names.append((name, None if GOVERNMENT_WORDS.search(name) else label))
    for place in gold.get("places", []):
        for name in [place["name"], *place.get("aliases", [])]:
            names.append((name, "GPE"))
    return names


def reference_entities(doc, gold: dict) -> list[str]:
    """BILUO tags for the doc: gold names, the model's other entities, '-' where unsupervised."""
    from spacy.training import offsets_to_biluo_tags

    text = doc.text
    claimed = [False] * len(text)
    spans: list[tuple[int, int, str | None]] = []
    # the longest names first, so that a surname inside a full name is not taken alone
    for name, label in sorted(set(gold_names(gold)), key=lambda item: (-len(item[0]), item[0], item[1] or "")):
        name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        if not name or not name[0].isupper() and not name[0].isdigit():
            continue  # "the police", "security forces": no name for the model to find
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = match.start(), match.end()
            if any(claimed[start:end]):
                continue
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None:
                continue
            if label == "GPE":
                predicted = {ent.label_ for ent in doc.ents if ent.start == span.start and ent.end == span.end}
                label = next(iter(predicted & {"LOC", "FAC"}), "GPE")
            spans.append((start, end, label))
            for index in range(start, end):
                claimed[index] = True
    for ent in doc.ents:
        if any(claimed[ent.start_char : ent.end_char]):
            continue
        if ent.label_ in NAME_LABELS:
            continue  # a name the gold does not have is none: taught as outside
        spans.append((ent.start_char, ent.end_char, ent.label_))
    tags = offsets_to_biluo_tags(doc, [(start, end, label or "MISSING") for start, end, label in spans])
    return ["-" if tag.endswith("-MISSING") else tag for tag in tags]


def examples(names: list[str], nlp) -> list:
    from spacy.training import Example

    from rightsgraph.builders import article_from_path, masked_text

    found = []
    for name in names:
        article = article_from_path(SHARED / "corpus" / name)
        gold = json.loads((SHARED / "gold" / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
        doc = nlp(masked_text(article))
        tags = reference_entities(doc, gold)
        found.append(Example.from_dict(nlp.make_doc(doc.text), {"entities": tags}))
    return found


def versions() -> dict[str, str]:
    """The versions of what decides the trained bytes."""
    from importlib.metadata import version

    return {package: version(package) for package in ("spacy", "thinc", "numpy")}


def train(names: list[str], out: Path, epochs: int, dropout: float, seed: int) -> None:
    import spacy
    from spacy.util import fix_random_seed, minibatch

    from rightsgraph.builders.nlp import load_official_nlp

    fix_random_seed(seed)
    nlp = load_official_nlp()
    train_examples = examples(sorted(names), nlp)  # the same model whatever order the names come in
    rng = random.Random(seed)
    with nlp.select_pipes(enable="ner"):
        optimizer = nlp.resume_training()
        for epoch in range(epochs):
            rng.shuffle(train_examples)
            losses: dict[str, float] = {}
            for batch in minibatch(train_examples, size=4):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            print(f"epoch {epoch + 1:2d}  loss {losses.get('ner', 0.0):9.2f}", file=sys.stderr)
    out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
    (out / "training.json").write_text(json.dumps({
        "base": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "versions": versions(),
        "articles": sorted(names),
        "epochs": epochs,
        "dropout": dropout,
        "seed": seed,
    }, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", nargs="*", help="article file names (default: the develop part)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    train(options.train or develop_articles(), options.out, options.epochs, options.dropout, options.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
