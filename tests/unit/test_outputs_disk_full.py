"""A disk that fills up during a run: one clear sentence, no partial file
left, earlier results untouched."""

import errno

import pytest
import rasterio.io

from snow_plugin.core.errors import OutputError
from snow_plugin.core.pipeline import detect_snow
from snow_plugin.core.synthetic import make_scene


@pytest.fixture
def scene(tmp_path):
    return make_scene(tmp_path / "scene", size=120, seed=2)


def _fill_disk_after(monkeypatch, writes):
    real_write = rasterio.io.DatasetWriter.write
    calls = []

    def write(self, *args, **kwargs):
        calls.append(1)
        if len(calls) > writes:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(rasterio.io.DatasetWriter, "write", write)


def test_disk_full_during_the_run_leaves_no_partial_output(scene, tmp_path, monkeypatch):
    output = tmp_path / "out"
    _fill_disk_after(monkeypatch, writes=2)
    with pytest.raises(OutputError) as raised:
        detect_snow(scene.product_dir, output, dem=scene.dem_path, strip_height=32)
    assert "free disk space" in str(raised.value)
    assert "Traceback" not in str(raised.value)
    assert [path.name for path in output.iterdir()] == []


def test_disk_full_on_a_rerun_keeps_the_earlier_results(scene, tmp_path, monkeypatch):
    output = tmp_path / "out"
    first = detect_snow(scene.product_dir, output, dem=scene.dem_path)
    before = {path.name: path.read_bytes() for path in output.iterdir()}
    _fill_disk_after(monkeypatch, writes=3)
    with pytest.raises(OutputError):
        detect_snow(scene.product_dir, output, dem=scene.dem_path, overwrite=True, strip_height=32)
    after = {path.name: path.read_bytes() for path in output.iterdir()}
    assert after == before
    assert first.outputs["SNW"].exists()
