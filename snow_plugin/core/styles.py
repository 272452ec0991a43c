"""QGIS styles (.qml) for the outputs, with the official palettes and
translated class labels. Written as text so the core needs no QGIS."""

from xml.sax.saxutils import quoteattr

from snow_plugin.core.definitions import (
    CLASSIFICATION_PALETTE,
    CLOUD,
    DECISION_CODES,
    FSC_PALETTE,
    LEGACY_NODATA,
    NO_SNOW,
    NODATA,
    SNOW,
)
from snow_plugin.core.i18n import tr

QML_HEADER = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.22.0\" styleCategories=\"AllStyleCategories\">\n  <pipe>\n"
QML_FOOTER = "  </pipe>\n  <blendMode>0</blendMode>\n</qgis>\n"


def _entry(tag, value, colour, label):
    alpha = 0 if value in (NODATA, LEGACY_NODATA) else 255
    return f'        <{tag} value="{value}" color="{colour}" alpha="{alpha}" label={quoteattr(label)}/>\n'


def classification_labels():
    return {NO_SNOW: tr("No snow"), SNOW: tr("Snow"), CLOUD: tr("Cloud"), NODATA: tr("No data")}


def qc_labels():
    return {
        0: tr("No flag"),
        1: tr("Sun too low"),
        2: tr("Sun tangent"),
        4: tr("Water"),
        8: tr("Tree cover density above 90 %"),
        16: tr("Snow under thin cloud"),
        32: tr("Tree cover density undefined"),
        NODATA: tr("No data"),
    }


def decision_labels():
    """The decision codes' labels in the user's language (the same texts as
    DECISION_CODES, whose French a test checks against the .ts)."""
    return {
        255: tr("No data"),
        30: tr("Water (water mask)"),
        1: tr("Snow, pass 1 (unambiguous)"),
        2: tr("Snow, pass 2 (above the snowline)"),
        10: tr("Cloud kept by the refined mask (bright at 240 m)"),
        11: tr("Cloud shadow"),
        12: tr("High cloud"),
        13: tr("Cloud again: masked and bright in red"),
        14: tr("Valley fog (flat-topped bank)"),
        15: tr("Cloud or fog found by the rescue's spectral test"),
        20: tr("Clear, no snow"),
        21: tr("No snow: dark cloud released from the L2A mask"),
    }


QC_COLOURS = {0: "#f7f7f7", 1: "#fdae61", 2: "#d7191c", 4: "#2c7bb6", 8: "#1a9641", 16: "#abd9e9", 32: "#a6611a", NODATA: "#000000"}


def _renderer_qml(opening, entry_tag, entries, closing):
    """A one-renderer QML: ``opening`` and ``closing`` frame the entries."""
    body = "".join(_entry(entry_tag, value, colour, label) for value, colour, label in entries)
    return QML_HEADER + opening + body + closing + QML_FOOTER


def paletted_qml(entries):
    """entries: (value, colour, label) for a paletted (unique values) style."""
    return _renderer_qml(
        '    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">\n'
        "      <rasterTransparency/>\n      <colorPalette>\n",
        "paletteEntry",
        entries,
        "      </colorPalette>\n    </rasterrenderer>\n",
    )


def discrete_qml(entries):
    """entries: (upper value, colour, label) for a discrete colour ramp."""
    return _renderer_qml(
        '    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="1" alphaBand="-1"'
        ' classificationMin="0" classificationMax="255" nodataColor="">\n'
        "      <rasterTransparency/>\n      <rastershader>\n"
        '        <colorrampshader colorRampType="DISCRETE" classificationMode="1" clip="0" minimumValue="0" maximumValue="255">\n',
        "item",
        entries,
        "        </colorrampshader>\n      </rastershader>\n    </rasterrenderer>\n",
    )


def fraction_entries(quantity):
    """The FSC palette's classes, labelled for ``quantity`` (FSC or NDSI)."""
    labels = classification_labels()
    entries = []
    previous = 0
    for upper, colour in FSC_PALETTE:
        if upper in (CLOUD, NODATA):
            label = labels[upper]
        elif upper == 0:
            label = labels[NO_SNOW]
        else:
            label = tr("{quantity} {low}–{high} %").format(quantity=quantity, low=previous + 1, high=upper)
            previous = upper
        entries.append((upper, colour, label))
    return entries


def style_for_output(key):
    """The .qml text for the output ``key`` (SNW, FSC_TOC, FSC_OG, NDSI,
    QCFLAGS; also SNW_L2B, the Theia L2B classification with 254 no data,
    and FSC, the LIS >= 1.7 fractional snow cover product)."""
    if key in ("SNW", "SNW_L2B"):
        labels = classification_labels()
        entries = [(code, colour, labels[code]) for code, colour in CLASSIFICATION_PALETTE.items()]
        if key == "SNW_L2B":  # LIS <= 1.6 products: 254 is their no data
            entries[-1] = (LEGACY_NODATA, CLASSIFICATION_PALETTE[NODATA], labels[NODATA])
        return paletted_qml(entries)
    if key in ("FSC", "FSC_TOC", "FSC_OG"):
        return discrete_qml(fraction_entries(tr("FSC")))
    if key == "NDSI":
        return discrete_qml(fraction_entries(tr("NDSI")))
    if key == "DECISION":
        labels = decision_labels()
        return paletted_qml([(code, colour, labels[code]) for code, (_, _, colour) in sorted(DECISION_CODES.items())])
    if key == "QCFLAGS":
        labels = qc_labels()
        return paletted_qml([(value, QC_COLOURS[value], labels[value]) for value in labels])
    raise KeyError(key)
