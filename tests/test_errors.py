"""One error family: every error rightsgraph raises on purpose is a RightsGraphError whose
exit code says what kind of failure it is, and the command turns each into one line."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import rightsgraph
from rightsgraph.errors import RightsGraphError, NotConformant

# (module, class, exit code, the built-in base code written before the family still catches)
ERRORS = [
    ("rightsgraph.building", "InputError", 2, ValueError),
    ("rightsgraph.building", "NothingBuilt", 2, ValueError),
    ("rightsgraph.corpus", "BuildFolderBusy", 2, RuntimeError),
    ("rightsgraph.builders.article", "ArticleError", 2, ValueError),
    ("rightsgraph.builders.formats", "FormatError", 2, ValueError),
    ("rightsgraph.builders.nlp", "ModelError", 2, RuntimeError),
    ("rightsgraph.evaluation", "GoldError", 2, ValueError),
    ("rightsgraph.graph.store", "GraphFileError", 2, ValueError),
    ("rightsgraph.graph.query", "QueryError", 2, ValueError),
    ("rightsgraph.graph.query", "UpdateRefused", 2, ValueError),
    ("rightsgraph.graph.query", "ServiceRefused", 2, ValueError),
    ("rightsgraph.graph.query", "QueryTooDeep", 2, ValueError),
    ("rightsgraph.graph.query", "QueryStopped", 2, ValueError),
    ("rightsgraph.push", "StoreAddressError", 2, ValueError),
    ("rightsgraph.push", "PushError", 1, RuntimeError),
    ("rightsgraph.errors", "NotConformant", 1, Exception),
]


@pytest.mark.parametrize(("module", "name", "code", "base"), ERRORS, ids=[name for _m, name, _c, _b in ERRORS])
def test_each_error_is_a_rightsgraph_error_with_its_exit_code(module, name, code, base):
    error = getattr(importlib.import_module(module), name)
    assert issubclass(error, RightsGraphError) and issubclass(error, base)
    assert error.exit_code == code


def test_input_errors_are_exit_2_and_problems_found_exit_1():
    assert RightsGraphError.exit_code == 2
    assert NotConformant.exit_code == 1


def _library_modules():
    for module in pkgutil.walk_packages(rightsgraph.__path__, "rightsgraph."):
        if module.name != "rightsgraph.cli":
            yield importlib.import_module(module.name)


def test_every_error_class_of_the_library_is_in_the_family():
    # an exception class added later outside the family would reach the command as a bug
    outside = []
    for module in _library_modules():
        for name, value in vars(module).items():
            if (isinstance(value, type) and issubclass(value, Exception) and value.__module__ == module.__name__
                    and not name.startswith("_") and not issubclass(value, RightsGraphError)):
                outside.append(f"{module.__name__}.{name}")
    assert outside == []
    assert {name for _m, name, _c, _b in ERRORS} <= {
        name for module in _library_modules() for name, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, RightsGraphError)}
