"""Scoring extraction against gold annotations in the ontology's format.

The same matching as the project's referee: per document and event type, one
sentence a unit; a system sentence matches a gold evidence when one contains
the other or they share a long common stretch (whitespace and quotes
normalised); each gold line and each distinct system sentence is used once;
only realis events count; optional gold lines neither earn nor cost.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().lower()


def overlaps(evidence: str, sentence: str) -> bool:
    e, s = norm(evidence), norm(sentence)
    if not e or not s:
        return False
    if e in s or s in e:
        return True
    m = SequenceMatcher(None, e, s, autojunk=False).find_longest_match(0, len(e), 0, len(s))
    return m.size >= min(40, int(0.6 * len(e)))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    per_type: dict[str, Counts]
    side_ok: int = 0
    side_n: int = 0
    loc_ok: int = 0
    loc_n: int = 0
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        return Counts(*(sum(getattr(c, k) for c in self.per_type.values()) for k in ("tp", "fp", "fn")))

    def as_dict(self) -> dict:
        out = {}
        for name, c in list(self.per_type.items()) + [("micro", self.micro)]:
            p, r, f = c.prf()
            out[name] = {"precision": p, "recall": r, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        out["actor_side_accuracy"] = self.side_ok / self.side_n if self.side_n else None
        out["location_accuracy"] = self.loc_ok / self.loc_n if self.loc_n else None
        return out


def load_gold(path: Path) -> tuple[dict[tuple[str, str], list[dict]], set[str]]:
    gold: dict[tuple[str, str], list[dict]] = defaultdict(list)
    docs: set[str] = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            docs.add(row["doc"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a gold line ({exc})") from None
        if row.get("type"):
            gold[(row["doc"], row["type"])].append(row)
    return gold, docs


def system_units(events: list[dict]) -> dict[tuple[str, str], dict[str, dict]]:
    """Realis event rows grouped into distinct sentences per (document, type)."""
    system: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for e in events:
        if not e["realis"]:
            continue
        key = (e["source_path"].replace("\\", "/"), e["event_type"])
        unit = system[key].setdefault(norm(e["sentence"]), {"sentence": e["sentence"], "sides": set(), "locations": set()})
        if e.get("actor_side"):
            unit["sides"].add(str(e["actor_side"]).upper())
        if e.get("location"):
            unit["locations"].add(norm(str(e["location"])))
    return system


def score(gold: dict, gold_docs: set[str], system: dict) -> Score:
    types = sorted({t for _, t in gold} | {t for d, t in system if d in gold_docs})
    result = Score({t: Counts() for t in types})
    for t in types:
        for doc in sorted(gold_docs):
            units = list(system.get((doc, t), {}).values())
            used: set[int] = set()
            for g in sorted(gold.get((doc, t), []), key=lambda g: bool(g.get("optional"))):
                hit = next((i for i, s in enumerate(units) if i not in used and overlaps(g["evidence"], s["sentence"])), None)
                if g.get("optional"):
                    if hit is not None:
                        used.add(hit)
                    continue
                if hit is None:
                    result.per_type[t].fn += 1
                    result.errors.append(("FN", t, doc, g["evidence"]))
                    continue
                used.add(hit)
                result.per_type[t].tp += 1
                unit = units[hit]
                if g.get("actor_side"):
                    result.side_n += 1
                    result.side_ok += g["actor_side"].upper() in unit["sides"]
                if g.get("location"):
                    result.loc_n += 1
                    gl = norm(g["location"])
                    result.loc_ok += any(gl in sl or sl in gl for sl in unit["locations"] if sl)
            for i, unit in enumerate(units):
                if i not in used:
                    result.per_type[t].fp += 1
                    result.errors.append(("FP", t, doc, unit["sentence"]))
    return result


def extract_folder(input_dir: Path, max_file_bytes: int = 10 * 1024 * 1024) -> list[dict]:
    """Event rows for every article below ``input_dir``, without Prefect or a warehouse.

    A score must not hide a crash: an article whose extraction fails (which a run would
    quarantine and go on) stops the evaluation with its path and error.
    """
    from tasks.ingest import ingest
    from tasks.run import extract_batch

    extracted = extract_batch(ingest(Path(input_dir), max_file_bytes).documents)
    if extracted.errors:
        first = extracted.errors[0]
        raise RuntimeError(f"extraction failed on {len(extracted.errors)} article(s), first {first.source_path}: {first.message}")
    return extracted.rows


def evaluate(input_dir: Path, gold_path: Path, docs: set[str] | None = None) -> Score:
    """Extract from ``input_dir`` and score against ``gold_path`` (optionally only ``docs``)."""
    gold, gold_docs = load_gold(gold_path)
    if docs is not None:
        gold_docs &= docs
        gold = {k: v for k, v in gold.items() if k[0] in gold_docs}
    return score(gold, gold_docs, system_units(extract_folder(input_dir)))


def format_report(result: Score, errors: bool = False) -> str:
    lines = []
    if errors:
        lines += [f"{kind} {t:24} {doc}: {text[:140]!r}" for kind, t, doc, text in result.errors]
    d = result.as_dict()
    lines.append(f"{'type':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
    for name, r in d.items():
        if isinstance(r, dict):
            lines.append(f"{name:24} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['tp']:4} {r['fp']:4} {r['fn']:4}")
    for key in ("actor_side_accuracy", "location_accuracy"):
        v = d[key]
        lines.append(f"{key}: {'n/a' if v is None else f'{v:.3f}'}")
    return "\n".join(lines)
