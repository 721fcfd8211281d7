"""Find posts and roles ("Special Rapporteur on ... Iran", "Japan's Chief Cabinet Secretary")
and the people who hold them.

Post phrases are found first, so that words inside a post ("Cabinet", "Consular & Legal Affairs")
are not read as organisations; once people are known, each phrase is linked to the person it
stands next to: before the name ("Sudanese President Omar Hamid"), in apposition after it
("Omar Haidari, the Afghan leader,") or before it ("the Special Rapporteur on ..., Inés
Castaño Ruiz,"), or after "appointed ... as" and "who is".
"""

from __future__ import annotations

from rightsgraph.builders.clauses import salient_organization
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.lede_posts import held_in_short, named_next
from rightsgraph.builders.mandates import add_mandate, mandate_labels, registered_end
from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.post_owners import body_by_head_noun, definite_noun_before, definite_owner, named_after
from rightsgraph.builders.post_words import COMPLEMENT_STARTS, head_words, key_words
from rightsgraph.builders.records import PostHolding, PostPhrase, Span
from rightsgraph.builders.nlp import text_of, tokens_of
from rightsgraph.builders.org_kinds import UNITED_NATIONS, UN_MACHINERY, OrgKind

_DETERMINERS = {"the", "a", "an"}
_UN_PREFIX = {"un", "u.n.", "united", "nations"}
_COMPLEMENT_STOP = {",", ".", ";", ":", "(", ")", "[", "]", "who", "which", "that", "—", "–"}
_LINKING_WORDS = {"is", "was", "also", "the", "a", "an", "as", "well", "serves", "served", "became", "now", "then", "its",
                  "their", "our"}
_MAX_COMPLEMENT = 16


def find_post_phrases(doc, gazetteer: Gazetteer) -> list[PostPhrase]:
    heads: dict[str, list] = {}
    for head in gazetteer.post_heads:  # longest first, as the gazetteer sorts them
        words = [word.lower() for word in head.replace("-", " - ").split()]
        heads.setdefault(words[0], []).append((head, words))
    demonyms = gazetteer.country_by_demonym()
    mandates = {head.lower() for head in gazetteer.mandate_heads}
    phrases: list[PostPhrase] = []
    tokens = tokens_of(doc)
    index = 0
    while index < len(tokens):
        match = _head_at(tokens, index, heads)
        plural = False
        if match is None:
            match = _plural_mandate_at(tokens, index, heads, mandates)
            plural = match is not None
        if match is None:
            index += 1
            continue
        head, length = match
        last = doc[index + length - 1]
        if last.pos_ not in ("NOUN", "PROPN") and not last.text[:1].isupper() or (
                not last.whitespace_ and last.i + 2 < len(doc) and doc[last.i + 1].text in ("-", "‐") and doc[last.i + 2].is_alpha
                and doc[last.i + 2].lower_ not in ("in", "at", "of")):
            index += 1  # not a noun; or the first half of a title ("Chair-Rapporteur"), read from its second
            continue
        start = _extend_left(doc, index, gazetteer, demonyms)
        end = max(_extend_right(doc, index + length, gazetteer.country_names), registered_end(doc, index, gazetteer))
        if _opens_a_longer_name(doc, end):
            index += length  # "the Transitional Justice Reference Archive": a post's word inside a body's name
            continue
        phrases.append(PostPhrase(start, end, head, _span(doc, start, end), plural=plural))
        index += length
    return [
        PostPhrase(phrase.start, phrase.end, phrase.head, phrase.span,
                   nested=any(other.start > phrase.start and other.end == phrase.end for other in phrases),
                   plural=phrase.plural)
        for phrase in phrases
    ]


def _opens_a_longer_name(doc, end: int) -> bool:
    """Whether the model reads the phrase's words as the start of an organisation's name that
    goes on after them with a capitalised word."""
    return end < len(doc) and doc[end - 1].ent_type_ == "ORG" and doc[end].ent_type_ == "ORG" \
        and doc[end].ent_iob_ == "I" and doc[end].text[:1].isupper()


