"""A build leaves the process's settings (the environment, resource limits, the collector) as
it found them: they are whoever owns the process's to set."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ARTICLE = "Eritrea report\n\nThe Special Rapporteur on Eritrea, Hana Berhe, said forced labour continues.\n"

# A build through the library, then what the process's settings are: the environment's BLAS
# threads, the open-file soft limit (lowered first, so that a raise would show), the frozen
# objects.
PROBE = """
import gc, json, os, resource, sys
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 512), hard))
if sys.argv[3] == "command":
    from click.testing import CliRunner
    from rightsgraph.cli import cli
    result = CliRunner().invoke(cli, ["build", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[4]])
    assert result.exit_code == 0, result.output
else:
    import rightsgraph
    rightsgraph.build([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[4]))
print(json.dumps({"blas": [os.environ.get(name) for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")],
                  "open_files": resource.getrlimit(resource.RLIMIT_NOFILE)[0], "frozen": gc.get_freeze_count()}))
"""


def _settings_after(tmp_path, caller: str, jobs: int) -> dict:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    result = subprocess.run([sys.executable, "-c", PROBE, str(article), str(tmp_path / caller), caller, str(jobs)],
                            capture_output=True, text=True, env=environment, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("caller", ["library", "command"])
def test_a_build_leaves_the_process_settings_as_they_were(tmp_path, caller):
    # --jobs 2 over one article still runs in this process, where the settings would show
    assert _settings_after(tmp_path, caller, 2) == {"blas": [None, None, None], "open_files": 512, "frozen": 0}
