"""spaCy's attribute ruler, applied by looking rules up instead of trying each one.

en_core_web_sm's ``attribute_ruler`` maps the tagger's fine tags to coarse POS and
morphology, with exceptions by word and dependency: 179 Matcher rules, every one of which
spaCy's Matcher tries at every token (3.3 ms of a ~225-word article's 19 ms in the model).
Here the rules are indexed by the tag and the word they name, so a token meets only the few
that can apply, and each match sets the token's attributes with spaCy's own
``set_token_attrs``, in the ruler's order — the same result as the ruler, token for token
(``tests/test_attribute_rules.py`` checks that over the development articles).

Only what those rules use is understood: one- and two-token patterns over TAG, LOWER, DEP
and IS_SPACE, compared by value, ``IN``, ``NOT_IN`` or ``REGEX``. A ruler with anything else
is left as it is (``compile_rules`` returns None).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
_CACHE_LIMIT = 100_000  # distinct (tag, word, dependency, space) seen; then start again

# A token as the rules see it: (tag, lower, dep, is_space).
Features = tuple[str, str, str, bool]
Test = Callable[[Features], bool]


@dataclass(frozen=True)
class _Rule:
    number: int  # the ruler's order: later rules win
    tests: tuple[Test, ...]  # one per pattern token
    target: int  # which of the matched tokens takes the attributes


class AttributeRules:
    """The compiled rules of one attribute ruler; call it on a Doc as a pipeline component."""

    def __init__(self, rules: list[_Rule], attrs: list[dict]):
        self.attrs = attrs
        self._by_tag: dict[str, list[_Rule]] = {}
        self._by_word: dict[str, list[_Rule]] = {}
        self._anywhere: list[_Rule] = []
        self._pairs: list[_Rule] = []
        self._cache: dict[Features, tuple[tuple[int, ...], tuple[_Rule, ...]]] = {}
        for rule in rules:
            if len(rule.tests) == 2:
                self._pairs.append(rule)
            else:
                self._index(rule)

    def _index(self, rule: _Rule) -> None:
        equals = rule.tests[0].equals  # a rule that names a word or a tag applies to it only
        if "LOWER" in equals:
            self._by_word.setdefault(equals["LOWER"], []).append(rule)
        elif "TAG" in equals:
            self._by_tag.setdefault(equals["TAG"], []).append(rule)
        else:
            self._anywhere.append(rule)

    def _look_up(self, features: Features) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        """The one-token rules that match a token, and the two-token rules it can begin."""
        found = self._cache.get(features)
        if found is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            candidates = [*self._by_tag.get(features[0], ()), *self._by_word.get(features[1], ()), *self._anywhere]
            found = self._cache[features] = (
                tuple(sorted(rule.number for rule in candidates if rule.tests[0](features))),
                tuple(rule for rule in self._pairs if rule.tests[0](features)),
            )
        return found

    def __call__(self, doc):
        from spacy.tokens._retokenize import set_token_attrs

        tokens = list(doc)
        features = [(token.tag_, token.lower_, token.dep_, token.is_space) for token in tokens]
        found = [self._look_up(each) for each in features]
        matched = [numbers for numbers, _pairs in found]
        for start, (_numbers, pairs) in enumerate(found[:-1]):
            for rule in pairs:
                if rule.tests[1](features[start + 1]):
                    at = start + rule.target
                    matched[at] = tuple(sorted({*matched[at], rule.number}))
        for token, numbers in zip(tokens, matched):
            for number in numbers:
                set_token_attrs(token, self.attrs[number])
        return doc


def compile_rules(ruler) -> AttributeRules | None:
    """The ruler's rules compiled for look-up, or None if any uses what is not understood."""
    rules = []
    for number, entry in enumerate(ruler.patterns):
        for pattern in entry["patterns"]:
            if not 1 <= len(pattern) <= 2 or not -len(pattern) <= entry["index"] < len(pattern):
                return None
            tests = tuple(_test(spec) for spec in pattern)
            if None in tests:
                return None
            rules.append(_Rule(number, tests, entry["index"] % len(pattern)))
    return AttributeRules(rules, list(ruler.attrs))


def _test(spec: dict) -> Test | None:
    checks = []
    for name, wanted in spec.items():
        name = name.upper()
        if name not in _ATTRIBUTES:
            return None
        check = _check(_ATTRIBUTES.index(name), wanted)
        if check is None:
            return None
        checks.append(check)
    if not checks:
        return None

    def test(features: Features) -> bool:
        return all(check(features) for check in checks)

    test.equals = {name.upper(): wanted for name, wanted in spec.items() if isinstance(wanted, str)}
    return test


def _check(position: int, wanted) -> Test | None:
    if isinstance(wanted, bool) or isinstance(wanted, str):
        return lambda features: features[position] == wanted
    if isinstance(wanted, dict) and len(wanted) == 1:
        (operator, value), = wanted.items()
        if operator == "IN" and isinstance(value, list):
            values = frozenset(value)
            return lambda features: features[position] in values
        if operator == "NOT_IN" and isinstance(value, list):
            values = frozenset(value)
            return lambda features: features[position] not in values
        if operator == "REGEX" and isinstance(value, str) and position != 3:
            expression = re.compile(value)
            return lambda features: bool(expression.search(features[position]))
    return None
