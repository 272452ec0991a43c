"""One test of the detection at a pixel, worded with its numbers ("NDSI 0.310
> 0.150 ✓"), for Why this pixel? (explain.py, explain_rescue.py).

Reflectances are compared in file units with the engine's own
``detection.brighter`` (threshold in milli-reflectance times ``multi``) and
shown as reflectances, thresholds included: "red 0.052 > 0.040"."""

from dataclasses import dataclass

import numpy as np

from snow_plugin.core import detection as steps
from snow_plugin.core.i18n import format_number, tr

REFLECTANCE_DECIMALS = 3  # reflectances and NDSI as shown
ELEVATION_DECIMALS = 1


@dataclass
class Check:
    """One test of the algorithm at a pixel: its text (numbers and threshold) and outcome."""

    step: str  # pass1, refine, pass2, rescue
    text: str
    passed: bool

    def marked(self):
        return "{} {}".format(self.text, "✓" if self.passed else "✗")


class Thresholds:
    """Checks of one pixel's values against the run's thresholds."""

    def __init__(self, multi, quantification):
        self.multi, self.quantification = multi, quantification

    def reflectance(self, value):
        """A band value (file units) as shown: "0.052"."""
        return format_number(value / self.quantification, REFLECTANCE_DECIMALS)

    def brighter(self, step, label, value, milli):
        """``label`` (band value ``value``, file units) > ``milli`` milli-reflectance, as the engine tests it."""
        passed = bool(steps.brighter(np.array([value], np.int16), milli, self.multi)[0])
        return Check(step, tr("{name} {value} > {threshold}").format(
            name=label, value=self.reflectance(value), threshold=self.reflectance(milli * self.multi)), passed)

    @staticmethod
    def ndsi_above(step, ndsi, threshold):
        return Check(step, tr("NDSI {value} > {threshold}").format(
            value=format_number(ndsi, REFLECTANCE_DECIMALS), threshold=format_number(threshold, REFLECTANCE_DECIMALS)),
            bool(ndsi > threshold))

    @staticmethod
    def ndsi_below(step, ndsi, threshold):
        return Check(step, tr("NDSI {value} < {threshold}").format(
            value=format_number(ndsi, REFLECTANCE_DECIMALS), threshold=format_number(threshold, REFLECTANCE_DECIMALS)),
            bool(ndsi < threshold))
