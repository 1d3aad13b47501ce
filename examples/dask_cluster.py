"""The same extraction on a Dask cluster (here a local one): pip install 'timeline[dask]'.

    python examples/dask_cluster.py [SCHEDULER_ADDRESS]

With a scheduler address (``tcp://host:8786``) the work goes to that cluster;
without one, a local cluster is started. The result is checked against the
single-machine path: the same timelines, in the same order.
"""

from __future__ import annotations

import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster

import timeline
from timeline.distributed import extract_bag

REPORTS = [
    {"text": f"On {day} January 2026 the ministers met in Geneva.", "lang": "en", "id": f"en-{day}"}
    for day in range(1, 11)
] + [
    {
        "text": f"Le {day} février 2026, les ministres se sont réunis.",
        "lang": "fr",
        "id": f"fr-{day}",
    }
    for day in range(1, 11)
]


def run(client: Client) -> None:
    print(f"dask cluster with {len(client.scheduler_info()['workers'])} workers")
    bag = db.from_sequence(REPORTS, npartitions=4)
    timelines = extract_bag(bag, published="2026-03-01").compute()
    events = timeline.merge(*timelines)
    print(f"{len(REPORTS)} reports -> {len(events)} events on the cluster")
    assert timelines == list(timeline.extract_many(REPORTS, published="2026-03-01"))
    print("same timelines as extract_many on this machine")


def main() -> None:
    if len(sys.argv) > 1:
        with Client(sys.argv[1]) as client:
            run(client)
        return
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        run(client)


if __name__ == "__main__":
    main()
