"""Benchmark of the snow detection on a full 110 km Sentinel-2 tile.

Prints wall time, CPU time and peak memory of the detection, and the time
to merely read the inputs (the I/O floor). The synthetic tile is generated
once and cached in bench_cache/. Each measure runs in a fresh process so
peak memory (ru_maxrss) belongs to that measure alone.

    make bench                      # full tile, 5490 x 5490 pixels at 20 m, then the batch and the synthesis
    .venv/bin/python scripts/bench.py --size 2745 --size 5490   # scaling
    .venv/bin/python scripts/bench.py --batch       # only: 8 products with 1 and 2 workers
    .venv/bin/python scripts/bench.py --synthesis   # only: a season of 40 dates on a 2745 x 2745 tile
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


def grid_dem_for(scene):
    """The scene's 30 m DEM warped once onto the product's 20 m grid (cached):
    the automatic Copernicus DEM comes on that grid, which the engine reads
    without warping."""
    import numpy as np
    import rasterio

    from snow_plugin.core.ancillary import warp_to_grid
    from snow_plugin.core.grid import Grid
    from snow_plugin.core.product import open_product

    path = Path(scene["dem"]).with_name(Path(scene["dem"]).stem + "_ON_GRID.tif")
    if not path.exists():
        with rasterio.open(open_product(scene["product"]).files["swir"]) as swir:
            grid = Grid.from_dataset(swir)
        warped = warp_to_grid(scene["dem"], grid)
        profile = dict(driver="GTiff", width=grid.width, height=grid.height, count=1, dtype="float32", crs=grid.crs,
                       transform=grid.transform, nodata=-32768.0, tiled=True)
        with rasterio.open(path, "w", **profile) as dataset:
            dataset.write(np.where(warped.valid, warped.values, -32768.0).astype(np.float32), 1)
    return {**scene, "dem": str(path)}


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


BATCH_PRODUCTS = 8
BATCH_SIZE = 2745  # half a tile per side: a quarter of the work of a full tile
SEASON_DATES = 40
SEASON_SIZE = 2745


def batch_scenes():
    """Eight cached products of BATCH_SIZE pixels, one folder."""
    from snow_plugin.core.synthetic import make_scene

    folder = CACHE / f"batch_{BATCH_SIZE}"
    marker = folder / "scenes.json"
    if marker.exists():
        return json.loads(marker.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Generating {BATCH_PRODUCTS} products of {BATCH_SIZE} x {BATCH_SIZE} pixels (once, cached in {folder})...", flush=True)
    products = [str(make_scene(folder, size=BATCH_SIZE, seed=10 + index, date=f"202102{10 + index:02d}-103512-123",
                               compress=False).product_dir) for index in range(BATCH_PRODUCTS)]
    record = {"products": products}
    marker.write_text(json.dumps(record))
    return record


def season_folder():
    """SEASON_DATES cached L2B-like snow maps of one tile: a snowline rising through
    the season over a smooth relief, 30 % clouds on average."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    from snow_plugin.core.synthetic import smooth_field

    folder = CACHE / f"season_{SEASON_SIZE}_{SEASON_DATES}"
    marker = folder / "season.json"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Generating a season of {SEASON_DATES} snow maps of {SEASON_SIZE} x {SEASON_SIZE} pixels (once, cached in {folder})...", flush=True)
    rng = np.random.default_rng(3)
    shape = (SEASON_SIZE, SEASON_SIZE)
    elevation = 1500 + 800 * smooth_field(rng, shape, 400, octaves=4)
    profile = dict(driver="GTiff", width=SEASON_SIZE, height=SEASON_SIZE, count=1, dtype="uint8", crs="EPSG:32631",
                   transform=from_origin(600000, 5100000, 20, 20), nodata=254, compress="deflate", tiled=True,
                   blockxsize=512, blockysize=512)
    for index in range(SEASON_DATES):
        day = 3 + index * 9  # days after 1 September 2020
        snowline = 2600 - 1800 * np.sin(np.pi * day / 300) ** 2
        snow = np.where(elevation + 150 * smooth_field(rng, shape, 60) > snowline, 100, 0).astype(np.uint8)
        snow[smooth_field(rng, shape, 200, octaves=2) > 0.5] = 205
        stamp = (np.datetime64("2020-09-01") + day).astype(object)
        name = f"SENTINEL2A_{stamp:%Y%m%d}-105435-457_L2B-SNOW_T31TCH_C_V1-5_SNW_R2.tif"
        with rasterio.open(folder / name, "w", **profile) as dataset:
            dataset.write(snow, 1)
    marker.write_text(json.dumps({"dates": SEASON_DATES}))
    return folder


