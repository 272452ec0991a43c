"""The 20 m work grid of a product, and the row strips the engine walks."""

from dataclasses import dataclass

from affine import Affine


@dataclass(frozen=True)
class Grid:
    crs: object
    transform: Affine
    width: int
    height: int

    @classmethod
    def from_dataset(cls, dataset):
        return cls(dataset.crs, dataset.transform, dataset.width, dataset.height)

    @property
    def shape(self):
        return (self.height, self.width)

    @property
    def pixel_area_km2(self):
        return abs(self.transform.a * self.transform.e) / 1e6

    @property
    def bounds(self):
        left, top = self.transform * (0, 0)
        right, bottom = self.transform * (self.width, self.height)
        return (min(left, right), min(top, bottom), max(left, right), max(top, bottom))

    def strip(self, row_start, row_stop):
        """The sub-grid of rows [row_start, row_stop)."""
        return Grid(self.crs, self.transform * Affine.translation(0, row_start), self.width, row_stop - row_start)


def row_strips(height, strip_height):
    """(start, stop) row ranges covering ``height`` rows."""
    return [(start, min(start + strip_height, height)) for start in range(0, height, strip_height)]

