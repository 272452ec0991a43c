"""Run the snow detection on many products, on one machine or a Dask cluster.

Each product is one job for a ``concurrent.futures.Executor``: a pool of
local processes by default, or ``distributed.Client(address).get_executor()``
when a Dask scheduler is given, so the same code runs on a laptop or on a
cluster (whose workers see the products and the output folder at the same
paths). A job runs ``detect_snow`` exactly as a single run would, into the
same output folder, and never raises: a bad product becomes a row of the
report with its one-sentence reason. Complete earlier outputs are skipped
(the batch resumes), unless overwriting is asked for. Cancel reaches the
running jobs through a marker file in the output folder, so they stop and
delete their partial files wherever they run.
"""

import csv
import io
import multiprocessing
import os
import sys
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from snow_plugin.core.errors import CancelledError, OutputError, SnowPluginError
from snow_plugin.core.feedback import Feedback
from snow_plugin.core.i18n import format_number, tr
from snow_plugin.core.outputs import OutputSet
from snow_plugin.core.parameters import DetectionParameters
from snow_plugin.core.product_names import L2A_FILES, match_product_name

REPORT_NAME = "snow_batch_report.csv"
REPORT_COLUMNS = ("product", "status", "reason", "seconds")
DONE, SKIPPED, FAILED, CANCELLED = "done", "skipped", "failed", "cancelled"
SCHEDULER_TIMEOUT = 10  # seconds to reach a Dask scheduler


class BatchError(SnowPluginError):
    """The batch cannot start (no product, scheduler unreachable, package missing)."""


@dataclass(frozen=True)
class DetectionJob:
    """What one worker needs to detect snow on one product (picklable)."""

    product: str
    output_folder: str
    dem: str = None
    dem_choice: object = None  # core.dem_source.DemChoice: where the DEM came from
    water_mask: str = None
    tree_cover: str = None
    params: DetectionParameters = field(default_factory=DetectionParameters)
    overwrite: bool = False
    threads: int = 1
    cancel_marker: str = None


@dataclass(frozen=True)
class ProductOutcome:
    product: str
    status: str
    reason: str = ""
    seconds: float = 0.0
    metadata: str = None  # the _SNOW.json path when done or skipped


class _MarkerFeedback(Feedback):
    """Cancelled once the batch's marker file exists (works across machines)."""

    def __init__(self, marker):
        super().__init__()
        self.marker = marker

    def isCanceled(self):
        return bool(self.marker) and os.path.exists(self.marker)


def detect_product(job):
    """Run one job; never raises (the worker function, top-level so it pickles)."""
    from snow_plugin.core.pipeline import detect_snow
    from snow_plugin.core.product import open_product

    start = time.perf_counter()
    feedback = _MarkerFeedback(job.cancel_marker)
    try:
        if feedback.isCanceled():
            raise CancelledError(tr("Snow detection cancelled: no output was written."))
        product = open_product(job.product)
        outputs = _expected_outputs(job, product.identifier)
        if not job.overwrite and all(path.exists() for path in outputs.all_files()):
            return ProductOutcome(job.product, SKIPPED, tr("Complete outputs already exist."),
                                  time.perf_counter() - start, str(outputs.paths["METADATA"]))
        # Files of a run interrupted while renaming are this batch's own: redo them.
        overwrite = job.overwrite or any(path.exists() for path in outputs.all_files())
        result = detect_snow(job.product, job.output_folder, dem=job.dem, water_mask=job.water_mask,
                             tree_cover=job.tree_cover, params=job.params, overwrite=overwrite,
                             feedback=feedback, threads=job.threads, dem_choice=job.dem_choice)
        return ProductOutcome(job.product, DONE, "", time.perf_counter() - start, str(result.outputs["METADATA"]))
    except CancelledError as error:
        return ProductOutcome(job.product, CANCELLED, str(error), time.perf_counter() - start)
    except SnowPluginError as error:
        return ProductOutcome(job.product, FAILED, str(error), time.perf_counter() - start)
    except Exception as error:  # noqa: BLE001 - one bad product never stops the others
        return ProductOutcome(job.product, FAILED, tr("Unexpected error: {error}.").format(error=error),
                              time.perf_counter() - start)


def _expected_outputs(job, identifier):
    keys = ["SNW", "FSC_TOC", "NDSI", "QCFLAGS", "DECISION"] + (["FSC_OG"] if job.tree_cover else [])
    return OutputSet(job.output_folder, identifier, keys)


# --- finding the products ------------------------------------------------------
def find_products(inputs):
    """The products named by ``inputs``: product folders, zips, or folders holding them."""
    found = []
    for item in inputs:
        path = Path(item)
        if not path.exists():
            raise BatchError(tr("The input {path} does not exist.").format(path=path))
        if path.is_file() or _is_product_folder(path):
            found.append(path)
        else:
            found.extend(child for child in sorted(path.iterdir())
                         if (child.is_file() and child.suffix.lower() == ".zip") or (child.is_dir() and _is_product_folder(child)))
    unique = list(dict.fromkeys(str(path) for path in found))
    if not unique:
        raise BatchError(tr("No L2A product (folder or zip) was found in the inputs."))
    return unique


def _is_product_folder(path):
    return bool(match_product_name(path.name)) or any(path.glob("*" + L2A_FILES["swir"]))


# --- the batch -------------------------------------------------------------------
@dataclass
class BatchResult:
    outcomes: list
    report: Path

    @property
    def metadata_paths(self):
        return [outcome.metadata for outcome in self.outcomes if outcome.metadata]

    @property
    def failed(self):
        return sum(outcome.status == FAILED for outcome in self.outcomes)


