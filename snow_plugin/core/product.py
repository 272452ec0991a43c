"""Read a Theia/MUSCATE Sentinel-2 L2A product, as a folder or as its zip.

A zip is read in place through GDAL's ``/vsizip/`` (no unpacking). The
reader only locates files and checks grids; pixels are read by the engine.
"""

import xml.etree.ElementTree as ElementTree
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import rasterio

from snow_plugin.core.definitions import DEFAULT_QUANTIFICATION
from snow_plugin.core.errors import ProductError
from snow_plugin.core.grid import Grid
from snow_plugin.core.i18n import tr
from snow_plugin.core.product_names import L2A_FILES, L2A_MASKS, ProductName, parse_product_name

REQUIRED_ROLES = ("green", "red", "swir")


@dataclass
class L2AProduct:
    """Where the bands of one L2A product are, and its 20 m work grid."""

    source: Path
    name: ProductName
    files: dict = field(default_factory=dict)  # role -> GDAL path
    quantification: float = DEFAULT_QUANTIFICATION
    grid: Grid = None

    @property
    def identifier(self):
        return self.name.identifier

    @property
    def multi(self):
        """LIS's factor from milli-reflectance thresholds to file units."""
        return self.quantification / 1000.0

    def has(self, role):
        return role in self.files


def open_product(path):
    """Locate the bands of the L2A product at ``path`` (folder or .zip)."""
    path = Path(path)
    check_product_path(path)
    if path.is_dir():
        members = [p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()]
        to_gdal = lambda member: str(path / member)  # noqa: E731
    else:
        members = _zip_members(path)
        to_gdal = lambda member: f"/vsizip/{path}/{member}"  # noqa: E731
    found = _find_members(members)
    if not any(role in found for role in REQUIRED_ROLES):
        raise ProductError(
            tr("{path} holds no Theia L2A product: expected its bands <name>_FRE_B3.tif, _FRE_B4.tif and _FRE_B11.tif "
               "and its cloud mask MASKS/<name>_CLM_R2.tif.").format(path=path)
        )
    if "clm" in found:
        found.pop("clm_r1", None)  # never read when the 20 m cloud mask is there: a damaged one must not fail the run
    identifier = _identifier(path, members)
    files = {role: to_gdal(member) for role, member in found.items()}
    product = L2AProduct(source=path, name=parse_product_name(identifier), files=files)
    _check_required(product)
    if product.has("metadata"):
        product.quantification = read_quantification(files["metadata"])
    product.grid = _check_grids(product)
    return product


def check_product_path(path):
    """ProductError unless ``path`` is a folder or a readable zip file."""
    path = Path(path)
    if not path.exists():
        raise ProductError(tr("The product {path} does not exist.").format(path=path))
    if path.is_dir() or zipfile.is_zipfile(path):
        return
    if path.suffix.lower() == ".zip" or _starts_like_a_zip(path):
        raise ProductError(tr("The zip {path} is damaged (truncated or corrupt): download it again.").format(path=path))
    raise ProductError(
        tr("{path} is neither a product folder nor a zip file: give the folder of a Theia L2A product or its zip.").format(path=path)
    )


