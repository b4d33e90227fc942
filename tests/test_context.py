"""A document's context, annotated once: look-ups by offset, no re-scan per event."""
from __future__ import annotations

from tasks.extract.context import DocumentContext
from tasks.extract.name_scan import is_country, ranked_names

TEXT = (
    "Fighting near Kharkiv\n"
    "Isis fighters held the Azovstal steel plant for weeks.\n"
    "Later the SDF said the plant was quiet.\n"
    "Russia said the group left."
)


def test_lines_and_headline():
    ctx = DocumentContext(TEXT)
    second = TEXT.index("Isis")
    assert ctx.line_start(second + 5) == second
    assert ctx.headline == (0, TEXT.index("\n"))
    assert ctx.lines_before(TEXT.index("Russia")) == 0


def test_group_named_before_is_the_last_armed_group_that_acts():
    ctx = DocumentContext(TEXT)
    assert ctx.group_before(TEXT.index("Later")) == "ISIS"
    assert ctx.group_before(TEXT.index("Russia")) == "ISIS"  # "the SDF said": a force that only reports is no antecedent
    assert ctx.group_before(0) is None
    acting = "Isis fighters held the plant for weeks.\nThe SDF stormed it on Monday.\nRussia said the group left."
    assert DocumentContext(acting).group_before(acting.index("Russia")) == "SDF"


def test_side_named_before_reads_only_the_lines_before():
    ctx = DocumentContext(TEXT)
    assert ctx.side_named_before(TEXT.index("the group")) == "RUS"


def test_site_named_before_resolves_the_plant():
    ctx = DocumentContext(TEXT)
    assert ctx.site_named_before(TEXT.index("the plant"), "plant") == "Azovstal"
    assert ctx.site_named_before(TEXT.index("the plant"), "bridge") is None


def test_nearby_place_prefers_the_paragraph_then_the_headline():
    ctx = DocumentContext(TEXT)
    assert ctx.nearby_place(TEXT.index("Later")) == "Kharkiv"  # nothing in its own line: the headline's place
    assert ctx.nearby_place(TEXT.index("for weeks")) in ("Azovstal", "Kharkiv")


def test_a_country_named_just_before_gives_way_to_a_town_in_it():
    text = "Fighting near Donetsk\nThe war in Ukraine goes on. The soldiers surrendered at dawn."
    assert DocumentContext(text).nearby_place(text.index("The soldiers")) == "Donetsk"
    abroad = "Talks in Geneva\nThe war in Ukraine goes on. The soldiers surrendered at dawn."
    assert DocumentContext(abroad).nearby_place(abroad.index("The soldiers")) == "Ukraine"  # not a town of another country


def test_a_country_gives_way_to_the_place_the_document_names_most_in_it():
    text = ("Families stranded\nFighters had held Baghuz for months.\nMinisters met in London on Monday.\nLondon promised aid.\n"
            "Officials in London said more would come.\nThe war in Syria goes on. Thousands of fighters surrendered on Tuesday.")
    assert DocumentContext(text).nearby_place(text.index("Thousands")) == "Baghuz"


def test_a_one_line_document_reads_only_the_sentences_just_before():
    text = ("Fighters were besieged in Baghuz. Baghuz was shelled all night. The battle was fiercer than the one for Mosul. "
            + "The night was long and the shelling did not stop. " * 10 + "The fighters surrendered.")
    assert DocumentContext(text).nearby_place(text.index("The fighters")) == "Baghuz"  # not the town named a page before


def test_countries_and_continents_are_not_specific():
    assert is_country("Ukraine") and is_country("the Middle East") and not is_country("Kharkiv")


def test_work_is_linear_in_the_document():
    """Ten thousand look-ups on a long document touch only the mentions near each offset."""
    text = "\n".join(["Isis fighters withdrew from Raqqa."] * 20_000)
    ctx = DocumentContext(text)
    assert len(ctx.side_mentions) == 20_000 and len(ctx.place_mentions) == 20_000
    last = text.rindex("Isis")
    assert ctx.group_before(last) == "ISIS"
    assert ctx.places_in(last, len(text))[0][2].text == "raqqa"


