"""Who gives way to whom: the side of an actor read against the force it surrenders to or flees.

A surrender or a flight is from an enemy. "A Kenyan militant surrendered to Somali troops", in a story of
al-Shabaab's war: a fighter whose nationality is at no war with the force he gives way to fights for the group
at war with it that the document names (a foreign fighter's side is his group's, not his passport's). "Captured
by the SDF while fleeing": the captor of a fleeing fighter is the force fled from. "Several southern Syrian towns
have surrendered": a state's demonym on a town says where the town is, not who held it. "The terrorists fled",
said the Israeli army: a state's word for the group it fights is that group.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from tasks.extract import armed, tree
from tasks.extract.context import DocumentContext
from tasks.extract.patterns import lexicon
from tasks.normalize import places
from tasks.normalize.adversaries import allies_of, enemies_of, enemy_of, enemy_states, state_codes


def named_sides(context: DocumentContext) -> set[str]:
    return {n.code for _, _, n in context.sides_in(0, len(context.text))}


def one_person(actor: Token) -> bool:
    """Is the actor one person named by a common noun or a pronoun ("a Dutch jihadist", "a German woman", "he"),
    not a soldier, an officer or a unit of a state's army ("a Russian soldier", "the Afghan commander", "the 215th Corps"),
    nor what a unit's word before it or its of-phrase names ("the corps headquarters", "the headquarters of the 217th Corps")?"""
    if actor.lower_ in lexicon("pronoun_singular"):
        return True
    if actor.lower_ in lexicon("collective_demonym"):
        return False  # "the French handed over the base to the Malian army": a people, not one person
    army = lexicon("regular_soldier") | lexicon("military_unit") | lexicon("commander")
    named = [actor, *tree.prep_objects(actor, {"of"}), *(c for c in actor.children if c.dep_ == "compound")]
    return actor.tag_ in ("NN", "NNP") and not any(tree.in_lexicon(t, army) for t in named)


def group_at_war_with(actor: Token | None, own: str | None, receiver: str | None, context: DocumentContext, day: date | None) -> str | None:
    """The side of one person read as ``own``, a state at no war with ``receiver``, the force he gives way to:
    the group at war with the receiver that the document names ("a Dutch jihadist surrendered to the SDF": Isis);
    else ``own``."""
    if actor is None or not one_person(actor) or own not in state_codes() or receiver is None or own in enemies_of(receiver, day):
        return own
    groups = {side for side in named_sides(context) if side not in state_codes()}  # his own state is no enemy: a group
    enemy = enemy_of(receiver, groups, day)
    return enemy if enemy is not None and enemy not in state_codes() else own


def handed_to_a_friend(side: str | None, receivers: list[Token], day: date | None) -> bool:
    """ "Wagner handed its positions in Bakhmut over to regular Russian troops": a force giving up a place to its own
    side or to an ally on that day is relieved in place; only a surrender to an opposing force is one (the ontology)."""
    friends = {side, *allies_of(side, day)} if side is not None else set()
    return any(places.side_of(tree.phrase(r).text) in friends for r in receivers)


def approached(trigger: Token) -> list[Token]:
    """ "walked towards the Ukrainian positions and surrendered": what a force giving itself up walks towards."""
    return [g for verb in trigger.conjuncts for g in tree.prep_objects(verb, lexicon("prep_approach"))]


