"""The documentation stays true: the CLI reference matches --help, the examples run.

After changing the command line, regenerate the reference with
``timeline --markdown > docs/cli.md``.
"""

from __future__ import annotations

import importlib.util
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import COMMANDS, build_parser, reference_markdown

from conftest import ROOT

DOCS = ROOT / "docs"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def _missing(example: Path) -> str | None:
    """Why an example cannot run yet: the piece of the library it needs that has not landed."""
    if example.name == "dask_cluster.py" and importlib.util.find_spec("distributed") is None:
        return "dask is not installed: pip install 'timeline[dask]'"
    return None


@pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="docs/cli.md is generated with Python 3.11's argparse"
)
def test_cli_reference_is_up_to_date() -> None:
    written = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert written == reference_markdown(), "run: timeline --markdown > docs/cli.md"


def test_user_guide_names_every_command_and_links_the_reference() -> None:
    guide = (DOCS / "index.md").read_text(encoding="utf-8")
    assert "(cli.md)" in guide
    for command in COMMANDS:
        assert f"timeline {command}" in guide


def _shell_commands(text: str) -> list[list[str]]:
    """The `timeline ...` command lines of the sh code blocks of a Markdown text."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
        for line in block.splitlines():
            for segment in line.split(" #", 1)[0].split("|"):
                words = shlex.split(segment.split(">", 1)[0])
                if words[:1] == ["timeline"]:
                    commands.append(words[1:])
    return commands


@pytest.mark.parametrize("page", ["docs/index.md", "README.md"])
def test_documented_command_lines_parse(page: str) -> None:
    commands = _shell_commands((ROOT / page).read_text(encoding="utf-8"))
    assert commands, f"{page} shows no timeline command"
    for words in commands:
        assert _parses(words), f"{page}: 'timeline {shlex.join(words)}' does not parse"


def _parses(words: list[str]) -> bool:
    try:
        build_parser().parse_args(words)
    except SystemExit as exc:
        return exc.code == 0
    return True


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_runs(example: Path, tmp_path: Path) -> None:
    reason = _missing(example)
    if reason:
        pytest.skip(reason)
    result = subprocess.run(
        [sys.executable, str(example), str(tmp_path)]
        if example.name == "seed_to_ical.py"
        else [sys.executable, str(example)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_there_are_examples_of_each_promised_use() -> None:
    names = {example.name for example in EXAMPLES}
    assert {"seed_to_ical.py", "merge_two_languages.py", "query_events.py"} <= names
    assert "dask_cluster.py" in names


def test_readme_python_example_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    """The README's Python block, run from a folder holding the seed, prints its promise."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Python\n.*?```python\n(.*?)```", readme, re.S)
    assert block is not None
    (tmp_path / "seeds").mkdir()
    seed = ROOT / "seeds" / "000_61f972fdbf11bda3.txt"
    (tmp_path / "seeds" / seed.name).write_bytes(seed.read_bytes())
    result = subprocess.run(
        [sys.executable, "-c", block.group(1)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2026-01-14 ACCUSE ['VEN', 'RUS', 'CUB', 'NICOLAS_MADURO'] 2"
    assert (tmp_path / "seed.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
