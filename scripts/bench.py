"""Benchmark of the snow detection on a full 110 km Sentinel-2 tile.

Prints wall time, CPU time and peak memory of the detection, and the time
to merely read the inputs (the I/O floor). The synthetic tile is generated
once and cached in bench_cache/. Each measure runs in a fresh process so
peak memory (ru_maxrss) belongs to that measure alone.

    make bench                      # full tile, 5490 x 5490 pixels at 20 m
    .venv/bin/python scripts/bench.py --size 2745 --size 5490   # scaling
"""

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = ROOT / "bench_cache"


def scene_for(size):
    """The cached synthetic scene of ``size`` pixels (made on first use)."""
    from snow_plugin.core.synthetic import make_scene

    folder = CACHE / f"tile_{size}_b12"  # the scene with B12 (the rescue reads it)
    marker = folder / "scene.json"
    if marker.exists():
        return json.loads(marker.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Generating a {size} x {size} synthetic scene (once, cached in {folder})...", flush=True)
    scene = make_scene(folder, size=size, seed=1, compress=False)  # like MUSCATE
    record = {"product": str(scene.product_dir), "dem": str(scene.dem_path)}
    marker.write_text(json.dumps(record))
    return record


def measure(mode, scene, threads):
    """Run ``mode`` in a fresh child process; return its (wall s, cpu s, peak MiB)."""
    completed = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--product", scene["product"], "--dem", scene["dem"],
         "--threads", str(threads)],
        check=True, capture_output=True, text=True,
    )
    lines = completed.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(line)
    report = json.loads(lines[-1])
    return report["wall"], report["cpu"], report["peak_mib"]


def _peak_memory_mib():
    """VmHWM: this process's peak resident memory. (ru_maxrss would carry
    the parent's peak across exec on Linux.)"""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _report(start):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "wall": time.perf_counter() - start,
        "cpu": usage.ru_utime + usage.ru_stime,
        "peak_mib": _peak_memory_mib(),
    }))


def child(mode, product, dem, threads):
    import rasterio

    from snow_plugin.core.parameters import DetectionParameters
    from snow_plugin.core.pipeline import detect_snow
    from snow_plugin.core.product import open_product

    start = time.perf_counter()
    if mode == "straightforward":
        from bench_straightforward import run

        with tempfile.TemporaryDirectory() as output:
            run(product, dem, output)
    elif mode == "read":
        files = [path for path in open_product(product).files.values() if path.endswith(".tif")] + [dem]
        for path in files:
            with rasterio.open(path) as dataset:
                dataset.read(1)
    else:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="  %(message)s", stream=sys.stdout)
        logging.getLogger("rasterio").setLevel(logging.WARNING)
        with tempfile.TemporaryDirectory() as output:
            params = DetectionParameters(fog_rescue=mode == "rescue")
            result = detect_snow(product, output, dem=dem, threads=threads, params=params)
            print(f"  zs={result.snowline_elevation} m, snow {result.metadata['snow_percent']} %, "
                  f"cloud {result.metadata['cloud_percent']} %")
    _report(start)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, action="append", help="pixels per side at 20 m (default 5490)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--child", choices=("read", "detect", "rescue", "straightforward"), help=argparse.SUPPRESS)
    parser.add_argument("--product", help=argparse.SUPPRESS)
    parser.add_argument("--dem", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.product, args.dem, args.threads)
        return
    for size in args.size or [5490]:
        scene = scene_for(size)
        read_wall, _, read_peak = measure("read", scene, args.threads)
        wall, cpu, peak = measure("detect", scene, args.threads)
        rescue_wall, rescue_cpu, rescue_peak = measure("rescue", scene, args.threads)
        plain_wall, plain_cpu, plain_peak = measure("straightforward", scene, args.threads)
        print(f"tile {size} x {size} px (20 m), {args.threads} threads:")
        print(f"  detection: wall {wall:.1f} s, CPU {cpu:.1f} s, peak memory {peak:.0f} MiB")
        print(f"  with the fog/cloud rescue: wall {rescue_wall:.1f} s ({rescue_wall / wall:.2f} x), "
              f"CPU {rescue_cpu:.1f} s, peak memory {rescue_peak:.0f} MiB")
        print(f"  straightforward whole-array numpy + GDAL, for scale: wall {plain_wall:.1f} s, CPU {plain_cpu:.1f} s, "
              f"peak memory {plain_peak:.0f} MiB; the engine takes {wall / plain_wall:.2f} of its time")
        print(f"  reading the inputs only (I/O floor): {read_wall:.1f} s, peak {read_peak:.0f} MiB")


if __name__ == "__main__":
    main()
