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
    # Our improvement, off by default so that defaults stay LIS-identical:
    # bright pixels, bright in SWIR (snow is dark there) and with a low NDSI,
    # that the L2A cloud mask missed are cloud or fog.
    fog_rescue: bool = False
    fog_red_min: float = 250
    fog_swir_min: float = 200
    fog_ndsi_max: float = 0.4

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
        for name in ("ndsi_pass1", "ndsi_pass2", "fog_ndsi_max"):
            if not -1 <= getattr(self, name) <= 1:
                raise ValueError(tr("{name} must lie between -1 and 1").format(name=name))
