"""Synthetic news articles for the memory benchmark: 100-300 words each, a few with an event sentence.

Sentences are filled from the templates and word lists of
``bench/data/synthetic_articles.json`` (written for the benchmark), so every
article is distinct and English. Written as ``.jsonl`` files of
``per_file`` articles each, or as ``.txt`` files (first line the headline) in
folders of ``per_file``.
"""
from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "synthetic_articles.json"


class Writer:
    def __init__(self, seed: int = 0, event_share: float = 0.1):
        self.words = json.loads(DATA.read_text(encoding="utf-8"))
        self.rng = random.Random(seed)
        self.event_share = event_share

    def _fill(self, template: str) -> str:
        w, rng = self.words, self.rng
        text = template.format(
            town=rng.choice(w["towns"]), side=rng.choice(w["sides"]), forces=rng.choice(w["forces"]), day=rng.choice(w["days"]),
            topic=rng.choice(w["topics"]), person=rng.choice(w["people"]), number=rng.randint(2, 90),
        )
        return text[0].upper() + text[1:]

    def article(self, number: int) -> dict:
        """One article: ``title``, ``text``, ``published_at``; an event sentence in ``event_share`` of them."""
        rng, w = self.rng, self.words
        target = rng.randint(100, 300)
        sentences: list[str] = []
        count = 0
        while count < target:
            sentence = self._fill(rng.choice(w["filler_sentences"]))
            sentences.append(sentence)
            count += len(sentence.split())
        if rng.random() < self.event_share:
            sentences.insert(rng.randrange(len(sentences)), self._fill(rng.choice(w["event_sentences"])))
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        title = f"{self._fill(rng.choice(w['filler_sentences'])).rstrip('.')} ({number})"
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
        return {"title": title, "text": "\n\n".join(paragraphs), "published_at": day.isoformat()}


def write(folder: Path, n: int, fmt: str = "jsonl", per_file: int = 1000, seed: int = 0, event_share: float = 0.1) -> int:
    """Write ``n`` articles under ``folder``; the number of words written."""
    writer, words = Writer(seed, event_share), 0
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, n, per_file):
        articles = [writer.article(i) for i in range(start, min(n, start + per_file))]
        words += sum(len(a["title"].split()) + len(a["text"].split()) for a in articles)  # the headline is read too
        part = f"part-{start // per_file:05d}"
        if fmt == "jsonl":
            lines = (json.dumps({"id": start + i, **a}, ensure_ascii=False) for i, a in enumerate(articles))
            (folder / f"{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif fmt == "txt":
            sub = folder / part
            sub.mkdir()
            for i, a in enumerate(articles):
                (sub / f"article-{start + i:07d}.txt").write_text(f"{a['title']}\n\n{a['text']}\n", encoding="utf-8")
                (sub / f"article-{start + i:07d}.meta.json").write_text(json.dumps({"published_at": a["published_at"]}), encoding="utf-8")
        else:
            raise ValueError(f"format must be jsonl or txt, not {fmt!r}")
    return words
