"""What scoring a graph against gold counts, and the table that shows it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Count:
    found: int = 0
    total: int = 0

    @property
    def ratio(self) -> float | None:
        return self.found / self.total if self.total else None

    def __iadd__(self, other: Count) -> Count:
        self.found += other.found
        self.total += other.total
        return self


@dataclass
class Score:
    """The measures for one article, or the micro-averaged sum over several."""

    name: str
    entity_recall: Count = field(default_factory=Count)
    entity_precision: Count = field(default_factory=Count)
    typed_recall: Count = field(default_factory=Count)
    split_entities: int = 0
    titled_reports: Count = field(default_factory=Count)
    untitled_reports: Count = field(default_factory=Count)
    violation_recall: Count = field(default_factory=Count)
    violation_precision: Count = field(default_factory=Count)
    relations: Count = field(default_factory=Count)
    events: Count = field(default_factory=Count)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("entity_recall", "entity_precision", "typed_recall", "titled_reports", "untitled_reports",
                     "violation_recall", "violation_precision", "relations", "events"):
            getattr(self, name).__iadd__(getattr(other, name))
        self.split_entities += other.split_entities
        self.misses += [f"{other.name}: {miss}" for miss in other.misses]

    def row(self) -> dict[str, object]:
        return {
            "article": self.name,
            "entity R": self.entity_recall.ratio, "entity P": self.entity_precision.ratio,
            "typed R": self.typed_recall.ratio, "split": self.split_entities,
            "titled reports": self.titled_reports.ratio, "untitled reports": self.untitled_reports.ratio,
            "violation R": self.violation_recall.ratio, "violation P": self.violation_precision.ratio,
            "relations R": self.relations.ratio, "events R": self.events.ratio,
        }


def format_table(scores: list[Score], total: Score | None = None) -> str:
    """A plain-text table, one row per article and a micro-averaged total."""
    rows = [score.row() for score in scores] + ([total.row()] if total else [])
    if not rows:
        return "no articles"
    columns = list(rows[0])
    cells = [[_cell(row[column]) for column in columns] for row in rows]
    widths = [max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(columns)]
    lines = [" | ".join(column.ljust(width) for column, width in zip(columns, widths))]
    lines.append("-|-".join("-" * width for width in widths))
    lines += [" | ".join(cell.ljust(width) for cell, width in zip(line, widths)) for line in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
