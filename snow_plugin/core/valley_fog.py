"""Valley fog recognised by its flat top (our rescue, off by default).

A valley fog is a lake of cloud: its top is nearly flat, so its rim follows
an elevation contour, and it fills the terrain below that contour. Snow is
the opposite: it lies above a snowline and its lower edge is ragged; a
cumulus has a rim at every elevation. So among the connected regions of
fog-like pixels (bright, bright at 1.6 µm, not pass-1 snow), a fog bank is
one whose rim elevations cluster tightly (a flat top), whose pixels lie
below that top and whose surroundings rise above it (concave terrain).

The search runs on blocks of ``BLOCK`` x ``BLOCK`` pixels (60 m): a block
is fog-like when most of its pixels are, which bridges the odd dark pixel
inside a bank and makes the labelling cheap on a full tile. Regions are
labelled with GDAL's polygonizer (rasterio.features), whose polygons follow
pixel edges, so rasterizing them back gives exactly the regions.
"""

from dataclasses import dataclass

import numpy as np
from affine import Affine
from rasterio import features

BLOCK = 3
STRIP_ROWS = BLOCK * 128  # rows read at a time (whole blocks)
MIN_RIM_PIXELS = 20  # fewer rim pixels than this give no robust top
BELOW_TOP_SHARE = 0.9  # share of a bank's blocks below its top (+ spread)
IQR_TO_SIGMA = 1.349


@dataclass
class FogBank:
    top_elevation: float  # m, median elevation of the rim
    area_km2: float
    pixels: int
    extent: tuple  # (row_start, row_stop, col_start, col_stop): 20 m pixels spanned by its blocks

    def as_dict(self):
        row_start, row_stop, col_start, col_stop = self.extent
        return {"top_elevation": round(self.top_elevation), "area_km2": round(self.area_km2, 3), "pixels": self.pixels,
                "row_start": row_start, "row_stop": row_stop, "col_start": col_start, "col_stop": col_stop}


