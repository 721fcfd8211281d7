"""One long document: `rightsgraph build` of a 2.4 MB text against spaCy's own nlp.pipe over
the same paragraphs (issue 17, item 1).

Two texts: invented text of the genre that does not repeat itself (a report of a commission
of inquiry and a special rapporteur, with thousands of distinct invented people, places and
organisations, and numbers that differ from paragraph to paragraph, so that no cache of
identical paragraphs can carry the figure), and the reference article of ../shared/corpus
(read at run time, never copied here) repeated to the same size, with one paragraph of its
own at the end.

    python benchmarks/long_document.py [--chars 2400000] [--texts synthetic repeated] [--keep DIR]

Each measurement is a fresh process started from here: wall time from its start to its end
(Python's start, the model's loading and the outputs counted) and the processor time of it
and every process it starts (steadier than wall time on a shared machine), peak memory the highest
proportional set size of it and every process it starts, sampled every 50 ms, and its own
peak RSS. The baseline loads the same model (``load_nlp``) and runs ``nlp.pipe`` over the
text's paragraphs (split at blank lines), 32 at a time, on one process: once with the BLAS
threads OpenBLAS chooses, once with one (``threadpoolctl``); the ratio is against the quicker.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from corpus import run, wait_idle

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus"

_ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st",
           "tr", "sh", "th", "ch"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ei", "ou"]
_CODAS = ["", "", "n", "r", "l", "s", "m", "k", "nd", "rt", "ss"]
COUNTRIES = ["Moldova", "Paraguay", "Mongolia", "Zambia", "Namibia", "Uruguay", "Malawi", "Benin", "Bhutan", "Fiji",
             "Gabon", "Guyana", "Honduras", "Kyrgyzstan", "Lesotho", "Madagascar", "Mauritania", "Nepal", "Panama",
             "Suriname", "Tajikistan", "Togo", "Tunisia", "Uganda"]
VIOLATIONS = ["forced labour", "arbitrary detention", "torture", "enforced disappearances", "public executions",
              "sexual violence", "forced displacement", "starvation", "trafficking", "beatings", "forced evictions",
              "unlawful killings"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORG_HEADS = ["Watch", "Rights Initiative", "Legal Aid Network", "Justice Centre", "Monitor", "Solidarity Forum",
             "Defenders' Alliance", "Truth Project"]


class Names:
    """Invented names, each used once unless asked for again: syllables give tens of
    thousands of them."""

    def __init__(self, pick: random.Random):
        self.pick = pick
        self.used: set[str] = set()

    def word(self, syllables: int) -> str:
        while True:
            word = "".join(self.pick.choice(_ONSETS) + self.pick.choice(_VOWELS) + self.pick.choice(_CODAS)
                           for _ in range(syllables)).capitalize()
            if word not in self.used:
                self.used.add(word)
                return word

    def person(self) -> str:
        return f"{self.word(2)} {self.word(self.pick.choice((2, 3)))}"

    def place(self) -> str:
        return self.word(self.pick.choice((2, 3)))

    def organisation(self) -> str:
        return f"{self.word(2)} {self.pick.choice(ORG_HEADS)}"


def synthetic_text(chars: int, seed: int = 17) -> str:
    """A report of the genre, ``chars`` characters long, that never repeats a paragraph."""
    pick = random.Random(seed)
    names = Names(pick)
    country = pick.choice(COUNTRIES)
    chair, rapporteur = names.person(), names.person()
    paragraphs = [
        f"Report of the Commission of Inquiry on {country}",
        f"The Commission of Inquiry on {country}, chaired by {chair}, was established by the Human Rights Council "
        f"to investigate violations of human rights in {country}. The Special Rapporteur on the situation of human "
        f"rights in {country}, Ms. {rapporteur}, cooperated with the Commission throughout its work.",
    ]
    size = sum(len(paragraph) + 2 for paragraph in paragraphs)
    number = 0
    while size < chars:
        number += 1
        paragraph = _paragraph(pick, names, country, chair, rapporteur, number)
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n"


def _paragraph(pick: random.Random, names: Names, country: str, chair: str, rapporteur: str, number: int) -> str:
    witness, official, place, ngo = names.person(), names.person(), names.place(), names.organisation()
    crimes = pick.sample(VIOLATIONS, 3)
    year, day, month = pick.randint(2015, 2031), pick.randint(1, 28), pick.choice(MONTHS)
    count = pick.randint(12, 4_000)
    sentences = [
        f"{number}. In {place}, {count} people described {crimes[0]} and {crimes[1]} between {month} {year} and "
        f"{pick.choice(MONTHS)} {year + 1}.",
        f"{witness}, a former detainee, told the Commission that guards at the {place} detention centre "
        f"had subjected her to {crimes[2]} for {pick.randint(2, 40)} days.",
        f"{official}, a spokesperson for the Ministry of Interior, denied that {crimes[0]} took place in {place}.",
        f"The {ngo} said on {day} {month} {year} that it had documented {pick.randint(3, 900)} cases of {crimes[1]} "
        f"in the region.",
        f"The Commission found reasonable grounds to believe that security forces committed {crimes[0]} in {place}.",
        f"The Special Rapporteur urged the Government of {country} to release the {pick.randint(2, 300)} people "
        f"still held there. She said that {names.person()} and {names.person()} had disappeared in {year}.",
        f"{chair.split()[-1]} called on the authorities to grant the Commission access to {place} before "
        f"{month} {year + 1}.",
        f"{rapporteur.split()[-1]} will present her report to the Human Rights Council at its "
        f"{pick.randint(40, 70)}th session.",
    ]
    return " ".join(pick.sample(sentences, pick.randint(3, 6)))


def repeated_text(chars: int) -> str:
    """The reference article of ../shared/corpus repeated to ``chars`` characters, with one
    paragraph of its own at the end (as the issue tried it)."""
    reference = next(iter(sorted(CORPUS.glob("00_*.txt")))).read_text(encoding="utf-8")
    copies = max(1, round(chars / (len(reference) + 2)))
    return "\n\n".join([reference.strip()] * copies) + "\n\nThe Commission said it would publish its findings in May.\n"


BUILD = """
import json, resource, sys, time
start = time.perf_counter()
import rightsgraph
result = rightsgraph.build([sys.argv[2]], sys.argv[2] + "-out")
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak / 1024, "triples": result.written.triples,
                  "failures": result.summary.failures}))
