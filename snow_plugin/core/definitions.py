"""Constants of the Theia products and of the LIS algorithm, defined once.

Class codes, mask bit codes, palettes and file-name patterns used by the
reader, the engine, the writers and the styles.
"""

# Classification codes of the SNW raster (ALGORITHM.md, step 6).
NO_SNOW = 0
SNOW = 100
CLOUD = 205
NODATA = 255
LEGACY_NODATA = 254  # Theia products made with LIS <= 1.5

# Decision codes: which rule decided a pixel's class (<product>_DECISION.tif).
# A pixel takes the first code that applies, in this order.
DECISION_NODATA = 255
DECISION_WATER = 30
DECISION_SNOW_PASS1 = 1
DECISION_SNOW_PASS2 = 2
DECISION_CLOUD_KEPT = 10
DECISION_CLOUD_SHADOW = 11
DECISION_HIGH_CLOUD = 12
DECISION_BACK_TO_CLOUD = 13
DECISION_VALLEY_FOG = 14
DECISION_SPECTRAL_CLOUD = 15
DECISION_CLEAR = 20
DECISION_DARK_CLOUD_RELEASED = 21

# code -> (English label, French label, colour), in the order of precedence.
# Both languages go into every summary JSON, whatever the user's language;
# the map style shows the label in the user's language (styles.py).
DECISION_CODES = {
    DECISION_NODATA: ("No data", "Aucune donnée", "#000000"),
    DECISION_WATER: ("Water (water mask)", "Eau (masque d'eau)", "#2c7bb6"),
    DECISION_SNOW_PASS1: ("Snow, pass 1 (unambiguous)", "Neige, passe 1 (sans ambiguïté)", "#00ffff"),
    DECISION_SNOW_PASS2: ("Snow, pass 2 (above the snowline)", "Neige, passe 2 (au-dessus de la limite d'enneigement)", "#66c2d6"),
    DECISION_CLOUD_KEPT: ("Cloud kept by the refined mask (bright at 240 m)", "Nuage gardé par le masque affiné (brillant à 240 m)", "#ffffff"),
    DECISION_CLOUD_SHADOW: ("Cloud shadow", "Ombre de nuage", "#5e5e5e"),
    DECISION_HIGH_CLOUD: ("High cloud", "Nuage haut", "#d9c2ff"),
    DECISION_BACK_TO_CLOUD: ("Cloud again: masked and bright in red", "Retour au nuage : masqué et brillant dans le rouge", "#e0e0e0"),
    DECISION_VALLEY_FOG: ("Valley fog (flat-topped bank)", "Brouillard de vallée (banc à sommet plat)", "#ff9f1c"),
    DECISION_SPECTRAL_CLOUD: ("Cloud or fog found by the rescue's spectral test", "Nuage ou brouillard trouvé par le test spectral du rattrapage", "#f4d35e"),
    DECISION_CLEAR: ("Clear, no snow", "Dégagé, sans neige", "#777777"),
    DECISION_DARK_CLOUD_RELEASED: ("No snow: dark cloud released from the L2A mask", "Sans neige : nuage sombre sorti du masque L2A", "#a0875a"),
}

# Reflectance encoding of MUSCATE L2A products.
REFLECTANCE_NODATA = -10000
DEFAULT_QUANTIFICATION = 10000

# CLM (cloud mask) bits.
CLM_ALL_CLOUDS_AND_SHADOWS = 1
CLM_ALL_CLOUDS = 2
CLM_MONO_TEMPORAL = 4
CLM_MULTI_TEMPORAL = 8
CLM_THINNEST = 16
CLM_SHADOW = 32
CLM_SHADOW_OUTSIDE = 64
CLM_HIGH_CLOUD = 128

# MG2 (geophysical mask) bits.
MG2_WATER = 1
MG2_CLOUD = 2
MG2_SNOW = 4
MG2_CLOUD_SHADOW = 8
MG2_TOPOGRAPHIC_SHADOW = 16
MG2_HIDDEN = 32
MG2_SUN_TOO_LOW = 64
MG2_SUN_TANGENT = 128

# QC flag bit positions (ALGORITHM.md, step 8).
QC_SUN_TOO_LOW = 0
QC_SUN_TANGENT = 1
QC_WATER = 2
QC_TCD_ABOVE_90 = 3
QC_SNOW_UNDER_THIN_CLOUD = 4
QC_TCD_UNDEFINED = 5

# Official palettes (hex colours). Labels are translated where they are shown.
CLASSIFICATION_PALETTE = {
    NO_SNOW: "#777777",
    SNOW: "#00ffff",
    CLOUD: "#ffffff",
    NODATA: "#000000",
}

# FSC palette: (upper bound of the class, colour), discrete.
FSC_PALETTE = [
    (0, "#d6d2d0"),
    (20, "#f0f9e8"),
    (40, "#bae4bc"),
    (60, "#7bccc4"),
    (80, "#43a2ca"),
    (100, "#0868ac"),
    (CLOUD, "#ffffff"),
    (NODATA, "#000000"),
]