def _starts_like_a_zip(path):
    try:
        with open(path, "rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _zip_members(path):
    try:
        with zipfile.ZipFile(path) as archive:
            return [info.filename for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError) as error:
        raise ProductError(
            tr("The zip {path} is corrupt or truncated ({error}): download it again.").format(path=path, error=error)
        ) from error


def _identifier(path, members):
    """The product name: from a band file name, else from the folder/zip name."""
    for member in members:
        name = PurePosixPath(member).name
        if name.endswith(L2A_FILES["swir"]):
            return name[: -len(L2A_FILES["swir"])]
    return path.name[:-4] if path.suffix.lower() == ".zip" else path.name


def _find_members(members):
    found = {}
    for role, suffix in L2A_FILES.items():
        matches = sorted(m for m in members if m.endswith(suffix) and "/._" not in m)
        if role in L2A_MASKS:
            matches = [m for m in matches if "MASKS/" in m] or matches
        if matches:
            found[role] = matches[0]
    return found


def _check_required(product):
    for role in REQUIRED_ROLES:
        if not product.has(role):
            raise ProductError(
                tr("The product {name} has no {file}: it is not a complete Theia L2A product.").format(
                    name=product.identifier, file=product.identifier + L2A_FILES[role]
                )
            )
    if not product.has("clm") and not product.has("clm_r1"):
        raise ProductError(
            tr("The product {name} has no cloud mask: MASKS/{file} is missing.").format(
                name=product.identifier, file=product.identifier + L2A_FILES["clm"]
            )
        )


def read_quantification(metadata_path):
    """REFLECTANCE_QUANTIFICATION_VALUE from *_MTD_ALL.xml, default 10000."""
    try:
        # ElementTree does not expand external entities; the file is small.
        root = ElementTree.fromstring(read_gdal_bytes(metadata_path))
    except (ElementTree.ParseError, OSError):
        return DEFAULT_QUANTIFICATION
    for element in root.iter("REFLECTANCE_QUANTIFICATION_VALUE"):
        try:
            return float(element.text)
        except (TypeError, ValueError):
            break
    return DEFAULT_QUANTIFICATION


def read_gdal_bytes(gdal_path):
    """The bytes of a small file given as a plain or /vsizip/ GDAL path."""
    from osgeo import gdal

    handle = gdal.VSIFOpenL(gdal_path, "rb")
    if handle is None:
        raise OSError(gdal_path)
    try:
        gdal.VSIFSeekL(handle, 0, 2)
        size = gdal.VSIFTellL(handle)
        gdal.VSIFSeekL(handle, 0, 0)
        return gdal.VSIFReadL(1, size, handle)
    finally:
        gdal.VSIFCloseL(handle)


def _open_raster(product, role):
    try:
        return rasterio.open(product.files[role])
    except rasterio.errors.RasterioIOError as error:
        raise ProductError(
            tr("Cannot read {file}: the file is corrupt or truncated.").format(file=product.files[role])
        ) from error


def _check_grids(product):
    """The 20 m SWIR grid is the work grid; other rasters must match it."""
    with _open_raster(product, "swir") as swir:
        grid = Grid.from_dataset(swir)
    for role in ("green", "red"):
        with _open_raster(product, role) as band:
            if band.crs != grid.crs or band.width < grid.width * 2 - 2 or band.height < grid.height * 2 - 2:
                raise ProductError(
                    tr("{file} does not match the 20 m grid of the SWIR band (expected about {w}x{h} pixels at 10 m, found {fw}x{fh}).").format(
                        file=PurePosixPath(product.files[role]).name,
                        w=grid.width * 2,
                        h=grid.height * 2,
                        fw=band.width,
                        fh=band.height,
                    )
                )
    if product.has("swir2") and not _readable(product.files["swir2"]):
        del product.files["swir2"]  # read only by the rescue, which then says the product has no B12
    for role, factor in (("swir2", 1), ("clm", 1), ("mg2", 1), ("clm_r1", 2)):
        if product.has(role):
            with _open_raster(product, role) as mask:
                if (mask.width, mask.height) != (grid.width * factor, grid.height * factor):
                    raise ProductError(
                        tr("{file} has {fw}x{fh} pixels, but the product grid needs {w}x{h}.").format(
                            file=PurePosixPath(product.files[role]).name,
                            fw=mask.width,
                            fh=mask.height,
                            w=grid.width * factor,
                            h=grid.height * factor,
                        )
                    )
    return grid


def _readable(gdal_path):
    try:
        with rasterio.open(gdal_path) as dataset:
            dataset.read(1, window=((dataset.height - 1, dataset.height), (0, dataset.width)))
        return True
    except rasterio.errors.RasterioIOError:
        return False