"""

PIPE = """
import json, resource, sys, time
start = time.perf_counter()
from contextlib import nullcontext
from threadpoolctl import threadpool_limits
from rightsgraph.builders.article import article_from_path
from rightsgraph.builders.nlp import load_nlp
nlp = load_nlp()
text = article_from_path(sys.argv[2], max_bytes=10**9).text
with threadpool_limits(1, user_api="blas") if sys.argv[3:] == ["1"] else nullcontext():
    for _doc in nlp.pipe([block for block in text.split("\\n\\n") if block.strip()], batch_size=32):
        pass
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak / 1024}))
"""


def measure(code: str, folder: Path, name: str, *arguments: str) -> dict:
    """Run ``code`` on the text ``folder/name`` in a fresh process (``corpus.run``): its
    result, its wall time as seen from here, and the peak proportional set size of it and
    every process it starts."""
    started, cpu = time.perf_counter(), _children_cpu()
    result = run(code, str(folder), name, *arguments)
    result["wall"] = time.perf_counter() - started
    result["cpu"] = _children_cpu() - cpu
    return result


def _children_cpu() -> float:
    """The processor time of the processes this one started and waited for, and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_400_000)
    parser.add_argument("--texts", nargs="+", choices=["synthetic", "repeated"], default=["synthetic", "repeated"])
    parser.add_argument("--keep", type=Path, help="write the texts and outputs here (a temporary folder otherwise)")
    parser.add_argument("--wait-idle", type=float, metavar="SHARE",
                        help="before each run, wait (up to 10 minutes) until the processors were this idle")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = options.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print("| text | MB | words | build s (CPU s) | build peak MB, all processes | build peak RSS MB | "
              "nlp.pipe s (CPU s), BLAS threads / one | nlp.pipe peak MB | build / quicker pipe, wall (CPU) | triples |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for name in options.texts:
            text = synthetic_text(options.chars) if name == "synthetic" else repeated_text(options.chars)
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            if options.wait_idle:
                wait_idle(idle=options.wait_idle)
            build = measure(BUILD, folder, path.name)
            if build["failures"]:
                raise SystemExit(f"{name}: {build['failures']}")
            pipes = []
            for threads in ("default", "1"):
                if options.wait_idle:
                    wait_idle(idle=options.wait_idle)
                pipes.append(measure(PIPE, folder, path.name, threads))
            pipe = min(pipes, key=lambda figures: figures["wall"])
            print(f"| {name} | {len(text.encode()) / 1e6:.1f} | {len(text.split()):,} | {build['wall']:.1f} "
                  f"({build['cpu']:.1f}) | {build['tree_mb']:,.0f} | {build['peak_mb']:,.0f} | "
                  f"{pipes[0]['wall']:.1f} ({pipes[0]['cpu']:.1f}) / {pipes[1]['wall']:.1f} ({pipes[1]['cpu']:.1f}) | "
                  f"{pipe['tree_mb']:,.0f} | {build['wall'] / pipe['wall']:.2f}× ({build['cpu'] / pipe['cpu']:.2f}×) | "
                  f"{build['triples']:,} |", flush=True)


if __name__ == "__main__":
    main()
