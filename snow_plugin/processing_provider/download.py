"""``theiasnow:download``: download Theia products from GEODES, whole or only
the files a step needs, and say what happened to each one."""

from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from snow_plugin.core.errors import CancelledError, CatalogueError
from snow_plugin.core.geodes.client import GeodesClient
from snow_plugin.core.geodes.download import (
    CANCELLED,
    DETECTION,
    DOWNLOADED,
    FAILED,
    FULL,
    SKIPPED,
    SNOW,
    STAGED,
    Downloader,
)
from snow_plugin.core.i18n import tr
from snow_plugin.processing_provider.base import CatalogueAlgorithm, progress_reporter
from snow_plugin.toolbelt.lists import split_list
from snow_plugin.processing_provider.product_lookup import look_up_identifiers, records_from_source
from snow_plugin.toolbelt.qgis_compat import SOURCE_VECTOR_ANY
from snow_plugin.toolbelt.network import catalogue_config, catalogue_session
from snow_plugin.toolbelt.hydroweb_credentials import hydroweb_config_and_session
from snow_plugin.toolbelt.preferences import load_settings

FILE_KINDS = (FULL, DETECTION, SNOW)  # in the order of the FILES choices


class DownloadAlgorithm(CatalogueAlgorithm):
    IDENTIFIERS = "IDENTIFIERS"
    INPUT = "INPUT"
    FILES = "FILES"
    DESTINATION = "DESTINATION"
    DOWNLOADED = "DOWNLOADED"
    SKIPPED = "SKIPPED"
    STAGED = "STAGED"
    FAILED = "FAILED"

    def __init__(self):
        super().__init__()
        self._settings = None
        self._config = None
        self._session = None
        self._hydroweb = None  # (config, session) of hydroweb.next

    def name(self):
        return "download"

    def displayName(self):
        return tr("Download Theia products (GEODES)")

    def help_paragraphs(self):
        return (
            tr("Downloads Theia products from CNES GEODES: the selected features of a layer written by 'Search Theia products', or product identifiers (one per line or comma separated)."),
            tr("Files: the whole product zip (0.5 to 1 GB, checked against its MD5), only what snow detection needs (bands B3, B4, B11, B12 when present, cloud and geophysical masks, metadata: about a tenth of the zip), or only the snow raster of a Theia Snow product. Partial downloads read the remote zip and extract the files into the destination folder."),
            tr("Downloading needs a GEODES API key: create it on geodes-portal.cnes.fr (log in, user profile, generate API key) and enter it in the plugin settings, where it is stored encrypted in the QGIS authentication database."),
            tr("A product already in the destination folder is skipped. An interrupted or cancelled download resumes where it stopped on the next run. An offline product is being staged by the production centre: run the download again later. The log lists the outcome of each product."),
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterString(
                self.IDENTIFIERS,
                tr("Product identifiers (one per line or comma separated)"),
                multiLine=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Footprint layer from a search (field 'identifier')"), [SOURCE_VECTOR_ANY], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FILES,
                tr("Files"),
                [
                    tr("Whole product (zip)"),
                    tr("Only what snow detection needs"),
                    tr("Only the snow raster (Theia Snow products)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.DESTINATION, tr("Destination folder"), defaultValue=load_settings().download_folder
            )
        )
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Downloaded files (separated by ';')")))
        self.addOutput(QgsProcessingOutputNumber(self.DOWNLOADED, tr("Products downloaded")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Products already there")))
        self.addOutput(QgsProcessingOutputNumber(self.STAGED, tr("Products being staged (retry later)")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, tr("Products that failed")))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not self._identifiers(parameters, context) and parameters.get(self.INPUT) in (None, ""):
            return False, tr("Give product identifiers or a footprint layer.")
        return ok, message

    def prepareAlgorithm(self, parameters, context, feedback):
        # The key may need the master password of the authentication database: main thread.
        self._settings = load_settings()
        self._config = catalogue_config(self._settings)
        self._session = catalogue_session(with_key=True, config=self._config)
        self._hydroweb = hydroweb_config_and_session()  # its products need its own key
        return True

    def processAlgorithm(self, parameters, context, feedback):
        destination = Path(self.parameterAsString(parameters, self.DESTINATION, context))
        files = FILE_KINDS[self.parameterAsEnum(parameters, self.FILES, context)]
        outcomes = []
        try:
            records, missing = self._records(parameters, context, feedback)
            for identifier in missing:
                feedback.pushWarning(tr("{name}: not found in the catalogue.").format(name=identifier))
            if not records:
                raise QgsProcessingException(tr("None of the products was found in the catalogue."))
            feedback.pushInfo(
                tr("%n product(s) to download into {folder}.", None, len(records)).format(folder=destination)
            )
            for session, config, part in self._by_catalogue(records):
                downloader = Downloader(
                    session,
                    config,
                    stall_timeout=self._settings.stall_timeout,
                    progress=progress_reporter(feedback, 100.0 * len(outcomes) / len(records), 100.0 * len(part) / len(records)),
                    is_cancelled=feedback.isCanceled,
                )
                outcomes += downloader.download_all(part, destination, self._settings.max_parallel_downloads, files)
        except CancelledError as error:
            feedback.pushWarning(str(error))
        except CatalogueError as error:  # a refused API key included
            raise QgsProcessingException(str(error)) from None
        finally:
            self._session.close()
            self._hydroweb[1].close()
        return dict(self._report(outcomes, feedback), **{self.DESTINATION: str(destination)})

    def _by_catalogue(self, records):
        """(session, config, records) of GEODES, then of hydroweb.next (its download URLs)."""
        hydroweb_config, hydroweb_session = self._hydroweb
        on_hydroweb = [record for record in records if (record.data_url or "").startswith(hydroweb_config.base_url + "/")]
        geodes = [record for record in records if record not in on_hydroweb]
        return [(session, config, part) for session, config, part in
                ((self._session, self._config, geodes), (hydroweb_session, hydroweb_config, on_hydroweb)) if part]

    def _identifiers(self, parameters, context):
        return split_list(self.parameterAsString(parameters, self.IDENTIFIERS, context) or "")

    def _records(self, parameters, context, feedback):
        records, plain = [], self._identifiers(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is not None:
            if source.fields().lookupField("identifier") < 0:
                raise QgsProcessingException(
                    tr("The layer has no 'identifier' field: use the output of 'Search Theia products'.")
                )
            records, bare = records_from_source(source, feedback.isCanceled)
            plain += bare
        records = list({record.identifier: record for record in records}.values())  # one download per product
        known = {record.identifier for record in records}
        plain = [identifier for identifier in plain if identifier not in known]
        if not plain:
            return records, []
        with GeodesClient(self._config, self._session) as client:
            found, missing = look_up_identifiers(client, plain, feedback.isCanceled)
        return records + found, missing

    def _report(self, outcomes, feedback):
        counts = {status: 0 for status in (DOWNLOADED, SKIPPED, STAGED, FAILED, CANCELLED)}
        files = []
        for outcome in outcomes:
            counts[outcome.status] += 1
            if outcome.status != CANCELLED:
                (feedback.pushWarning if outcome.status in (STAGED, FAILED) else feedback.pushInfo)(outcome.message)
            files += [str(path) for path in outcome.files]
        cancelled = next((outcome for outcome in outcomes if outcome.status == CANCELLED), None)
        if cancelled is not None:
            feedback.pushWarning(cancelled.message)
        feedback.pushInfo(
            tr("Downloaded: {downloaded}, already there: {skipped}, being staged: {staged}, failed: {failed}.").format(
                downloaded=counts[DOWNLOADED], skipped=counts[SKIPPED], staged=counts[STAGED], failed=counts[FAILED]
            )
        )
        return {
            self.FILES: ";".join(files),
            self.DOWNLOADED: counts[DOWNLOADED],
            self.SKIPPED: counts[SKIPPED],
            self.STAGED: counts[STAGED],
            self.FAILED: counts[FAILED],
        }