def vocabulary():
    from tasks.extract.context import Vocabulary
    from tasks.extract.patterns import load_lexicons

    return Vocabulary.from_lexicons(load_lexicons())


def test_a_document_about_a_war_and_one_that_is_not():
    war = DocumentContext("Russian troops shelled the front.\nThe offensive stalled as soldiers dug in.\nThe army lost the battle.", vocabulary())
    assert war.military
    assert not DocumentContext("The council voted on the budget.\nThe mayor resigned.", vocabulary()).military


def test_celebrations_named_before_an_offset():
    text = "Pitch festival cancelled\nOrganisers cancelled the remainder of the event."
    ctx = DocumentContext(text, vocabulary())
    assert ctx.celebration_before(text.index("the event")).lower() == "festival"
    assert ctx.celebration_before(0) is None


def test_armed_antecedents_for_personal_pronouns():
    text = "A Russian soldier crawled out of the trench.\nHe surrendered to the drone.\n\nThe soldiers were tired.\nHe left."
    ctx = DocumentContext(text, vocabulary())
    assert ctx.armed_before(text.index("He surrendered"), singular=True)  # "a soldier"
    assert ctx.armed_before(text.index("He left"))  # "they" may be soldiers
    assert not ctx.armed_before(text.index("He left"), singular=True)  # only plural soldiers before


def test_a_force_or_a_group_is_no_antecedent_for_he_or_she():
    text = "The army and the militant group held the town.\nShe fled with her children."
    ctx = DocumentContext(text, vocabulary())
    assert ctx.armed_before(text.index("She fled"))  # "they" could be the army
    assert not ctx.armed_before(text.index("She fled"), singular=True)  # "she" is not the group or the army


def test_open_world_places_found_across_the_document_are_known_and_big_enough():
    from tasks.extract.name_scan import open_place_mentions

    text = "Fighting near Tinzaouaten and Goma. US envoy Amos Hochstein met Dwight in Street on Thursday. Canada Day was cancelled."
    found = {text[a:b] for a, b, _ in open_place_mentions(text)}
    assert "Goma" in found
    assert not found & {"Amos", "Dwight", "Street", "Thursday", "Canada"}


def test_a_pronoun_takes_the_side_of_the_force_it_refers_back_to():
    text = "Ukrainian drones flew over the village.\nRussian conscripts guarded the checkpoint. They withdrew at night."
    ctx = DocumentContext(text, vocabulary())
    assert ctx.armed_side_before(text.index("They")) == "RUS"
    assert ctx.armed_side_before(text.index("Ukrainian")) is None


def test_a_blank_line_between_paragraphs_is_no_line_of_text():
    text = "A Russian soldier surrendered to a drone.\n\nA video shows his surrender in a trench."
    ctx = DocumentContext(text, vocabulary())
    assert ctx.armed_before(text.index("his"), singular=True)
    assert ctx.armed_side_before(text.index("his"), singular=True) == "RUS"



    from tasks.extract.name_scan import open_place_mentions

    text = "Several Hamas fighters surrendered near Gaza City."
    assert {text[a:b] for a, b, _ in open_place_mentions(text)} == {"Gaza City"}


def test_a_longer_open_place_holds_a_listed_name_whole():
    from tasks.extract.context import DocumentContext

    context = DocumentContext("Insurgents attacked Mocímboa da Praia again, near Pemba.")
    names = [context.text[a:b] for a, b, _ in context.place_mentions]
    assert "Mocímboa da Praia" in names and "Praia" not in names  # not the capital of Cape Verde