def _plural_mandate_at(tokens: list, index: int, heads: dict, mandates: set[str]) -> tuple[str, int] | None:
    """ "the special rapporteurs on …", "UN independent experts on …": a mandate head whose
    last word is plural, with the complement that says which mandates."""
    for head, words in heads.get(tokens[index].lower_, ()):
        if head.lower() not in mandates:
            continue
        here = tokens[index : index + len(words)]
        if len(here) == len(words) and all(token.lower_ == word for token, word in zip(here[:-1], words[:-1])) \
                and here[-1].lower_ == words[-1] + "s" and index + len(words) < len(tokens) \
                and tokens[index + len(words)].lower_ in ("on", "for"):
            return head, len(words)
    return None


def _head_at(tokens: list, index: int, heads: dict) -> tuple[str, int] | None:
    for head, words in heads.get(tokens[index].lower_, ()):
        here = tokens[index : index + len(words)]
        if len(here) == len(words) and all(token.lower_ == word for token, word in zip(here, words)):
            # A lower-case generic head ("leader", "official") must not be a plural or a verb.
            return head, len(words)
    return None


def _extend_left(doc, index: int, gazetteer: Gazetteer, demonyms: dict[str, str]) -> int:
    start = index
    while start > 0:
        token = doc[start - 1]
        previous_two = doc[start - 2 : start] if start >= 2 else None
        if previous_two is not None and not any(word.is_space for word in previous_two) and fold(previous_two.text) in demonyms:
            start -= 2
            continue
        if token.text in ("-", "‐") and start >= 4 and doc[start - 2].lower_ in ("in", "at", "of") and doc[start - 3].text == "-":
            start -= 4  # "Commander-in-Chief"
            continue
        if token.text in ("-", "‐") and not token.whitespace_ and start >= 2 and doc[start - 2].is_alpha \
                and not doc[start - 2].whitespace_:
            start -= 2  # "Chair-Rapporteur", "Vice-Chair": one title
            continue
        if token.text == ")" and start >= 4 and doc[start - 3].text == "(" and doc[start - 2].text.isupper() \
                and doc[start - 4].text[:1].isupper():
            start -= 3  # "the United Nations (UN) Special Rapporteur": a name's acronym in brackets
            continue
        if token.lower_ in _DETERMINERS or token.is_punct or token.is_space or token.is_sent_end:
            break
        if token.text in ("’s", "'s", "’", "'"):
            if definite_noun_before(doc, start, gazetteer) is not None:
                break  # "the group’s executive director": held in the body the noun stands for (definite_owner)
            # "Russia's Foreign Minister", "Human Rights Watch's director": the owner's name,
            # at the start of a sentence too, belongs to the post
            start -= 1
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
                start -= 1
                if doc[start].is_sent_start:
                    break
            break
        if token.lower_ in _UN_PREFIX:
            start -= 1
            continue
        if fold(token.text) in demonyms or token.text in gazetteer.post_modifiers:
            start -= 1
            continue
        if token.ent_type_ in ("GPE", "LOC") and start >= 2 and doc[start - 2].lower_ in _SPATIAL:
            break  # "representative to the UN in Geneva Ambassador X": the place ends the post before
        if token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN") and not token.is_sent_start:
            start -= 1
            continue
        if token.text[:1].isupper() and token.is_sent_start and (token.text in gazetteer.post_modifiers or fold(token.text) in demonyms
                                                                or token.pos_ in ("ADJ", "PROPN") and token.dep_ in ("amod", "compound") and token.head.i >= index):
            start -= 1  # "Presidential spokesman Ana Ruiz said" opening a sentence
            break
        if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i >= index and token.text.islower():
            start -= 1  # "panel member", "party leader": the body the post is in
            continue
        if token.pos_ == "ADJ" and token.dep_ == "amod" and start <= token.head.i < index and token.text.islower():
            start -= 1  # "human rights chief": what the word before the title says of its own noun
            continue
        break
    return start


#: Prepositions after which a place ends the phrase it is in.
_SPATIAL = ("in", "at", "to", "from")
#: Prepositions that, before a date, say when or how long rather than which post.
_WHEN = ("on", "in", "at", "for")