def approached_in_gesture(trigger: Token, sentence: Span) -> list[Token]:
    """ "crawled out of a dugout with their hands raised and followed a drone toward Ukrainian positions": what a
    force coming out with a gesture of giving up (a motion verb of lexicons/hands_up_motion_verb.txt) goes towards,
    anywhere in its sentence but its own phrase, however the parser hangs the "toward" phrase."""
    if trigger.pos_ != "VERB" or not tree.in_lexicon(trigger, lexicon("hands_up_motion_verb")) or not _gesture_in(sentence):
        return []
    own = {t.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    preps = [t for t in sentence if t.dep_ == "prep" and t.lower_ in lexicon("prep_approach") and t.i not in own and t.i > trigger.i]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def drone_guided(trigger: Token) -> list[Token]:
    """ "came out to the positions of the 25th Brigade, guided by a Ukrainian drone": the drone that leads a force coming
    towards a line (lexicons/drone_guide_verb.txt, unmanned_captor.txt) and the goal it leads it to, the side it gives
    itself up to."""
    if trigger.pos_ != "VERB" or not tree.in_lexicon(trigger, lexicon("hands_up_motion_verb")):
        return []
    guides = [t for t in trigger.subtree if t.tag_ == "VBN" and tree.in_lexicon(t, lexicon("drone_guide_verb"))]
    drones = [g for v in guides for g in tree.prep_objects(v, {"by"}) if tree.in_lexicon(g, lexicon("unmanned_captor"))]
    return drones + (tree.prep_objects(trigger, lexicon("prep_approach")) if drones else [])


def _gesture_in(sentence: Span) -> bool:
    """Does the sentence tell a gesture of giving up: hands or arms raised ("hands up", "arms raised"), a white flag,
    cloth or armband (lexicons/hands_raised_word.txt, white_cloth_word.txt, white_band_word.txt)?"""
    raised = lexicon("hands_raised_word")
    white = lexicon("white_cloth_word") | lexicon("white_band_word")
    return any(
        (t.lemma_.lower() in ("hand", "arm") and t.i + 1 < sentence.end and t.doc[t.i + 1].lower_ in raised)
        or (tree.in_lexicon(t, white) and any(c.lower_ == "white" for c in t.children))
        for t in sentence
    )


def allied_side(head: Token) -> str | None:
    """ "fighters allied to the SDF", "forces loyal to Haftar", "militias backed by Iran": the side a force with no
    name of its own is tied to by a participle or an adjective after it."""
    ties = [c for c in head.children if c.dep_ in ("acl", "amod") and c.i > head.i and c.tag_ in ("VBN", "JJ")]
    objects = [g for t in ties for p in t.children if p.dep_ in ("prep", "agent") for g in p.children if g.dep_ == "pobj"]
    return next((s for g in objects if (s := places.side_of(tree.phrase(g).text)) is not None), None)


def captors(trigger: Token) -> list[Token]:
    """ "captured by the SDF while fleeing": the agent of the capture a flight is a clause of ("captured at the
    start of the year by the SDF": a "by" the parse hung on the time phrase before it)."""
    capture = trigger.head
    if trigger.dep_ != "advcl" or not tree.in_lexicon(capture, lexicon("capture_verb")):
        return []
    own = {t.i for t in trigger.subtree}
    agents = [t for t in capture.subtree if t.i not in own and t.dep_ in ("agent", "prep") and t.lower_ == "by"]
    return [g for a in agents for g in a.children if g.dep_ == "pobj"]


def captor_side(trigger: Token) -> str | None:
    """The side of the force that captured who flees ("captured by the SDF while fleeing": SDF)."""
    return next((s for g in captors(trigger) if (s := places.side_of(tree.phrase(g).text)) is not None), None)


def demonym_on_a_place(actor: Token, actor_span: Span, code: str | None) -> bool:
    """Is ``code`` the state whose demonym an actor that is a town or village carries ("Several southern Syrian
    towns have surrendered"): where the town lies, not who held it?"""
    if code is None or code not in state_codes() or not tree.in_lexicon(actor, lexicon("settlement_kind")):
        return False
    adjectives = [c for c in actor.children if c.dep_ in ("amod", "compound", "nmod")]
    return any(places.side_of(c.text) == code for c in adjectives) and places.side_of(actor_span.text) == code


def stands_for_the_enemy(actor: Token, words: frozenset[str]) -> bool:
    """ "the terrorists", "the rebel militia": a word by which a side names the group it fights."""
    return tree.in_lexicon(actor, words) or any(c.dep_ in ("compound", "amod") and c.lower_ in words for c in actor.children)


def enemy_of_state_speaker(actor: Token, speaker: str | None, context: DocumentContext, day: date | None) -> str | None:
    """ "The terrorists fled, the Israeli military said": the enemy of the state that speaks, named in the document;
    "about 300 militants gave themselves up", said an SDF spokesman: a group's enemy, by the words no group uses of itself."""
    if speaker is None:
        return None
    words = lexicon("enemy_standin_any_speaker") | (lexicon("enemy_standin") if speaker in state_codes() else frozenset())
    return enemy_of(speaker, named_sides(context), day) if stands_for_the_enemy(actor, words) else None


def names_enemy_state(code: str | None, speaker: str | None, day: date | None) -> bool:
    """Is ``code`` a state at war on ``day`` with the state ``speaker``: "Ukrainian militants retreated", said the
    Russian Defence Ministry, names Ukraine's soldiers by the enemy's word for them, not insurgents of Ukraine
    (unlike "Syrian militants surrendered", said the Iraqi army: Iraq is at no war with Syria)."""
    return code is not None and code in enemy_states(speaker, day)


def unnamed_group_guess(enemy: str | None, actor: Token, context: DocumentContext, lexicons: dict[str, frozenset[str]], state_word: bool) -> bool:
    """Is ``enemy``, read for the actor as the enemy of whom it gives way to, a group the document never names,
    guessed for an actor that is no fighter of a group: a state's unit or officer (``state_word``: "government
    forces"), soldiers, or people unarmed
    ("a battalion surrendered to the Taliban", "elders handed the district to the Taliban": not IS-K, the
    Taliban's enemy today)? "A Dutch jihadist surrendered to the SDF" stays the group's."""
    if enemy is None or enemy in state_codes() or enemy in named_sides(context):
        return False
    state_force = lexicon("regular_soldier") | lexicon("military_unit") | lexicon("commander")
    heads = [actor, *tree.prep_objects(actor, {"of"})]  # "dozens of soldiers"
    return state_word or any(tree.in_lexicon(h, state_force) for h in heads) or not armed.is_armed(actor, lexicons)