def test_a_second_pass_keeps_the_annotations_and_forgets_what_the_geocoder_learnt():
    ctx = DocumentContext(TEXT)
    mentions = ctx.place_mentions
    ctx.geocoder.stands_for("Kharkiv", "Azovstal")
    again = ctx.again()
    assert again.place_mentions is mentions  # read off the text once
    assert again.geocoder is not ctx.geocoder and again.geocoder.columns("Kharkiv")["place_name"] != ctx.geocoder.columns("Kharkiv")["place_name"]
    assert again.text == ctx.text and again.line_starts == ctx.line_starts


def test_the_venue_of_a_celebration_is_where_the_document_says_it_is_held():
    def venue(text):
        return DocumentContext(text, vocabulary()).celebration_venue

    assert venue("The organisers of the Sunfield festival, which is held over two days in Wattle Flat near Ballarat, spoke.") == "Wattle Flat"
    assert venue("The parade was to take place in Bavaria this weekend.\nThe parade usually takes place in and around the town of Landshut.") == "Landshut"
    assert venue("The harvest festival is held in Margate.\nThe winter carnival is held in Dover.") is None  # two celebrations, two places
    assert venue("The parade will not be held in Kursk this year.") is None  # a cancellation, not a venue
    assert venue("The festival was held in the wake of Storm Ciara.") is None  # no place
    assert venue("The summit was held in Geneva.") is None  # no celebration


def test_the_area_refers_back_to_the_region_named_last():
    text = "Troops crossed the Kharkiv region near Izium. Later they reached Russia. They left the area."
    ctx = DocumentContext(text)
    assert ctx.region_named_before(text.index("They left")) == "Kharkiv region"  # not the town, not the country
    assert ctx.region_named_before(text.index("Kharkiv")) is None


def test_the_actors_own_country_is_no_place_from_the_context():
    text = "Talks\nThe delegates met in Lyon.\nOne.\nTwo.\nThree.\nThe envoy of Germany spoke.\nGermany surrendered."
    ctx = DocumentContext(text)
    assert ctx.nearby_place(text.index("Germany surrendered")) == "Germany"
    assert ctx.nearby_place(text.index("Germany surrendered"), besides="DEU") == "Lyon"


def test_a_headline_without_a_place_takes_its_leads():
    text = ("Russian Units Withdrew In Disarray\nBy a staff reporter\n"
            "Ukrainian forces hold the recaptured parts of Kharkiv Oblast. Fighting goes on around Bakhmut and Bakhmut.")
    assert DocumentContext(text).nearby_place(0) == "Kharkiv Oblast"  # the lead's first sentence, past the byline
    prose = text.replace("In Disarray", "in disarray, officials said.")  # a first line that is a sentence, not a headline
    assert DocumentContext(prose).nearby_place(0) == "Bakhmut"  # the place the document names most
    to = "Hezbollah Pulls Back\nThe fighters withdrew and their commanders fled to Beirut, a statement said.\nFighting goes on around Tyre. Tyre was shelled."
    assert DocumentContext(to).nearby_place(0) == "Tyre"  # the lead's destination is not the headline's place


def test_a_river_named_like_a_town_is_no_place_mention():
    text = "Troops held Kherson on the Dnipro River. Dnipro was calm."
    assert [text[a:b] for a, b, _ in DocumentContext(text).place_mentions] == ["Kherson", "Dnipro"]  # the city, not the river


def test_two_places_named_together_are_a_row_each():
    from tasks.extract.document_places import each_place

    assert each_place("Amhara and Afar") == ["Amhara", "Afar"]
    assert each_place("Trinidad and Tobago") == ["Trinidad and Tobago"]  # one name holding "and"
    assert each_place("Kherson") == ["Kherson"] and each_place(None) == [None]


def test_a_commanders_name_beside_his_post_is_read_but_not_a_day_or_a_place():
    text = ("On Tuesday, the commander of the Sixth Army said little. In Kherson, commander of the brigade spoke. "
            "Friedrich Paulus, the commander of the Sixth Army, surrendered. General Karl Strecker held out.")
    assert set(ranked_names(text)) == {"Paulus", "Strecker"}