@dataclass
class FogBankSearch:
    bank_blocks: np.ndarray  # bool per block: the blocks of every bank (and their edges)
    banks: list  # FogBank, largest first
    unmeasured_km2: float = 0.0  # fog-like areas the DEM does not cover

    def mask_rows(self, fog_like_rows, row_start):
        """The bank pixels among the fog-like pixels of rows starting at ``row_start``."""
        mask = np.zeros(fog_like_rows.shape, dtype=bool)
        first, last = row_start // BLOCK, (row_start + fog_like_rows.shape[0] - 1) // BLOCK
        if self.banks and self.bank_blocks[first : last + 1].any():
            rows, cols = np.nonzero(fog_like_rows)
            keep = self.bank_blocks[(rows + row_start) // BLOCK, cols // BLOCK]
            mask[rows[keep], cols[keep]] = True
        return mask


def array_rows(fog_like, elevation, has_elevation):
    """A ``read_rows`` for find_fog_banks over whole arrays."""
    return lambda start, stop: (fog_like[start:stop], elevation[start:stop], has_elevation[start:stop])


def find_fog_banks(read_rows, shape, pixel_km2, top_spread, min_area_km2):
    """The flat-topped fog banks among the fog-like pixels of a ``shape`` grid.

    ``read_rows(start, stop)`` gives those rows' (fog_like bool, elevation m,
    has_elevation bool: a valid pixel with a DEM value): the tile is read in
    strips, so memory stays that of the blocks. ``top_spread`` (m) is the
    largest robust spread of a bank's rim elevations, ``min_area_km2`` its
    smallest area."""
    fog_count, valid_count, block_elevation = _blocks(read_rows, shape)
    fog_blocks, block_valid = fog_count * 2 > BLOCK * BLOCK, valid_count * 2 > BLOCK * BLOCK
    labels = _label(fog_blocks)
    count = int(labels.max())
    if count == 0:
        return FogBankSearch(np.zeros(labels.shape, dtype=bool), [])
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    # Each bank also takes the fog-like pixels of the blocks around it: its thin edges.
    reach = np.maximum(labels, _neighbour_label(labels, labels == 0))
    rim_labels, rim_elevation, rim_unmeasured = _rim(read_rows, shape, fog_blocks, block_valid, reach)
    low, top, high = _quantiles(rim_labels, rim_elevation, count, (0.25, 0.5, 0.75))
    rim_measured = np.bincount(rim_labels, minlength=count + 1)
    big_enough = sizes * BLOCK * BLOCK * pixel_km2 >= min_area_km2
    measurable = (rim_measured >= MIN_RIM_PIXELS) & (rim_measured >= rim_unmeasured)
    big_enough[0] = measurable[0] = False
    unmeasured_km2 = float(sizes[big_enough & ~measurable].sum() * BLOCK * BLOCK * pixel_km2)

    flat_top = (high - low) / IQR_TO_SIGMA <= top_spread
    inside = block_valid & (labels > 0)
    inside_labels, inside_elevation = labels[inside], block_elevation[inside]
    below_top = np.bincount(inside_labels, weights=inside_elevation <= top[inside_labels] + top_spread, minlength=count + 1)
    filled_below = below_top >= BELOW_TOP_SHARE * np.maximum(np.bincount(inside_labels, minlength=count + 1), 1)
    deep = _quantiles(inside_labels, inside_elevation, count, (0.5,))[0] <= top - top_spread
    ring = block_valid & (labels == 0) & (reach > 0)
    surrounded = _quantiles(reach[ring], block_elevation[ring], count, (0.5,))[0] >= top

    accepted = big_enough & measurable & flat_top & filled_below & deep & surrounded
    bank_reach = np.where(accepted[reach], reach, 0)
    pixels = np.bincount(bank_reach.ravel(), weights=fog_count.ravel(), minlength=count + 1).astype(np.int64)
    extents = _extents(bank_reach, shape)
    banks = [FogBank(float(top[i]), float(pixels[i] * pixel_km2), int(pixels[i]), extents[i]) for i in np.flatnonzero(accepted)]
    banks.sort(key=lambda bank: bank.pixels, reverse=True)
    return FogBankSearch(bank_reach > 0, banks, unmeasured_km2)


def grow_within(seeds, allowed, steps):
    """``seeds`` grown by ``steps`` pixels (4-connected) into ``allowed``
    pixels: the thin, fog-like edges of a cloud found by its bright core."""
    grown = seeds.copy()
    allowed = allowed | seeds
    for _ in range(steps):
        reached = grown.copy()
        reached[1:] |= grown[:-1]
        reached[:-1] |= grown[1:]
        reached[:, 1:] |= grown[:, :-1]
        reached[:, :-1] |= grown[:, 1:]
        grown = reached & allowed
    return grown


def _strips(height, halo=0):
    """(start, stop, read start, read stop) of strips of whole blocks, read with ``halo`` rows."""
    for start in range(0, height, STRIP_ROWS):
        stop = min(start + STRIP_ROWS, height)
        yield start, stop, max(start - halo, 0), min(stop + halo, height)


def _blocks(read_rows, shape):
    """Per block: fog-like pixels, pixels with an elevation, mean elevation."""

    def block_sum(values):
        rows, cols = (-size % BLOCK for size in values.shape)  # partial blocks at the far sides
        padded = np.pad(values.astype(np.int32), ((0, rows), (0, cols)))
        # strided slices added: much faster than a reduce over the small block axes
        by_rows = sum(padded[offset::BLOCK] for offset in range(BLOCK))
        return sum(by_rows[:, offset::BLOCK] for offset in range(BLOCK)).astype(np.float64)

    sums = []
    for start, stop, _, _ in _strips(shape[0]):
        fog_like, elevation, has_elevation = read_rows(start, stop)
        sums.append((block_sum(fog_like), block_sum(has_elevation), block_sum(np.where(has_elevation, elevation, 0))))
    fog_count, valid_count, elevation_sum = (np.concatenate(parts) for parts in zip(*sums))
    with np.errstate(invalid="ignore", divide="ignore"):
        return fog_count, valid_count, elevation_sum / valid_count


def _rim(read_rows, shape, fog_blocks, block_valid, reach):
    """The rim of each region at 20 m: fog-like pixels next to a clear pixel
    with an elevation, in the blocks along the region's edge (holes inside a
    bank have no part in its top). Returns the rim pixels' labels and
    elevations, and per label the rim pixels the DEM does not cover."""
    clear_blocks = ~fog_blocks & block_valid
    edge_zone = np.zeros(fog_blocks.shape, dtype=bool)
    for shifted in _shifts(clear_blocks, False):
        edge_zone |= shifted
    edge_zone = (edge_zone | clear_blocks) & (reach > 0)
    labels, elevations, unmeasured = [], [], np.zeros(int(reach.max()) + 1, np.int64)
    for start, stop, read_start, read_stop in _strips(shape[0], halo=1):
        fog_like, elevation, has_elevation = read_rows(read_start, read_stop)
        clear = ~fog_like & has_elevation
        next_to_clear = np.zeros(fog_like.shape, dtype=bool)
        for shifted in _shifts(clear, False):
            next_to_clear |= shifted
        inner = slice(start - read_start, stop - read_start)
        rows, cols = np.nonzero(fog_like[inner] & next_to_clear[inner])
        in_zone = edge_zone[(rows + start) // BLOCK, cols // BLOCK]
        rows, cols = rows[in_zone], cols[in_zone]
        rim_labels = reach[(rows + start) // BLOCK, cols // BLOCK]
        measured = has_elevation[inner][rows, cols]
        unmeasured += np.bincount(rim_labels[~measured], minlength=unmeasured.size)
        labels.append(rim_labels[measured])
        elevations.append(elevation[inner][rows[measured], cols[measured]].astype(np.float64))
    return np.concatenate(labels), np.concatenate(elevations), unmeasured


def _extents(block_labels, shape):
    """label -> (row_start, row_stop, col_start, col_stop) of its blocks, in
    pixels of the ``shape`` grid (the far blocks may be partial)."""
    rows, cols = np.nonzero(block_labels)
    labels = block_labels[rows, cols]
    order = np.argsort(labels, kind="stable")  # rows stay ascending within a label
    labels, rows, cols = labels[order], rows[order], cols[order]
    present, starts, sizes = np.unique(labels, return_index=True, return_counts=True)
    if not present.size:
        return {}
    first_col, last_col = np.minimum.reduceat(cols, starts), np.maximum.reduceat(cols, starts)
    return {int(label): (int(rows[start]) * BLOCK, min((int(rows[start + size - 1]) + 1) * BLOCK, shape[0]),
                         int(low) * BLOCK, min((int(high) + 1) * BLOCK, shape[1]))
            for label, start, size, low, high in zip(present, starts, sizes, first_col, last_col)}


def _label(mask):
    """Connected regions (4-connected) of ``mask``, numbered from 1."""
    labels = np.zeros(mask.shape, np.int32)
    if mask.any():
        regions = features.shapes(mask.astype(np.uint8), mask=mask, connectivity=4, transform=Affine.identity())
        shapes = [(geometry, number) for number, (geometry, _) in enumerate(regions, 1)]
        features.rasterize(shapes, out=labels, transform=Affine.identity())
    return labels


def _shifts(array, fill):
    """``array`` moved by one pixel up, down, left and right."""
    padded = np.pad(array, 1, constant_values=fill)
    return padded[:-2, 1:-1], padded[2:, 1:-1], padded[1:-1, :-2], padded[1:-1, 2:]


def _neighbour_label(labels, where):
    """The largest label among the 4 neighbours, where ``where`` is true."""
    neighbour = np.zeros(labels.shape, labels.dtype)
    for shifted in _shifts(labels, 0):
        np.maximum(neighbour, shifted, out=neighbour)
    return np.where(where, neighbour, 0)


def _quantiles(labels, values, count, probabilities):
    """Per-label quantiles of ``values`` (NaN for a label without values)."""
    result = np.full((len(probabilities), count + 1), np.nan)
    if labels.size == 0:
        return result
    order = np.lexsort((values, labels))
    labels, values = labels[order], values[order]
    present, starts, sizes = np.unique(labels, return_index=True, return_counts=True)
    for row, probability in enumerate(probabilities):
        result[row, present] = values[starts + np.floor(probability * (sizes - 1)).astype(np.intp)]
    return result
