import pytest

from rightsgraph.builders.dates import find_dates, parse_date
from rightsgraph.builders.records import DateValue


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("11 January 2021", "2021-01-11", None),
        ("January 11, 2021", "2021-01-11", None),
        ("late September 2020", "2020-09", "late"),
        ("early 2019", "2019", "early"),
        ("mid-2019", "2019", "mid"),
        ("November 2020", "2020-11", None),
        ("2014", "2014", None),
        ("31 February 2020", "2020-02", None),
    ],
)
def test_dates_keep_only_the_precision_the_text_gives(text, value, qualifier):
    date = parse_date(text)
    assert date is not None and date.value == value and date.qualifier == qualifier


def test_relative_dates_stay_text_without_an_anchor():
    found = [value for _span, value in find_dates("The report was made public on Tuesday, earlier this week.")]
    assert [d.value for d in found] == [None, None]
    assert found[0].text == "Tuesday"


def test_relative_dates_resolve_against_the_article_date():
    anchor = DateValue("2024-07-17", "17 July 2024")  # a Wednesday
    values = {span.text: value.value for span, value in find_dates("on Tuesday, last month, March 5 and in May", anchor)}
    assert values == {"Tuesday": "2024-07-16", "last month": "2024-06", "March 5": "2024-03-05", "in May": "2024-05"}


def test_numbers_are_not_years():
    assert [span.text for span, _ in find_dates("upwards of 4,000 documents and 2000 people")] == []


@pytest.mark.parametrize("text, start, end", [
    ("The war of 2002-2007 ended.", "2002", "2007"),
    ("It ran from 1 May 2019 until 30 April 2020.", "2019-05-01", "2020-04-30"),
    ("Between 2014 and 2016 they fled.", "2014", "2016"),
    ("From March 2011 to June 2012 the siege went on.", "2011-03", "2012-06"),
])
def test_a_range_is_one_value_with_its_end(text, start, end):
    found = [(value.value, value.end) for _span, value in find_dates(text)]
    assert found == [(start, end)]


@pytest.mark.parametrize("text", ["In 2014 and 2016 they voted.", "It went from 2019 to 2018.", "In May 2019, to 2020 readers."])
def test_two_dates_that_are_not_a_range_stay_two(text):
    assert all(value.end is None for _span, value in find_dates(text))


def test_a_dated_range_is_an_interval_on_the_thing_it_dates():
    from rdflib.namespace import Namespace

    from rightsgraph.builders import article_from_text, extract
    from rightsgraph.graph import build_graph
    from rightsgraph.ontology import RG

    schema = Namespace("https://schema.org/")
    g = build_graph([extract(article_from_text("Siege\n\nFrom March 2011 to June 2012, the Syrian army besieged Homs."))])
    dated = set(g.subjects(schema.startDate, None))
    assert len(dated) == 1
    (node,) = dated
    assert str(g.value(node, schema.endDate)) == "2012-06" and g.value(node, RG.date) is None


@pytest.mark.parametrize("opening, date", [
    ("UNITED NATIONS (Harbour News / Agency - 14th January, 2020) The office said.", "2020-01-14"),
    ("GENEVA (27 August 2018) – The office said.", "2018-08-27"),
    ("NEW YORK, 3 March 2022 — The office said.", "2022-03-03"),
])
def test_a_dateline_dates_the_article_with_or_without_the_agency_before_the_date(opening, date):
    from rightsgraph.builders import article_from_text

    assert article_from_text(f"Headline\n\n{opening}").date.value == date


@pytest.mark.parametrize("opening, date", [
    ("17 March 2016\n\nIn my capacity as Special Rapporteur I visited the country.", "2016-03-17"),
    ("Spokesperson: Ana Ruiz\n\nLocation: Geneva\n\nDate: 4 May 2021\n\nSubject: Paraguay\n\nWe are concerned.", "2021-05-04"),
    ("19 August 2014, 22:42\n\nThe experts demanded the release of the defenders.", "2014-08-19"),
    ("September 16, 2018 (ASUNCION) – The opposition called for a new mandate.", "2018-09-16"),
    # a dateline opening the first paragraph under a byline or a speaker's line
    ("Spokesperson for the Office: Ana Ruiz\n\nGENEVA (4 May 2021) The office said.", "2021-05-04"),
    ("By Ana Ruiz\n\nNAIROBI, 4 May 2021 – The office said.", "2021-05-04"),
])
def test_a_date_on_a_line_of_the_opening_or_opening_a_dateline_dates_the_article(opening, date):
    from rightsgraph.builders import article_from_text

    assert article_from_text(f"Headline\n\n{opening}").date.value == date


