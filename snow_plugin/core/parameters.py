"""The parameter set of the detection, travelling unchanged from the
Processing/GUI front to the engine (ALGORITHM.md, "Default parameters").

Reflectance thresholds are in milli-reflectance, as in LIS; the engine
multiplies them by ``multi`` (quantification / 1000, i.e. 10 for Sentinel-2).
"""

from dataclasses import asdict, dataclass, fields

from snow_plugin.core.i18n import tr


@dataclass
class DetectionParameters:
    ndsi_pass1: float = 0.40
    red_pass1: float = 200
    ndsi_pass2: float = 0.15
    red_pass2: float = 40
    red_dark_cloud: float = 300
    red_back_to_cloud: float = 100
    resize_factor: int = 12
    dz: float = 100
    fsnow_lim: float = 0.1
    fclear_lim: float = 0.1
    fsnow_total_lim: float = 0.001
    # Our improvement, off by default so that defaults stay LIS-identical
    # (see detection.fog_like, detection.spectral_cloud and valley_fog.py):
    # it only turns to cloud pixels that are not pass-1 snow; zs is LIS's.
    fog_rescue: bool = False
    fog_red_min: float = 200  # fog-like: white in the visible ...
    fog_swir_min: float = 200  # ... and bright at 1.6 µm (B11)
    fog_ndsi_max: float = 0.4
    fog_ndsi_min: float = 0.0  # spectral test: rock and soil are brighter at 1.6 µm than in green
    fog_swir2_min: float = 150  # spectral test: water droplets stay bright at 2.2 µm (B12)
    cloud_swir_min: float = 270  # spectral test above the snowline (or without one)
    fog_top_spread: float = 40  # valley fog: robust spread of the rim elevations (m)
    fog_min_area: float = 0.1  # valley fog: smallest bank (km²)

    def as_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, values):
        """Build from a mapping, ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})

    def validate(self):
        """Raise ValueError with a readable message on impossible values."""
        if self.resize_factor < 1:
            raise ValueError(tr("the resize factor must be at least 1"))
        if self.dz <= 0:
            raise ValueError(tr("the elevation band height dz must be positive"))
        for name in ("ndsi_pass1", "ndsi_pass2", "fog_ndsi_max", "fog_ndsi_min"):
            if not -1 <= getattr(self, name) <= 1:
                raise ValueError(tr("{name} must lie between -1 and 1").format(name=name))
        if self.fog_top_spread <= 0 or self.fog_min_area < 0:
            raise ValueError(tr("the valley fog spread must be positive and its smallest area not negative"))
