"""The errors rightsgraph raises on purpose: one family, each with the exit code it means.

``rightsgraph`` (the command) catches ``RightsGraphError`` and nothing narrower: it prints the
message as one line and exits with the error's ``exit_code``; anything else that reaches it
is a bug (exit 3). The codes are pySHACL's: 1 the work ran and found problems, 2 the input
or the way the command was called is wrong.

Each error is defined beside the code that raises it (``GraphFileError`` in
``rightsgraph.graph.store``, ``ArticleError`` in ``rightsgraph.builders.article`` …) and
subclasses ``RightsGraphError``; most keep ``ValueError`` or ``RuntimeError`` as a second
base, so code that caught those before still does.
"""

from __future__ import annotations

#: The exit codes the command uses; 0 is done.
EXIT_PROBLEMS = 1
EXIT_INPUT = 2
EXIT_BUG = 3


class RightsGraphError(Exception):
    """Something rightsgraph refused or could not do, said in a line that names the file
    (or option) and the problem."""

    exit_code = EXIT_INPUT


class NotConformant(RightsGraphError):
    """A graph does not conform to rightsgraph's SHACL shapes; the validation report says why.

    The message may be empty: the command that raises it has printed the report already.
    """

    exit_code = EXIT_PROBLEMS