def _extend_right(doc, index: int, countries: frozenset[str] = frozenset()) -> int:
    if index < len(doc) and doc[index].lower_ == "at":
        return _at_a_body(doc, index)
    if index >= len(doc) or doc[index].lower_ not in COMPLEMENT_STARTS:
        return index
    if index + 1 < len(doc) and doc[index + 1].ent_type_ in ("DATE", "TIME") and doc[index].lower_ in _WHEN:
        return index  # "extended the mandate of the Special Rapporteur for a year": when, not which
    end = index + 1
    while end < len(doc) and end - index <= _MAX_COMPLEMENT:
        token = doc[end]
        if token.text in _COMPLEMENT_STOP or "\n" in token.text or token.is_sent_start:
            break
        if token.lower_ in ("as", "by") or token.lower_ in ("and", "or") and end + 1 < len(doc) and doc[end + 1].lower_ in _DETERMINERS:
            break  # "… on the right to privacy and a mandate of …", "… in Iran as unacceptable": the post has ended
        if token.pos_ == "ADV" and token.text.islower() and not (end + 1 < len(doc) and doc[end + 1].text == "-"):
            break  # "the special rapporteur on torture also visited", not "the so-called …"
        hyphened = doc[end - 1].text in ("-", "‐") and not doc[end - 1].whitespace_
        if token.pos_ in ("VERB", "AUX") and not token.text[:1].isupper() and not hyphened:
            break  # "… said"; but "the so-called …", "the fact-finding mission" go on
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.lower_ not in countries and not _owner(doc, token):
            # the holder's name begins, unless the model took a country for one ("rapporteur for
            # Belarus") or the name owns what the post is of ("member of Mr. Gomez's party")
            break
        if token.lower_ in _WHEN and end + 1 < len(doc) and doc[end + 1].ent_type_ in ("DATE", "TIME"):
            break  # "… in Myanmar on Monday called …": a date says when, the post has ended
        previous = doc[end - 1]
        if token.pos_ == "PROPN" and token.text[:1].isupper() and previous.pos_ == "NOUN" and previous.text.islower():
            break  # "Head of the inquiry Lena Okafor": the holder's name begins
        end += 1
    while end > index and doc[end - 1].lower_ in _DETERMINERS | COMPLEMENT_STARTS | {"and", "&", "in", "at"}:
        end -= 1
    return end if end > index + 1 else index


#: The words a body's name may hold besides capitalised ones ("Institute for War and Peace").
_NAME_JOINTS = {"of", "for", "on", "and", "the", "&", "'s", "’s"}


