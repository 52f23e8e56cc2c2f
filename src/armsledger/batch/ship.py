"""Shipping armsledger's own code to a cluster's executors, as ``--py-files`` would.

On a ``local`` master the Python workers are children of this process and import
armsledger from wherever it is installed here. A cluster's executors run on other hosts
(or, in the standalone test, under a worker's own directory): they get armsledger as a zip
of this installed package, code and data files (gazetteers, rules, the scorer), which Spark
puts first on their ``sys.path``. Only the dependencies (``pip install 'armsledger[spark]'``
minus armsledger itself would do) must be on the executors' Python, named by
``PYSPARK_PYTHON``.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import armsledger

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

# Never shipped: byte code of this interpreter, which the executors' may not share.
_SKIPPED_PARTS = frozenset({"__pycache__"})


def package_zip(directory: Path) -> Path:
    """Write a zip of the installed armsledger package under ``directory``; return its path.

    The name carries a digest of the contents, so a changed package is never confused
    with a zip of another version that an executor already holds.
    """
    root = Path(armsledger.__file__).resolve().parent
    files = [
        f
        for f in sorted(root.rglob("*"))
        if f.is_file() and not _SKIPPED_PARTS.intersection(f.parts) and f.suffix != ".pyc"
    ]
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file.relative_to(root)).encode() + b"\0" + file.read_bytes())
    dest = directory / f"armsledger-{digest.hexdigest()[:12]}.zip"
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in files:
            zf.write(file, str(Path("armsledger", file.relative_to(root))))
    return dest


def ship_package(spark: SparkSession) -> str:
    """Add the armsledger zip to ``spark``'s Python files once; return the zip's path."""
    path = str(_zip_for_this_process())
    sc = spark.sparkContext
    # Added once per context (a second addPyFile of the name is refused); PySpark lists the
    # names of files already added, --py-files included, in _python_includes.
    if Path(path).name not in (getattr(sc, "_python_includes", None) or []):
        sc.addPyFile(path)
    return path


def is_local(master: str) -> bool:
    """Whether Spark runs its executors inside this machine's driver (``local``, ``local[N]``)."""
    return master.startswith("local")


@functools.cache
def _zip_for_this_process() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="armsledger-ship-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    return package_zip(directory)
