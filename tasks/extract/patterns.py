"""Event patterns are data: ``patterns/<type>.jsonl``, one rule a line.

A rule is a spaCy DependencyMatcher pattern whose first node is named
``trigger``, plus constraints on the event's participants, each naming
lexicons (``lexicons/<name>.txt``). ``"$name"`` inside a pattern stands for
the list of a lexicon. Every rule is validated when loaded; a broken file
stops the run with its file name and line number.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

ROLES = {"subj", "obj", "pass", "controller", "controller_obj", "head", "of", "by", "poss", "mod", "to", "from", "on", "agent", "self", "desc", "patient_subj", "ing_head", "governor_subj", "complement", "over", "task_goal", "task_home", "among", "absolute_subj", "member", "addressee", "compound_before", "declarer", "against", "off", "misread_obj", "possessor_subj", "in_force", "performer_subj", "for", "pass_owner", "label_entry", "off_to", "object_on", "organised_by_subj", "labeller", "with", "determined"}
BUILTIN_CLASSES = {"any", "armed", "state", "leader", "place", "demonym", "side", "freed_captive"}
BUILTIN_CONTEXTS = {"from_place", "receiver_armed", "pronoun_at_war", "pronoun_for_force", "order_before", "at_war", "own_refusal", "occasion_ban", "group_to_state"}
RULE_KEYS = {"id", "label", "pattern", "source", "actor", "theme", "receiver", "context", "confidence", "negation_is_event", "decision_future", "orders_are_demands", "theme_from_document", "subject_is_opponent", "governor_is_event", "no_receiver", "context_always"}
SLOT_KEYS = {"roles", "classes", "forbid", "required"}


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class Slot:
    roles: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    pattern: list = field(hash=False, compare=False)
    actor: Slot = Slot()
    theme: Slot = Slot()
    receiver: Slot = Slot()
    context: tuple[str, ...] = ()
    confidence: float = 0.8
    negation_is_event: bool = False
    decision_future: bool = False
    orders_are_demands: bool = False
    subject_is_opponent: bool = False  # "the SDF pushed them back": who does it to the actor is the other side
    theme_from_document: bool = False  # with nothing said of what was cancelled, the celebration the article named
    governor_is_event: bool = False  # "refused to hold the parade", "no plans to hold it": the word above the trigger is the event, its realis is judged there
    no_receiver: bool = False  # "gave up their positions" (a retreat), not "gave up the fortress to the Ottoman army" (a surrender)
    context_always: bool = False  # the context must hold even with an actor named ("Britain's exit" is no retreat without "from Mali")


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("tasks.extract").joinpath(name)))


@lru_cache(maxsize=4)
def load_lexicons(folder: Path | None = None) -> dict[str, frozenset[str]]:
    folder = folder or _package_dir("lexicons")
    out = {}
    for path in sorted(Path(folder).glob("*.txt")):
        words = [w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()]
        out[path.stem] = frozenset(w for w in words if w and not w.startswith("#"))
    return out


def lexicon(name: str) -> frozenset[str]:
    """A lexicon of the package's own folder: the grammar words that roles, realis and arguments read."""
    return load_lexicons()[name]


