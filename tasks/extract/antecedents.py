"""What a pronoun or a definite noun refers back to, read off a document's annotations: the armed actor "they" or
"he" stands for and its side, the group "the group", "it" or "the militants" names, the side "the army" belongs to.

A mixin of ``DocumentContext`` (context.py): each answer is a look-up by offset (binary search) in lists of the
document's armed words and side mentions, built once per document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from tasks.extract.name_scan import BY_AGENT, FORCE_OF, SENTENCE_END, WORD_EDGE, armed_plural, armed_word_counts
from tasks.extract.patterns import lexicon
from tasks.extract.receiving_mentions import receiving_mention
from tasks.extract.reporting_force import only_reports

if TYPE_CHECKING:
    from tasks.normalize import places

PRONOUN_LINES = 1  # a pronoun's antecedent: in its paragraph or the one line before


SITE_WORDS_AFTER = 3  # "Azovstal steel plant", "the Israeli army": the noun within three words after the name


ARMED_SIDE_CHARS = 24  # how far before an armed word its side may be named ("Russian mobilised conscripts")


class Antecedents:
    """The antecedents a ``DocumentContext`` finds before an offset (it gives ``text``, ``vocabulary``,
    ``line_starts``, ``side_mentions``, ``sides_in``, ``line_start`` and ``lines_before``)."""

    @cached_property
    def _groups(self) -> list[tuple[int, str]]:
        return [(a, n.code) for a, _, n in self.side_mentions if n.kind == "group"]

    @cached_property
    def _group_starts(self) -> list[int]:
        return [a for a, _ in self._groups]

    @cached_property
    def _armed(self) -> list[tuple[int, bool]]:
        """Offsets of armed words, and whether each names one person ("soldier"; not "soldiers",
        "servicemen", "the group" or "the army")."""
        if not self.vocabulary:
            return []
        persons = self.vocabulary.persons
        found = [m for m in self.vocabulary.armed.finditer(self.text) if armed_word_counts(self.text, m)]
        modifiers = {m.start() for m, after in zip(found, found[1:]) if self.text[m.end() : after.start()] == " "}  # "militant group"
        return [(m.start(), " ".join(m.group().lower().split()) in persons and m.start() not in modifiers) for m in found]

    @cached_property
    def _armed_starts(self) -> list[int]:
        return [a for a, _ in self._armed]

    def armed_before(self, offset: int, singular: bool = False) -> bool:
        """Was an armed actor named in this paragraph or the lines before ("they" can be a force;
        "he" only after a soldier, not after "soldiers")?"""
        start = self._pronoun_reach(offset)
        lo, hi = bisect_left(self._armed_starts, start), bisect_left(self._armed_starts, offset)
        return any(one or not singular for _, one in self._armed[lo:hi])

    def _pronoun_reach(self, offset: int) -> int:
        """Where a pronoun's antecedent may start: its paragraph and the PRONOUN_LINES lines of text
        before it (blank lines between paragraphs do not count)."""
        line = bisect_right(self.line_starts, offset) - 1
        back = 0
        while line > 0 and back < PRONOUN_LINES:
            line -= 1
            end = self.line_starts[line + 1]
            back += bool(self.text[self.line_starts[line] : end].strip())
        return self.line_starts[line]

    def civilians_since_armed(self, offset: int) -> bool:
        """Were people who are no force named after the last armed word before ``offset`` in a pronoun's reach
        ("fighters held the town ... People are living in forests. They are leaving")? Then "they" is them."""
        if not self.vocabulary or self.vocabulary.civilians is None:
            return False
        start = self._pronoun_reach(offset)
        lo, hi = bisect_left(self._armed_starts, start), bisect_left(self._armed_starts, offset)
        after = self._armed_starts[hi - 1] if hi > lo else start
        return after < offset and next(self.vocabulary.civilians.finditer(self.text[after:offset]), None) is not None

    def armed_side_before(self, offset: int, singular: bool = False, sided: bool = False) -> str | None:
        """The side of the armed actor a pronoun at ``offset`` refers back to: the side named just
        before the last armed word of the lines before ("Russian conscripts ... They withdrew": RUS), not the
        agent of a passive ("Afghan soldiers were surrounded by Taliban fighters. They retreated": AFG).
        ``sided``: else an armed word with a side earlier in that sentence ("the French army has 1,500 soldiers": FRA)."""
        start = self._pronoun_reach(offset)
        lo, hi = bisect_left(self._armed_starts, start), bisect_left(self._armed_starts, offset)
        last = reporter = None
        for a, one in reversed(self._armed[lo:hi]):
            if not (one or not singular) or BY_AGENT.search(self.text[max(start, a - ARMED_SIDE_CHARS) : a]):
                continue
            if only_reports(self.text, a):  # "..., Ukraine's army said": the source, an antecedent only if none other
                reporter = a if reporter is None else reporter
                continue
            if last is not None and re.search(r"[.!?]\s", self.text[a:last]):
                return None  # the force named last has no side, and no other force of its sentence gives one
            named = self._side_at(a) or self.sides_in(max(start, a - ARMED_SIDE_CHARS), a)  # "ordered Operation Barkhane out": France's
            if named and receiving_mention(self.text, named[-1][0], named[-1][1]):
                continue  # "surrendered to Armenian border guards. His unit had pulled back": not the receiver's
            if named or not sided:  # a force with no side after "a French officer said": the reporter's, as before
                return named[-1][2].code if named else self._reporter_side(start, reporter)
            last = a
        return self._reporter_side(start, reporter) if last is None else None

    def _side_at(self, offset: int) -> list[tuple[int, int, places.Name]]:
        """The side mention that starts at ``offset``: an armed word that is a force's own name in the sides data
        ("Barkhane", "the IDF", "Tatmadaw") is that side's, whatever state was named before it."""
        i = bisect_left(self._side_starts, offset)
        return self.side_mentions[i : i + 1] if i < len(self.side_mentions) and self.side_mentions[i][0] == offset else []

    def same_force_side_before(self, offset: int, noun: str) -> str | None:
        """The side of "the fighters" at ``offset``: the side named just before the last "fighters" in the lines
        before that names one ("Boko Haram fighters surrendered to Nigerian troops ... The fighters said"), the same
        noun taking its antecedent over another force named after it; not a report's source."""
        start = self._pronoun_reach(offset)
        lo, hi = bisect_left(self._armed_starts, start), bisect_left(self._armed_starts, offset)
        for a, _ in reversed(self._armed[lo:hi]):
            word = self.text[a : a + len(noun) + 1].lower()
            if not word.startswith(noun.lower()) or word[len(noun) :].isalpha() or only_reports(self.text, a):
                continue
            named = self.sides_in(max(start, a - ARMED_SIDE_CHARS), a)
            if named and not re.search(r"[.!?]\s", self.text[named[-1][1] : a]):
                return named[-1][2].code
        return None

    def _reporter_side(self, start: int, reporter: int | None) -> str | None:
        """The side named just before the reporting force's word at ``reporter`` ("Ukraine's army said": UKR)."""
        named = self.sides_in(max(start, reporter - ARMED_SIDE_CHARS), reporter) if reporter is not None else []
        return named[-1][2].code if named else None

    def group_before(self, offset: int, among: frozenset[str] | None = None) -> str | None:
        """The armed group named last before ``offset``, for "the group" to refer to (``among``: of those codes);
        one named only as a report's source ("..., the Syrian Democratic Forces said") when no other is, and one named
        only as an opponent ("after a week of clashes with FARC dissidents": lexicons/opponent_noun.txt) after any other."""
        i = bisect_left(self._group_starts, offset)
        found = [(a, code) for a, code in reversed(self._groups[:i]) if among is None or code in among]
        acting = [(a, code) for a, code in found if not only_reports(self.text, a)]
        return next((code for a, code in acting if not _named_as_opponent(self.text, a)), acting[0][1] if acting else found[0][1] if found else None)

    def fighters_group_before(self, offset: int) -> str | None:
        """The group whose fighters the lines before ``offset`` name last ("Islamic State fighters", "fighters of
        al-Shabaab"): what "the militants" or "the jihadists" refer back to, rather than a group named only as an
        organisation, a receiver or a target ("surrendered to the Syrian Democratic Forces", "attacked SDF positions")."""
        return self._fighters_group_in(self._pronoun_reach(offset), offset, last=True)

    def headline_fighters_group(self) -> str | None:
        """The group whose fighters the headline names ("Hundreds of Islamic State Fighters Give Themselves Up"): the
        story's own, which "the group's commanders" far below refer to when no group's fighters are named near them;
        the first, the headline's subject, not the receiver after it ("... Surrender to Kurdish Forces")."""
        return self._fighters_group_in(*self.headline, last=False) if self.has_headline else None

    def _fighters_group_in(self, start: int, end: int, last: bool) -> str | None:
        found = self.sides_in(start, end)
        for a, b, name in reversed(found) if last else found:
            if name.kind != "group":
                continue
            after = self.text[b : b + 40].split()[:1]
            of = FORCE_OF.search(self.text[max(start, a - 40) : a])  # "fighters of the Islamic State"
            if any(armed_plural(w) for w in (*after, *(of.groups() if of else ()))):
                return name.code
        return None

    def group_opens_sentence_before(self, sentence_start: int) -> str | None:
        """The armed group that opens the sentence before the one at ``sentence_start``, in its paragraph, as its
        subject ("Hamas fired rockets overnight.", "The Wagner Group lost dozens of men."), not a group's fighters
        ("Hamas fighters fired ..."): what "it" at the start of the next sentence may stand for."""
        line = self.line_start(sentence_start)
        ends = list(SENTENCE_END.finditer(self.text, line, sentence_start))
        if not ends or ends[-1].end() < sentence_start - 1:
            return None
        start = ends[-2].end() if len(ends) > 1 else line
        for a, b, name in self.sides_in(start, sentence_start):
            named = self.text[a:b].lower()
            common = named.endswith("s") and (named[:-1] in lexicon("armed") or named[:-1] in lexicon("jihadist_noun"))  # "Jihadists seized ..."
            if name.kind != "group" or common or self.text[start:a].strip() not in ("", "The", "the"):
                continue
            after = self.text[b : b + 40].split()[:1]
            word = after[0].lower().strip(WORD_EDGE) if after else ""
            force_word = word.endswith("s") and (word in lexicon("armed") or word[:-1] in lexicon("armed") or word in lexicon("member"))
            return None if force_word else name.code
        return None

    def side_named_before(self, offset: int) -> str | None:
        """The side named last in the paragraph before ``offset`` or the lines just before it."""
        found = self.sides_in(self.lines_before(self.line_start(offset)), offset)
        return found[-1][2].code if found else None

    def side_of_noun_before(self, offset: int, noun: str, since: int = 0) -> str | None:
        """Whose "the army" is: the side named last before ``offset`` (and from ``since``) with that noun just after
        it ("the Israeli army ... said the army chief of staff": ISR)."""
        for a, b, name in reversed(self.sides_in(since, offset)):
            phrase = re.split(r"[,;:()\u2014]", self.text[b : b + 40], maxsplit=1)[0]  # not "the Rapid Support Forces, the army confirmed"
            after = [re.sub(r"['\u2019]s$", "", w.lower().strip(WORD_EDGE)) for w in phrase.split()[:SITE_WORDS_AFTER]]  # "the Myanmar military's"
            if noun in after or noun + "s" in after:
                return name.code
        return None


def _named_as_opponent(text: str, start: int) -> bool:
    """Is the name at ``start`` the other party of a conflict noun ("clashes with FARC dissidents", "the war against
    the ELN"): whom the actor fought, not the actor?"""
    before = text[max(start - 40, 0) : start].lower().split()
    if before[-1:] == ["the"]:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in lexicon("prep_opposed") and before[-2] in lexicon("opponent_noun")