def _at_a_body(doc, index: int) -> int:
    """ "director at HRW", "researcher at the Institute for War and Peace": a post's "at" is
    its complement only before a capitalised name, which it runs to the end of."""
    end = index + 1
    if end < len(doc) and doc[end].lower_ == "the":
        end += 1
    if end >= len(doc) or doc[end].pos_ != "PROPN" or not doc[end].text[:1].isupper():
        return index
    while end < len(doc) and end - index <= _MAX_COMPLEMENT and (
            doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN" or doc[end].lower_ in _NAME_JOINTS):
        end += 1
    while end > index and doc[end - 1].lower_ in _NAME_JOINTS:
        end -= 1
    return end


def _owner(doc, token) -> bool:
    """Whether the person's name starting at ``token`` is a possessive ("Gomez's party")."""
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    return end < len(doc) and doc[end].text in ("’s", "'s", "’")


def _span(doc, start: int, end: int) -> Span:
    begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return Span(begin, finish, text_of(doc)[begin:finish])


def link_posts(doc, phrases: list[PostPhrase], index: EntityIndex, gazetteer: Gazetteer,
               earlier: list[PostHolding] | tuple = ()) -> list[PostHolding]:
    """Pair each post phrase with the person it names, by position; ``earlier`` are the
    posts earlier pieces of a long document gave their holders."""
    people = index.token_mentions(doc, kinds=("person",))
    by_start = {start: key for start, _end, key in people}
    by_end = {end: key for _start, end, key in people}
    holdings: list[PostHolding] = []
    holder_by_phrase_end: dict[int, str] = {}
    unlinked: list[PostPhrase] = []
    for phrase in phrases:
        person = _person_for(doc, phrase, by_start, by_end, holder_by_phrase_end)
        if person is not None:
            holder_by_phrase_end[phrase.end] = person
            holdings.append(_holding(doc, person, phrase, index, gazetteer))
        else:
            unlinked.append(phrase)
    for phrase in list(unlinked):
        # "The UN independent investigator into human rights in X is calling for … Ana Ruiz said …"
        person = named_next(doc, phrase, index, [*earlier, *holdings]) or held_in_short(phrase, [*earlier, *holdings])
        if person is not None:
            holdings.append(_holding(doc, person, phrase, index, gazetteer))
            index.add_mention(phrase.span.start, phrase.span.end, person)
            unlinked.remove(phrase)
    holdings = _merge_short_forms(holdings)
    _resolve_unlinked(doc, unlinked, [*earlier, *holdings], index, gazetteer)
    return holdings


def _resolve_unlinked(doc, phrases: list[PostPhrase], holdings: list[PostHolding], index: EntityIndex, gazetteer: Gazetteer) -> None:
    """A post named without its holder: "the Special Rapporteur said" is the person who holds
    that post in this article; a mandate no one is named for ("the Special Rapporteur on
    torture said") acts as a UN mechanism in its own right."""
    mandate_heads = {head.lower() for head in gazetteer.mandate_heads}
    for phrase in phrases:
        words = set(key_words(phrase.span.text))
        head = phrase.head.lower().split()[-1]
        # "the High Commissioner" is not the post of the "Spokesperson for the High Commissioner"
        holders = {holding.person for holding in holdings if words and words <= set(key_words(holding.post_label))
                   and head in head_words(holding.post_label) and holding.person in index.entities}
        if len(holders) != 1:
            holders = _described_holders(doc, phrase, holdings, index, gazetteer)
        if len(holders) == 1:
            index.add_mention(phrase.span.start, phrase.span.end, holders.pop())
            continue
        has_complement = any(token.lower_ in ("on", "in", "for") for token in doc[phrase.start : phrase.end])
        if phrase.head.lower() in mandate_heads and has_complement:
            tokens = doc[phrase.start : phrase.end]
            while len(tokens) and (tokens[0].lower_ in _UN_PREFIX | _DETERMINERS or tokens[0].text in ("’s", "'s", "’")):
                tokens = tokens[1:]
            for label in mandate_labels(tokens.text, phrase):
                add_mandate(index, label, phrase, gazetteer)


def _described_holders(doc, phrase: PostPhrase, holdings: list[PostHolding], index: EntityIndex,
                       gazetteer: Gazetteer) -> set[str]:
    """Who "a senior UN official" or "the UN rights chief" is: a head that says only whom a
    person works for, said of a body, stands for the people named in a post of that body
    whose post's words hold the description's other words ("rights": the High Commissioner
    for Human Rights, not the refugee chief). A description of no body ("the official") or of
    several people ("UN officials") stands for no one."""
    if phrase.plural or phrase.head.lower() not in gazetteer.generic_post_heads:
        return set()
    tokens = doc[phrase.start : phrase.end]
    of_un = any(token.lower_ in _UN_PREFIX for token in tokens)
    bodies = {key for _start, _end, key in index.within(phrase.span.start, phrase.span.end)
              if index.entities[key].kind in ("organization", "country")} - {UNITED_NATIONS}
    if not of_un and not bodies:
        return set()
    modifiers = {word.lower() for word in gazetteer.post_modifiers} | gazetteer.generic_post_heads | _DETERMINERS
    wanted = {word for word in key_words(phrase.span.text) if word not in modifiers}


    def fits(holding: PostHolding) -> bool:
        body = _body(holding, index, gazetteer)
        if bodies:
            of_body = bool(bodies & {holding.organization, holding.country})
        else:
            of_body = holding.mandate or (body is not None and body.org_kind in UN_MACHINERY)
        return of_body and wanted <= set(key_words(holding.post_label)) | set(key_words(body.label if body else ""))

    return {holding.person for holding in holdings if holding.person in index.entities and fits(holding)}


def _body(holding: PostHolding, index: EntityIndex, gazetteer: Gazetteer):
    """The body a post is held in, as the article or the domain data knows it."""
    if holding.organization is None:
        return None
    return index.entities.get(holding.organization) or gazetteer.entities.get(holding.organization)


def _with_the(label: str) -> str:
    return label if label.lower().startswith("the ") else f"the {label}"


def _holding(doc, person: str, phrase: PostPhrase, index: EntityIndex, gazetteer: Gazetteer) -> PostHolding:
    tokens = doc[phrase.start : phrase.end]
    label = " ".join(tokens.text.replace("“", "").replace("”", "").replace("so-called ", "").split())
    while len(tokens) and tokens[0].lower_ in _UN_PREFIX:
        tokens = tokens[1:]
    key_label = tokens.text if len(tokens) else label
    demonyms = gazetteer.country_by_demonym()
    country = None
    organization = None
    key_text = fold(key_label.replace("so-called ", ""))
    in_un = None
    owning = False  # the body found is a possessor ("the government's Human Rights Committee"): the next one holds the post
    for start, end, key in index.within(phrase.span.start, phrase.span.end):
        entity = index.entities[key]
        surface = fold(text_of(doc)[start:end])
        in_un = in_un or (key if key == UNITED_NATIONS else None)
        if entity.kind == "country":
            country = country or key
            key_text = key_text.replace(surface, key)
        elif entity.kind == "organization" and (organization is None or owning) and key != UNITED_NATIONS:
            organization, owning = key, text_of(doc)[end : end + 2] in ("’s", "'s")
            key_text = key_text.replace(surface, key)
    for demonym, country_key in sorted(demonyms.items(), key=lambda item: -len(item[0])):
        if f"{demonym} " in f"{key_text} " and country is None:
            country = country_key
            key_text = key_text.replace(demonym, country_key)
    owner, label = _owner_before(doc, phrase, index, label)
    if owner is not None and country is None and organization is None:
        # "U.S. Deputy Secretary of State X", "Human Rights Watch Asia director X": the name
        # the post stands after (or the parser's phrase cut into) holds it
        if index.entities[owner].kind == "country":
            country = owner
        else:
            organization = owner
        key_text = f"{fold(label)} of {owner}"
    if organization is None and country is None:
        organization = body_by_head_noun(doc, phrase, index, gazetteer.words("anaphoric_heads"))
        if organization is not None:
            key_text = f"{fold(label)} of {organization}"
    if organization is None and country is None:
        organization = definite_owner(doc, phrase, index, gazetteer)
        if organization is not None:
            key_text = f"{fold(label)} of {organization}"
            label = f"{label} of {_with_the(index.entities[organization].label)}"
    after = named_after(doc, phrase, index) if organization is None and country is None else None
    if after is not None:
        organization, end = after
        label = " ".join(f"{label} {text_of(doc)[doc[phrase.end].idx : end]}".split())
        key_text = f"{fold(label)} of {organization}"
    head_org = next((org for head, org in gazetteer.post_organizations.items() if head.lower() in fold(label)), None)
    body = index.entities[organization] if organization is not None else None
    in_state = body is None or body.org_kind in (OrgKind.GOVERNMENT, OrgKind.STATE_ORGAN)
    if phrase.head.lower() in gazetteer.state_post_heads and in_state and head_org is None:
        if country is None:
            # "Foreign Minister X said": the minister of the state the sentence, else the article, is about;
            # "Minister of Foreign Affairs X": of the state whose ministry the article names
            country = (body.country if body is not None else None) or index.country_before(phrase.span.start) \
                or index.main_country()
            if country is not None:
                key_text = f"{country} {key_text}"
        if organization is None and f"government-of-{country}" in index.entities:
            organization = f"government-of-{country}"  # a post in the government the article names
    if organization is None and phrase.start > 0 and doc[phrase.start - 1].lower_ in ("its", "their", "our"):
        # "Its chair, Marzuki Darusman": the chair of the organisation just named; "our executive
        # director": of the body the text speaks for
        before = doc[phrase.start - 1]
        owner = index.voice if before.lower_ == "our" else salient_organization(doc, before, index)
        if owner is not None:
            organization = owner
            key_text = f"{key_text} of {owner}"
            label = f"{label} of {_with_the(index.entities[owner].label)}"
    return PostHolding(
        person=person,
        post_key=slug(key_text),
        post_label=label,
        span=phrase.span,
        sentence=index.sentence_of(phrase.span.start),
        # "UN Human Rights Commissioner X": in the UN, where no body of it is named or known for the post
        organization=organization or head_org or in_un,
        country=country,
        mandate=any(head.lower() in fold(label) for head in gazetteer.mandate_heads),
    )


def _owner_before(doc, phrase: PostPhrase, index: EntityIndex, label: str) -> tuple[str | None, str]:
    """The country or organisation named right before a post phrase, or one whose name the
    phrase begins inside ("Rights Watch Asia director" after "Human"), with the label then
    cut to the words after the name."""
    start = phrase.span.start
    for mention_start, mention_end, key in index.mentions:
        if mention_start >= start:
            break
        if index.entities[key].kind not in ("country", "organization") or key == UNITED_NATIONS:
            continue
        if start < mention_end < phrase.span.end:
            rest = text_of(doc)[mention_end:phrase.span.end].strip()
            return key, rest
        between = text_of(doc)[mention_end:start]
        if between.strip() == "" and mention_end <= start and between.count("\n") == 0:
            return key, label
    return None, label


def _person_for(doc, phrase: PostPhrase, by_start: dict[int, str], by_end: dict[int, str], holders: dict[int, str]) -> str | None:
    # "Sudanese President Omar Hamid", "Special Rapporteur Ms. Leila Haddad"; but in
    # "adviser to Iranian Supreme Leader Ali Rostami" the name belongs to the inner post.
    after = phrase.end
    while after < len(doc) and doc[after].text in ("Ms.", "Mr.", "Mrs.", "Dr.", "Ms", "Mr", "Dr", "Daw", "Judge"):
        after += 1
    if after in by_start and not phrase.nested:
        return by_start[after]
    if phrase.end - 1 > phrase.start and phrase.end - 1 in by_start and not phrase.nested:
        return by_start[phrase.end - 1]  # "Crown Prince Ana Ruiz" read by the model as "Prince Ana Ruiz"
    # "<the post>, Inés Castaño Ruiz,"
    if phrase.end < len(doc) and doc[phrase.end].text == "," and phrase.end + 1 in by_start:
        return by_start[phrase.end + 1]
    # a field under a release's headline: "Spokesperson for the High Commissioner: Ana Ruiz",
    # the whole post's, not the one inside it
    if phrase.end < len(doc) and doc[phrase.end].text == ":" and phrase.end + 1 in by_start and phrase.end not in holders:
        return by_start[phrase.end + 1]
    # "Omar Haidari, the Afghan leader" / "appointed Ms. Leila Haddad as Special Rapporteur"
    # / "Karimi, who is an Iranian conservative politician as well as a senior adviser"
    before = phrase.start
    while before > 0 and (doc[before - 1].lower_ in _LINKING_WORDS or doc[before - 1].text in ("’s", "'s")):
        before -= 1
    if before in by_end:
        return by_end[before]
    if before in holders and before < phrase.start:
        # "an Iranian conservative politician as well as a senior adviser": same holder
        return holders[before]
    if before > 0 and doc[before - 1].text in (",", "(") and before - 1 in by_end:
        return by_end[before - 1]  # "Omar Haidari, the Afghan leader", "Ana Ruiz (Chair-Rapporteur)"
    if before > 1 and doc[before - 1].lower_ == "who" and doc[before - 2].text == "," and before - 2 in by_end:
        return by_end[before - 2]
    return None


def _merge_short_forms(holdings: list[PostHolding]) -> list[PostHolding]:
    """"High Commissioner Lindqvist" after "High Commissioner for Human Rights Anna Lindqvist"
    is the same post: a shorter name of a post the same person holds becomes that post."""
    merged: list[PostHolding] = []
    for holding in holdings:
        words = set(key_words(holding.post_label))
        longer = [
            other for other in holdings
            if other.person == holding.person and other.post_key != holding.post_key
            and words < set(key_words(other.post_label))
        ]
        if longer:
            best = max(longer, key=lambda other: len(other.post_label))
            holding = PostHolding(
                person=holding.person, post_key=best.post_key, post_label=best.post_label,
                span=holding.span, sentence=holding.sentence, organization=best.organization,
                country=best.country, mandate=best.mandate,
            )
        merged.append(holding)
    return merged
