"""``theiasnow:detectsnowbatch``: the detection of ``theiasnow:detectsnow`` on
many products, in local processes or on a Dask cluster (core.batch). The
parameters are those of the single run (the same advanced thresholds, DEM
source, water mask, tree cover), plus the workers and the scheduler."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from snow_plugin.core.batch import detect_snow_batch
from snow_plugin.core.errors import SnowPluginError
from snow_plugin.core.i18n import tr
from snow_plugin.processing_provider.shared_parameters import DetectionRunAlgorithm, output_folder_parameter
from snow_plugin.toolbelt.qgis_compat import NUMBER_INTEGER, SOURCE_FILE


class DetectSnowBatchAlgorithm(DetectionRunAlgorithm):
    INPUTS = "INPUTS"
    WORKERS = "WORKERS"
    SCHEDULER = "SCHEDULER"

    def name(self):
        return "detectsnowbatch"

    def displayName(self):
        return tr("Detect snow on many products (batch, local or Dask cluster)")

    def help_paragraphs(self):
        return (
            tr("Runs the snow detection of 'Detect snow, clouds and fog' on many Theia L2A products with the same parameters; each product's outputs are those of a single run, written into the output folder."),
            tr("Inputs: product folders, zips, or folders holding them. A product whose complete outputs already exist is skipped (the batch resumes where it stopped) unless overwriting is allowed. A product that cannot be processed (corrupt zip, wrong grid) is reported with its reason and the others go on."),
            tr("Workers: the number of products processed at once on this computer (default: the number of cores). Scheduler: empty to use local processes, or the address of a Dask distributed scheduler (e.g. tcp://10.0.0.5:8786) whose workers see the products and the output folder at the same paths and can import this plugin; it needs the Python package distributed."),
            tr("Outputs: the list of the JSON summaries, the number of failed products and snow_batch_report.csv in the output folder (product, status, reason, seconds), replaced at each batch."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUTS, tr("Theia L2A products (folders, zips, or folders holding them)"), SOURCE_FILE))
        self.add_detection_parameters()
        self.addParameter(QgsProcessingParameterNumber(
            self.WORKERS, tr("Products processed at once (local processes)"), NUMBER_INTEGER, os.cpu_count() or 1, False, 1, 256))
        self.addParameter(QgsProcessingParameterString(
            self.SCHEDULER, tr("Dask scheduler address (empty: local processes)"), "", optional=True))
        self.addParameter(output_folder_parameter())
        self.addOutput(QgsProcessingOutputString("RESULTS", tr("JSON summaries of the products done or skipped")))
        self.addOutput(QgsProcessingOutputNumber("FAILED", tr("Products that failed")))
        self.addOutput(QgsProcessingOutputFile("REPORT", tr("Batch report (CSV)")))

    def processAlgorithm(self, parameters, context, feedback):
        params = self.detection_parameters(parameters, context)
        output_folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)

        try:
            result = detect_snow_batch(
                self.parameterAsFileList(parameters, self.INPUTS, context), output_folder, params=params,
                overwrite=self.parameterAsBoolean(parameters, self.OVERWRITE, context),
                workers=self.parameterAsInt(parameters, self.WORKERS, context),
                scheduler=self.parameterAsString(parameters, self.SCHEDULER, context).strip() or None,
                feedback=feedback, dem_choice_for=lambda product: self.dem_choice(product, feedback), **self._ancillary,
            )
        except SnowPluginError as error:
            raise QgsProcessingException(str(error)) from error
        if result.failed:
            feedback.reportError(tr("%n product(s) failed: see {report}.", None, result.failed).format(report=result.report))
        return {"RESULTS": result.metadata_paths, "FAILED": result.failed, "REPORT": str(result.report),
                "OUTPUT_FOLDER": output_folder}