def test_a_date_inside_the_first_paragraph_does_not_date_the_article():
    from rightsgraph.builders import article_from_text

    text = ("Headline\n\nThe experts, who visited the country from 2 to 13 May and met officials in the capital and "
            "in three provinces, said on 17 March 2016 that the law was unfair.")
    assert article_from_text(text).date is None


@pytest.mark.parametrize("text, values", [
    ("on July 30, in Azerbaijan, four activists were arrested", ["2014-07-30"]),
    ("May 3,000 people marched in the capital", []),
    ("on July 30, 2013 they were released", ["2013-07-30"]),
])
def test_a_month_and_day_before_a_comma_is_a_date_the_texts_own_date_gives_a_year(text, values):
    from rightsgraph.builders.dates import dates_in
    from rightsgraph.builders.records import DateValue

    assert [value.value for _span, value in dates_in(text, DateValue("2014-08-19", "19 August 2014"))] == values


@pytest.mark.parametrize("opening, date", [
    ("Geneva, 9 December 2022\n\nI thank the Government for its invitation.", "2022-12-09"),
    ("New York City, 3 March 2021\n\nThe Committee met today.", "2021-03-03"),
    ("AFP, Wednesday 4 Feb 2015\n\nExperts urged the government on Wednesday to act.", "2015-02-04"),
    ("Wed, 04 Feb 2015\n\nExperts urged the government on Wednesday to act.", "2015-02-04"),
    ("Horn News (June 8, 2016)\n\nThe government rejected the report on Wednesday.", "2016-06-08"),
])
def test_a_date_line_that_names_the_place_first_dates_the_article(opening, date):
    from rightsgraph.builders import article_from_text

    assert article_from_text(f"Headline\n\n{opening}").date.value == date


@pytest.mark.parametrize("text, start, end", [
    ("The experts visited the country from 3 to 14 June 2024.", "2024-06-03", "2024-06-14"),
    ("The Committee met on June 3-14, 2024 in Geneva.", "2024-06-03", "2024-06-14"),
    ("The rapporteur will visit the country from September 17 to 27, 2019.", "2019-09-17", "2019-09-27"),
])
def test_days_of_one_month_are_one_range(text, start, end):
    (found,) = list(find_dates(text))
    assert (found[1].value, found[1].end) == (start, end)


def test_a_year_glued_to_the_next_word_by_a_comma_still_dates_its_clause():
    """Copied text drops the space after a comma ("in 2016,some estimates"): the year is
    still a year, and the clause it dates still an event of that year."""
    from rightsgraph.builders import article_from_text, extract

    x = extract(article_from_text(
        "Drug war toll\n\nThe report said 900 people had been killed since Zelinia launched its campaign against drugs "
        "in 2016,some estimates put the toll far higher. Kenya sent 400 police officers in 2024,the envoy said."))
    dated = sorted((action.lemma, action.date.value) for action in x.actions if action.date)
    assert dated == [("launch", "2016"), ("send", "2024")]


def test_a_dateline_in_brackets_gives_way_to_the_date_the_clause_itself_says(build):
    x = build("UN expert to visit Kenya\n\nGENEVA (31 October 2016) \u2013 The Special Rapporteur on the human rights of "
              "migrants, Ana Torvik, will visit Kenya from 1 to 18 November 2016 to assess the policies.")
    (visit,) = [action for action in x.actions if action.lemma == "visit"]
    assert (visit.date.value, visit.date.end) == ("2016-11-01", "2016-11-18")


def test_a_clause_of_time_that_opens_a_sentence_dates_what_the_sentence_says(build):
    x = build("Sri Lanka\n\nSoon after the war ended in 2009, Ana Torvik called for an international investigation into "
              "Sri Lanka.")
    calls = [action for action in x.actions if action.verb_class == "call"]
    assert [action.date.value for action in calls] == ["2009"]
