"""Extract a corpus with dask.bag on a cluster and write one library, as `citekit extract` does.

    python examples/dask_bag.py DIR OUT.bib [--scheduler tcp://host:8786] [--workers 2]

Without --scheduler a LocalCluster of --workers processes is started on this machine. The
documents are found as the command line finds them (citekit.find_documents), each is
extracted on a worker (citekit.extract, the function the command line calls), the reports
come back in document order, and citekit.merge_reports merges their works as the command
line does: the .bib is the one `citekit extract DIR -o OUT.bib` writes. A document that
cannot be read is named on stderr and skipped, and the exit code is 1.

Needs the optional extra: pip install "citekit[dask]". On a real cluster, every worker needs
citekit installed and the documents at the same path (a shared file system), or send the
bytes instead of the paths.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

import citekit
from citekit import atomic
from citekit.errors import CitekitError


def extract_one(path: str) -> tuple[str, citekit.Report | None, str | None]:
    """(path, report, None), or (path, None, the error) for a document that cannot be read."""
    try:
        return path, citekit.extract(path), None
    except CitekitError as exc:
        return path, None, str(exc)


def build_library(
    paths: list[Path], client: Client
) -> tuple[citekit.Library, list[citekit.Report | None], list[str]]:
    """The merged library of PATHS, extracted on CLIENT's workers, their reports (document
    order) and the errors met."""
    partitions = max(1, min(len(paths), 4 * len(client.nthreads())))
    bag = db.from_sequence([str(p) for p in paths], npartitions=partitions)
    results = bag.map(extract_one).compute()  # a bag keeps its order: document order
    reports = [report for _path, report, _error in results]
    library = citekit.merge_reports(reports)
    return library, reports, [error for _path, _report, error in results if error]


def main(argv: list[str] | None = None) -> int:
    """Run the example; the exit code is 1 when a document failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    args = parser.parse_args(argv)
    paths = citekit.find_documents([args.folder])
    if not paths:
        print(f"dask_bag.py: no documents in '{args.folder}'", file=sys.stderr)
        return 2
    if args.scheduler:
        with Client(args.scheduler) as client:
            library, reports, errors = build_library(paths, client)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None)
        with cluster, Client(cluster) as client:
            library, reports, errors = build_library(paths, client)
    atomic.write_text(args.output, citekit.to_bibtex(library, reports))
    for error in errors:
        print(f"dask_bag.py: error: {error} (skipped)", file=sys.stderr)
    print(f"{len(paths)} documents, {len(library.works)} works -> {args.output}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