def detect_snow_batch(inputs, output_folder, dem=None, water_mask=None, tree_cover=None, params=None,
                      overwrite=False, workers=None, scheduler=None, feedback=None, dem_choice_for=None):
    """Detect snow on every product of ``inputs``; returns a BatchResult.

    ``dem``: one raster for every product, or ``dem_choice_for(product)``
    returning its DemChoice (called here, in this process, just before the
    product is handed to a worker: the automatic DEM is fetched per
    product while the workers run the earlier ones). ``workers``: local processes
    (default: the number of cores). ``scheduler``: the address of a Dask
    scheduler (e.g. ``tcp://10.0.0.5:8786``); empty for local processes.
    Writes ``snow_batch_report.csv`` (product, status, reason, seconds)
    into ``output_folder``, replacing the report of an earlier batch.
    """
    feedback = feedback or Feedback()
    params = params or DetectionParameters()
    params.validate()
    products = find_products(inputs)
    output_folder = Path(output_folder)
    workers = max(1, workers or os.cpu_count() or 1)
    marker = output_folder / f".snow_batch_cancel_{uuid.uuid4().hex}"
    threads = max(1, (os.cpu_count() or 1) // workers) if not scheduler else 2
    jobs = [DetectionJob(product=product, output_folder=str(output_folder), dem=_str(dem), water_mask=_str(water_mask),
                         tree_cover=_str(tree_cover), params=params, overwrite=overwrite, threads=threads,
                         cancel_marker=str(marker))
            for product in products]
    with open_executor(workers, scheduler) as executor:  # an unreachable scheduler: nothing written
        _check_folder(output_folder)
        feedback.pushInfo(tr("%n product(s) to process.", None, len(jobs)))
        try:
            outcomes = _run_jobs(executor, jobs, feedback, marker, dem_choice_for)
        finally:
            marker.unlink(missing_ok=True)
    if any(outcome.status == CANCELLED for outcome in outcomes):
        raise CancelledError(tr("Batch cancelled: the products already finished are complete, the others left nothing."))
    report = write_report(output_folder / REPORT_NAME, outcomes)
    return BatchResult(outcomes, report)


def _run_jobs(executor, jobs, feedback, marker, dem_choice_for):
    outcomes = [None] * len(jobs)
    futures = {}
    for index, job in enumerate(jobs):
        if feedback.isCanceled():
            outcomes[index] = ProductOutcome(job.product, CANCELLED, tr("Cancelled before it started."))
            continue
        if dem_choice_for is not None:
            try:
                choice = dem_choice_for(job.product)
            except SnowPluginError as error:
                outcomes[index] = ProductOutcome(job.product, FAILED, str(error))
                continue
            job = replace(job, dem=choice.path, dem_choice=choice)
        futures[executor.submit(detect_product, job)] = index
    pending = set(futures)
    while pending:
        done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
        for future in done:
            index = futures[future]
            outcomes[index] = _outcome(future, jobs[index])
            _announce(feedback, outcomes[index])
        feedback.setProgress(100.0 * sum(o is not None for o in outcomes) / len(jobs))
        if feedback.isCanceled() and not marker.exists():
            marker.touch()
            for future in pending:
                future.cancel()
    return outcomes


def _outcome(future, job):
    if future.cancelled():
        return ProductOutcome(job.product, CANCELLED, tr("Cancelled before it started."))
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - a worker process or machine lost
        return ProductOutcome(job.product, FAILED, tr("The worker running it stopped: {error}.").format(error=error))


def _announce(feedback, outcome):
    name = Path(outcome.product).name
    if outcome.status == FAILED:
        feedback.pushWarning(tr("{product}: failed. {reason}").format(product=name, reason=outcome.reason))
    elif outcome.status == DONE:
        feedback.pushInfo(tr("{product}: done in {seconds} s.").format(product=name, seconds=format_number(outcome.seconds, 1)))
    elif outcome.status == SKIPPED:
        feedback.pushInfo(tr("{product}: skipped, its complete outputs already exist.").format(product=name))


def _check_folder(folder):
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(tr("The output folder {folder} cannot be created ({error}): choose another folder.").format(
            folder=folder, error=error.strerror or error)) from error


def write_report(path, outcomes):
    """The CSV report, written whole (through a .part) or not at all."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(REPORT_COLUMNS)
    for outcome in outcomes:
        writer.writerow((outcome.product, outcome.status, outcome.reason, f"{outcome.seconds:.2f}"))
    partial = path.with_name(path.name + ".part")
    partial.write_text(text.getvalue(), encoding="utf-8")
    os.replace(partial, path)
    return path


@contextmanager
def open_executor(workers, scheduler=None):
    """A local process pool, or the executor of a Dask distributed client."""
    if not scheduler:
        context = multiprocessing.get_context("spawn")  # no fork of a (threaded) QGIS process
        context.set_executable(_python_executable())
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield pool
        return
    client = _dask_client(scheduler)
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()


def _dask_client(address):
    try:
        from distributed import Client
    except ImportError as error:
        raise BatchError(tr("Running on a Dask scheduler needs the Python package distributed: install python3-distributed (Debian) or run pip install distributed.")) from error
    try:
        return Client(address, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise BatchError(tr("The Dask scheduler at {address} cannot be reached ({error}): check the address and that the scheduler is running.").format(
            address=address, error=error)) from error


def _python_executable():
    """The Python interpreter (inside QGIS, sys.executable may be QGIS itself)."""
    if Path(sys.executable).name.lower().startswith("python"):
        return sys.executable
    name = "python.exe" if os.name == "nt" else "python3"
    folder = Path(sys.exec_prefix) if os.name == "nt" else Path(sys.exec_prefix) / "bin"
    return str(folder / name)


def _str(value):
    return str(value) if value else None