def load_rules(folder: Path | None = None, lexicons: dict[str, frozenset[str]] | None = None) -> list[Rule]:
    """Every rule of every ``*.jsonl`` in ``folder``, validated."""
    folder = Path(folder or _package_dir("patterns"))
    lexicons = lexicons if lexicons is not None else load_lexicons()
    rules: list[Rule] = []
    seen: set[str] = set()
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise PatternError(f"no pattern files (*.jsonl) in {folder}")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
                rule = _rule(raw, lexicons)
            except (ValueError, TypeError, KeyError) as exc:
                raise PatternError(f"{where}: {exc}") from None
            if rule.id in seen:
                raise PatternError(f"{where}: duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            rules.append(rule)
    return rules


def _rule(raw: dict, lexicons: dict[str, frozenset[str]]) -> Rule:
    if not isinstance(raw, dict):
        raise PatternError("a rule is a JSON object")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise PatternError(f"unknown keys {sorted(unknown)}")
    for key in ("id", "label", "pattern", "source"):
        if key not in raw:
            raise PatternError(f"missing {key!r}")
    if not isinstance(raw["source"], str) or not raw["source"].strip():
        raise PatternError("source must say where the rule's wording comes from (ontology, FrameNet, CAMEO, news usage)")
    label = raw["label"]
    if not isinstance(label, str) or not label.isupper():
        raise PatternError(f"label must be an UPPER_CASE event type, got {label!r}")
    pattern = _expand(raw["pattern"], lexicons)
    if not isinstance(pattern, list) or not pattern or pattern[0].get("RIGHT_ID") != "trigger":
        raise PatternError("pattern must be a non-empty list whose first node has RIGHT_ID 'trigger'")
    _check_matcher_pattern(raw["id"], pattern)
    classes = set(lexicons) | BUILTIN_CLASSES
    slots = {name: _slot(raw.get(name, {}), name, classes) for name in ("actor", "theme", "receiver")}
    context = tuple(raw.get("context", ()))
    bad = set(context) - set(lexicons) - BUILTIN_CONTEXTS
    if bad:
        raise PatternError(f"unknown context {sorted(bad)}")
    confidence = float(raw.get("confidence", 0.8))
    if not 0 < confidence <= 1:
        raise PatternError("confidence must be in (0, 1]")
    return Rule(
        id=str(raw["id"]),
        label=label,
        pattern=pattern,
        context=context,
        confidence=confidence,
        negation_is_event=bool(raw.get("negation_is_event", False)),
        decision_future=bool(raw.get("decision_future", False)),
        orders_are_demands=bool(raw.get("orders_are_demands", False)),
        no_receiver=bool(raw.get("no_receiver", False)),
        theme_from_document=bool(raw.get("theme_from_document", False)),
        subject_is_opponent=bool(raw.get("subject_is_opponent", False)),
        governor_is_event=bool(raw.get("governor_is_event", False)),
        context_always=bool(raw.get("context_always", False)),
        **slots,
    )


def _slot(raw: dict, name: str, classes: set[str]) -> Slot:
    if not isinstance(raw, dict):
        raise PatternError(f"{name} must be an object")
    unknown = set(raw) - SLOT_KEYS
    if unknown:
        raise PatternError(f"{name}: unknown keys {sorted(unknown)}")
    roles = tuple(raw.get("roles", ()))
    if set(roles) - ROLES:
        raise PatternError(f"{name}: unknown roles {sorted(set(roles) - ROLES)}")
    for key in ("classes", "forbid"):
        if set(raw.get(key, ())) - classes:
            raise PatternError(f"{name}.{key}: unknown classes {sorted(set(raw[key]) - classes)}")
    return Slot(roles, tuple(raw.get("classes", ())), tuple(raw.get("forbid", ())), bool(raw.get("required", False)))


def _expand(node, lexicons):
    """Replace ``"$name"`` by the sorted words of lexicon ``name``; inside a list, ``"$name"`` items
    are replaced by their words (``["$celebration", "$celebration_generic"]``: the words of both)."""
    if isinstance(node, str) and node.startswith("$"):
        if node[1:] not in lexicons:
            raise PatternError(f"unknown lexicon {node}")
        return sorted(lexicons[node[1:]])
    if isinstance(node, list):
        out = []
        for n in node:
            if isinstance(n, str) and n.startswith("$"):
                out += [w for w in _expand(n, lexicons) if w not in out]
            else:
                out.append(_expand(n, lexicons))
        return out
    if isinstance(node, dict):
        return {k: _expand(v, lexicons) for k, v in node.items()}
    return node


ENTITY_ATTRS = {"ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID"}


def _check_matcher_pattern(rule_id: str, pattern: list) -> None:
    """Let spaCy's own validation judge the pattern's syntax. Lines are first parsed without named entities
    (tasks/entities.py adds them to the lines a rule's arguments ask for), so a pattern may not match on them."""
    from spacy.matcher import DependencyMatcher
    from spacy.vocab import Vocab

    read = {attr for node in pattern if isinstance(node, dict) for attr in node.get("RIGHT_ATTRS", {})} & ENTITY_ATTRS
    if read:
        raise PatternError(f"a pattern cannot read named entities ({sorted(read)}): they are added after matching, through tasks/entities.py")

    try:
        DependencyMatcher(Vocab(), validate=True).add(rule_id, [pattern])
    except Exception as exc:  # spaCy raises ValueError or its own MatchPatternError
        raise PatternError(f"invalid DependencyMatcher pattern: {exc}") from None


# The code and data whose change can change an event row: extraction and normalisation code, their data
# files, the text view and splitter the parser is given, and how the cascade parses (named entities on demand,
# the attribute table, the tokenizer's special cases and the parse's own components that load_model adds). A change
# re-extracts every document.
VERSIONED = (
    "tasks/extract", "tasks/normalize", "tasks/nlp.py", "tasks/entities.py", "tasks/attribute_table.py", "tasks/text.py", "tasks/data",
    "tasks/hyphen_names.py", "tasks/verb_shape.py", "tasks/participle_subject.py", "tasks/quoted_names.py", "tasks/as_object.py",
    "tasks/headline_parts.py", "tasks/headline_names.py", "tasks/headline_clauses.py", "tasks/fronted_subject.py", "tasks/comma_phrases.py",
    "tasks/told_clause.py", "tasks/said_participle.py", "tasks/adjective_aside.py", "tasks/said_in_that.py",
)
VERSIONED_SUFFIXES = {".py", ".jsonl", ".json", ".txt", ".tsv"}


def _versioned_files(root: Path) -> list[Path]:
    files = []
    for entry in VERSIONED:
        path = root / entry
        found = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        files += [f for f in found if f.suffix in VERSIONED_SUFFIXES and "__pycache__" not in f.parts]
    return files


def version(folder: Path | None = None, lexicon_folder: Path | None = None, model: str = "") -> str:
    """``extractor_version``: a digest of every file that decides the rows (rules, lexicons, the
    extraction and normalisation code and data, the text view) and of the spaCy model's name and version."""
    digest = hashlib.sha256()
    root = _package_dir("").parent.parent
    code = [p for p in _versioned_files(root) if p.parent.name not in ("patterns", "lexicons") or p.parent.parent.name != "extract"]
    for base, glob in ((folder or _package_dir("patterns"), "*.jsonl"), (lexicon_folder or _package_dir("lexicons"), "*.txt")):
        for path in sorted(Path(base).glob(glob)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for path in code:
        label = path.relative_to(root) if path.is_relative_to(root) else path.name
        digest.update(str(label).encode() + b"\0" + path.read_bytes())
    digest.update(model.encode())
    return f"{model or 'model?'}+{digest.hexdigest()[:12]}"
