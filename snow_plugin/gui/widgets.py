"""Small widget factories shared by the dock and the settings dialog."""

from qgis.PyQt.QtWidgets import QSpinBox


def spin_box(minimum, maximum, value, suffix=""):
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setSuffix(suffix)
    return box