def child_batch(workers):
    from snow_plugin.core.batch import detect_snow_batch

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as output:
        result = detect_snow_batch(batch_scenes()["products"], output, workers=workers)
        assert result.failed == 0, result.outcomes
    _report(start)


def child_synthesis():
    from snow_plugin.core.synthesis import snow_synthesis

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as output:
        snow_synthesis([season_folder()], output)
    _report(start)


def measure_child(*arguments):
    completed = subprocess.run([sys.executable, __file__, "--child", *arguments], check=True, capture_output=True, text=True)
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    return report["wall"], report["peak_mib"]


def bench_batch():
    batch_scenes()
    print(f"batch: {BATCH_PRODUCTS} products of {BATCH_SIZE} x {BATCH_SIZE} px (20 m), local processes:")
    for workers in (1, 2):
        wall, _ = measure_child("batch", "--workers", str(workers))
        print(f"  {workers} worker{'s' if workers > 1 else ''}: wall {wall:.1f} s, {wall / BATCH_PRODUCTS:.2f} s per product")


def bench_synthesis():
    season_folder()
    wall, peak = measure_child("synthesis")
    print(f"synthesis: {SEASON_DATES} dates on a {SEASON_SIZE} x {SEASON_SIZE} px tile: wall {wall:.1f} s, peak memory {peak:.0f} MiB")


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
    parser.add_argument("--batch", action="store_true", help="only the batch: 8 products, 1 and 2 workers")
    parser.add_argument("--synthesis", action="store_true", help="only the synthesis: 40 dates, 2745 x 2745 px")
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("read", "detect", "rescue", "straightforward", "batch", "synthesis"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--product", help=argparse.SUPPRESS)
    parser.add_argument("--dem", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "batch":
        child_batch(args.workers)
    elif args.child == "synthesis":
        child_synthesis()
    elif args.child:
        child(args.child, args.product, args.dem, args.threads)
    else:
        if not (args.batch or args.synthesis):
            bench_detection(args)
        if args.batch or not args.synthesis:
            bench_batch()
        if args.synthesis or not args.batch:
            bench_synthesis()


def bench_detection(args):
    for size in args.size or [5490]:
        scene = scene_for(size)
        read_wall, _, read_peak = measure("read", scene, args.threads)
        wall, cpu, peak = measure("detect", scene, args.threads)
        grid_wall, grid_cpu, grid_peak = measure("detect", grid_dem_for(scene), args.threads)
        rescue_wall, rescue_cpu, rescue_peak = measure("rescue", scene, args.threads)
        plain_wall, plain_cpu, plain_peak = measure("straightforward", scene, args.threads)
        print(f"tile {size} x {size} px (20 m), {args.threads} threads:")
        print(f"  detection: wall {wall:.1f} s, CPU {cpu:.1f} s, peak memory {peak:.0f} MiB")
        print(f"  detection with a DEM on the product grid (as the automatic DEM): wall {grid_wall:.1f} s, "
              f"CPU {grid_cpu:.1f} s, peak memory {grid_peak:.0f} MiB")
        print(f"  with the fog/cloud rescue: wall {rescue_wall:.1f} s ({rescue_wall / wall:.2f} x), "
              f"CPU {rescue_cpu:.1f} s, peak memory {rescue_peak:.0f} MiB")
        print(f"  straightforward whole-array numpy + GDAL, for scale: wall {plain_wall:.1f} s, CPU {plain_cpu:.1f} s, "
              f"peak memory {plain_peak:.0f} MiB; the engine takes {wall / plain_wall:.2f} of its time")
        print(f"  reading the inputs only (I/O floor): {read_wall:.1f} s, peak {read_peak:.0f} MiB")


if __name__ == "__main__":
    main()
