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
MIN_RIM_BLOCKS = 8  # fewer rim blocks than this give no robust top
BELOW_TOP_SHARE = 0.9  # share of a bank's blocks below its top (+ spread)
IQR_TO_SIGMA = 1.349


@dataclass
class FogBank:
    top_elevation: float  # m, median elevation of the rim
    area_km2: float
    pixels: int

    def as_dict(self):
        return {"top_elevation": round(self.top_elevation), "area_km2": round(self.area_km2, 3), "pixels": self.pixels}


@dataclass
class FogBankSearch:
    mask: np.ndarray  # bool, the 20 m pixels of every bank
    banks: list  # FogBank, largest first
    unmeasured_km2: float = 0.0  # fog-like areas the DEM does not cover


def find_fog_banks(fog_like, elevation, has_elevation, pixel_km2, top_spread, min_area_km2):
    """The flat-topped fog banks among the ``fog_like`` pixels (bool, 20 m).

    ``elevation`` (m) counts where ``has_elevation`` (bool: valid pixel with
    a DEM value); ``top_spread`` (m) is the largest robust spread of a
    bank's rim elevations, ``min_area_km2`` its smallest area."""
    empty = FogBankSearch(np.zeros(fog_like.shape, dtype=bool), [])
    if min(fog_like.shape) < BLOCK:
        return empty
    fog_blocks, block_elevation, block_valid = _blocks(fog_like, elevation, has_elevation)
    labels = _label(fog_blocks)
    count = int(labels.max())
    if count == 0:
        return empty
    block_km2 = pixel_km2 * BLOCK * BLOCK
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    rim, ring = _rim_and_ring(fog_blocks, block_valid)
    rim_measured = rim & block_valid
    rim_stats = _quantiles(labels[rim_measured], block_elevation[rim_measured], count, (0.25, 0.5, 0.75))
    rim_blocks = np.bincount(labels[rim_measured], minlength=count + 1)
    rim_total = np.bincount(labels[rim], minlength=count + 1)
    big_enough = sizes * block_km2 >= max(min_area_km2, block_km2)
    measurable = (rim_blocks >= MIN_RIM_BLOCKS) & (rim_blocks * 2 >= rim_total)
    big_enough[0] = measurable[0] = False
    unmeasured_km2 = float(sizes[big_enough & ~measurable].sum() * block_km2)

    low, top, high = rim_stats
    flat_top = (high - low) / IQR_TO_SIGMA <= top_spread
    inside = block_valid & (labels > 0)
    below_top = np.bincount(labels[inside], weights=block_elevation[inside] <= top[labels[inside]] + top_spread,
                            minlength=count + 1)
    measured_inside = np.bincount(labels[inside], minlength=count + 1)
    filled_below = below_top >= BELOW_TOP_SHARE * np.maximum(measured_inside, 1)
    median_inside = _quantiles(labels[inside], block_elevation[inside], count, (0.5,))[0]
    deep = median_inside <= top - top_spread
    ring_label = _neighbour_label(labels, ring)
    ring_measured = ring & block_valid & (ring_label > 0)
    median_ring = _quantiles(ring_label[ring_measured], block_elevation[ring_measured], count, (0.5,))[0]
    surrounded = median_ring >= top

    accepted = big_enough & measurable & flat_top & filled_below & deep & surrounded
    if not accepted.any():
        return FogBankSearch(empty.mask, [], unmeasured_km2)
    bank_blocks = np.where(accepted[labels], labels, 0)
    bank_blocks = np.maximum(bank_blocks, _neighbour_label(bank_blocks, bank_blocks == 0))  # catch the thin edges
    pixel_labels = _to_pixels(bank_blocks, fog_like.shape)
    mask = fog_like & (pixel_labels > 0)
    pixels = np.bincount(pixel_labels[mask], minlength=count + 1)
    banks = [FogBank(float(top[i]), float(pixels[i] * pixel_km2), int(pixels[i])) for i in np.flatnonzero(accepted)]
    banks.sort(key=lambda bank: bank.pixels, reverse=True)
    return FogBankSearch(mask, banks, unmeasured_km2)


def _blocks(fog_like, elevation, has_elevation):
    """Block majority of fog, block mean elevation and block validity."""
    rows, cols = (size // BLOCK * BLOCK for size in fog_like.shape)

    def block_sum(values):
        return values[:rows, :cols].reshape(rows // BLOCK, BLOCK, cols // BLOCK, BLOCK).sum(axis=(1, 3), dtype=np.float64)

    valid_count = block_sum(has_elevation)
    fog_blocks = block_sum(fog_like) * 2 > BLOCK * BLOCK
    with np.errstate(invalid="ignore", divide="ignore"):
        block_elevation = block_sum(np.where(has_elevation, elevation, 0)) / valid_count
    block_valid = valid_count * 2 > BLOCK * BLOCK
    return fog_blocks, np.where(block_valid, block_elevation, np.nan), block_valid


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


def _rim_and_ring(fog_blocks, block_valid):
    """The fog blocks next to valid clear blocks (the rim) and those clear
    blocks (the ring around). Blocks along the image edge or no data have
    an unknown outside, so they are not rim."""
    clear = ~fog_blocks & block_valid
    next_to_clear = np.zeros(fog_blocks.shape, dtype=bool)
    for shifted in _shifts(clear, False):
        next_to_clear |= shifted
    next_to_fog = np.zeros(fog_blocks.shape, dtype=bool)
    for shifted in _shifts(fog_blocks, False):
        next_to_fog |= shifted
    return fog_blocks & next_to_clear, clear & next_to_fog


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


def _to_pixels(block_labels, shape):
    """Block labels spread back onto the 20 m pixels (the last partial
    blocks of a side take the label of the block before them)."""
    pixels = np.repeat(np.repeat(block_labels, BLOCK, axis=0), BLOCK, axis=1)
    pad_rows, pad_cols = shape[0] - pixels.shape[0], shape[1] - pixels.shape[1]
    return np.pad(pixels, ((0, pad_rows), (0, pad_cols)), mode="edge")
