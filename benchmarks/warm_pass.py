"""A fixed amount of find_dates work, for counting its instructions (valgrind), not its time.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=p0.out \\
        python benchmarks/warm_pass.py --docs 200 --passes 0
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=p2.out \\
        python benchmarks/warm_pass.py --docs 200 --passes 2

Reads the first ``--docs`` TempEval-3 silver documents and runs find_dates (the creation
date as reference, English) over all of them 2 + ``--passes`` times. The instructions of
one warm pass are (count at 2 passes - count at 0) / 2: the imports, the grammar's build
and the first passes cancel out. To compare two codes, export each (``git archive REV src
| tar -x -C DIR``) and put ``DIR/src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from timeline import find_dates
from timeline.temporal.evaluation import read_timeml, timeml_files

SILVER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "tempeval3-silver"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="silver documents to read")
    parser.add_argument("--passes", type=int, default=0, help="passes after the first two")
    args = parser.parse_args()
    if not SILVER.is_dir():
        raise SystemExit(f"{SILVER} is not here: this benchmark needs ../shared")
    documents = [read_timeml(path) for path in timeml_files(SILVER)[: args.docs]]
    for _ in range(2 + args.passes):
        for document in documents:
            find_dates(document.text, reference=document.created, lang="en")


if __name__ == "__main__":
    main()
