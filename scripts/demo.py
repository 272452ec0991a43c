"""make demo: the whole job on the bundled offline sample scene.

1. makes the sample scene (a synthetic Sentinel-2 L2A product in the genuine
   MUSCATE format, with a DEM: mountains, snowline, lakes, clouds, valley
   fog partly missed by the L2A cloud mask), deterministic, no download;
2. runs ``theiasnow:detectsnow`` through ``qgis_process`` on the packaged
   plugin (build/snow_plugin), with the fog/cloud rescue on;
3. renders a PNG map with QGIS: the classification over a false-colour
   composite, with a legend;
4. prints the summary and where the outputs are.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from qgis_tools import QgisProcess  # noqa: E402

DEMO = ROOT / "demo_output"
SCENE_SIZE = 900  # pixels of 20 m: an 18 km x 18 km valley system
SEED = 2021


def make_sample_scene():
    from snow_plugin.core.synthetic import make_scene

    print(f"1/3 Making the sample scene ({SCENE_SIZE} x {SCENE_SIZE} px at 20 m) in {DEMO / 'scene'} ...", flush=True)
    return make_scene(DEMO / "scene", size=SCENE_SIZE, seed=SEED)


def detect(scene):
    results_folder = DEMO / "results"
    print("2/3 Running theiasnow:detectsnow with qgis_process on the packaged plugin ...", flush=True)
    print("    (the demo replaces its own previous results: OVERWRITE=true)")
    qgis_process = QgisProcess(plugin_parent=ROOT / "build", profile_home=DEMO / ".qgis-profile")
    return qgis_process.run_algorithm(
        "theiasnow:detectsnow",
        {
            "INPUT": scene.product_dir,
            "DEM": scene.dem_path,
            "FOG_RESCUE": "true",
            "OVERWRITE": "true",
            "OUTPUT_FOLDER": results_folder,
        },
    )


def render(scene, results, summary):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = DEMO / ".qgis-profile" / "runtime"
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))
    from qgis.core import QgsApplication

    from snow_plugin.core.composite import false_colour_vrt
    from snow_plugin.core.i18n import tr
    from snow_plugin.gui.snow_map import false_colour_layer, render_snow_map, styled_layer

    print("3/3 Rendering the map with QGIS ...", flush=True)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        vrt = false_colour_vrt(scene.product_dir, DEMO / "false_colour.vrt")
        background = false_colour_layer(vrt)
        classification = styled_layer(Path(results["SNW"]), tr("Snow classification"), opacity=0.7)
        title = tr("{product} — snowline {zs} m, snow {snow} %, cloud/fog {cloud} %").format(
            product=summary["product"], zs=summary["snowline_elevation"], snow=round(summary["snow_percent"], 1),
            cloud=round(summary["cloud_percent"], 1),
        )
        png = render_snow_map(DEMO / "snow_map.png", title, [classification, background], [classification])
    finally:
        app.exitQgis()
    return png


def main():
    scene = make_sample_scene()
    results = detect(scene)
    summary = json.loads(Path(results["METADATA"]).read_text(encoding="utf-8"))
    png = render(scene, results, summary)
    print()
    print(f"Product:            {summary['product']}")
    print(f"Snowline elevation: {summary['snowline_elevation']} m")
    print(f"Snow:               {summary['snow_percent']} % of valid pixels, {summary['snow_area_km2']} km2")
    print(f"Cloud / fog:        {summary['cloud_percent']} % (of which rescued fog/cloud: {summary['fog_rescued_percent']} %)")
    print(f"No snow:            {summary['no_snow_percent']} %")
    for warning in summary["warnings"]:
        print(f"Warning:            {warning}")
    print(f"Outputs:            {Path(results['SNW']).parent}")
    print(f"Map:                {png}")


if __name__ == "__main__":
    main()
