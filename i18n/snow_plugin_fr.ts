<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>@default</name>
    <message>
        <location filename="../snow_plugin/plugin.py" line="25"/>
        <source>&amp;Theia Snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="36"/>
        <source>Detect snow on an L2A product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="37"/>
        <source>Search Theia products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="38"/>
        <source>Download Theia products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="39"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing/provider.py" line="16"/>
        <source>Theia Snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing/provider.py" line="19"/>
        <source>Theia Snow (Let-It-Snow snow and cloud/fog detection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="27"/>
        <source>raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="31"/>
        <source>Cannot read the {what} {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="34"/>
        <source>The {what} {path} has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="38"/>
        <source>The {what} {path} does not cover the product: choose one that overlaps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="66"/>
        <source>DEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="68"/>
        <source>The DEM {path} has no elevation over the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="74"/>
        <source>tree cover density raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="88"/>
        <source>water mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="101"/>
        <source>Cannot read the water mask {path}: give a raster or a vector layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="55"/>
        <source>&apos;{name}&apos; is not a Theia product name (expected e.g. SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="100"/>
        <source>The product {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="108"/>
        <source>{path} is neither a product folder nor a zip file (it may be corrupt or truncated: download it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="128"/>
        <source>The zip {path} is corrupt or truncated ({error}): download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="156"/>
        <source>The product {name} has no {file}: it is not a complete Theia L2A product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="162"/>
        <source>The product {name} has no cloud mask: MASKS/{file} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="204"/>
        <source>Cannot read {file}: the file is corrupt or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="216"/>
        <source>{file} does not match the 20 m grid of the SWIR band (expected about {w}x{h} pixels at 10 m, found {fw}x{fh}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="229"/>
        <source>{file} has {fw}x{fh} pixels, but the product grid needs {w}x{h}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="19"/>
        <source>No snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="19"/>
        <source>Snow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="19"/>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="31"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="24"/>
        <source>No flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="25"/>
        <source>Sun too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="26"/>
        <source>Sun tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="27"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="28"/>
        <source>Tree cover density above 90 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="29"/>
        <source>Snow under thin cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="30"/>
        <source>Tree cover density undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="77"/>
        <source>{quantity} {low}–{high} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="89"/>
        <source>FSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="91"/>
        <source>NDSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="51"/>
        <source>The output folder {folder} is not writable ({error}): choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="58"/>
        <source>Outputs already exist in {folder} ({files}): choose another folder or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="124"/>
        <source>Could not write {path} ({error}): check the free disk space and the folder permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="80"/>
        <source>A catalogue entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="84"/>
        <source>A catalogue entry has no product identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="89"/>
        <source>No product found for tile {tile}: check the dates and filters; Theia may also not produce this tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="97"/>
        <source>Only the first {count} of {matched} products were read: narrow the search (dates, cloud cover, area) or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="138"/>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="142"/>
        <source>GEODES sent an answer without a product list: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="159"/>
        <source>A catalogue entry was skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="175"/>
        <source>GEODES could not be reached ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="182"/>
        <source>GEODES answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="184"/>
        <source>: the search was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="188"/>
        <source>: try again later, or check the network and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="195"/>
        <source>GEODES sent an unreadable answer: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="242"/>
        <source>The date &apos;{text}&apos; is not understood: use YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="44"/>
        <source>the server answered &apos;access denied&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="44"/>
        <source>no API key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="45"/>
        <source>The GEODES API key was refused ({reason}): create or renew it on geodes-portal.cnes.fr (user profile, generate API key) and enter it in the plugin settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="211"/>
        <source>HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="64"/>
        <source>endless redirections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="33"/>
        <source>{file} is damaged or incomplete ({reason}): delete it and download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="39"/>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="53"/>
        <source>{file} contains an unsafe path ({member}) and was not extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="118"/>
        <source>{name} has no downloadable file in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="122"/>
        <source>{name} is already downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="123"/>
        <source>%s exists but does not match the catalogue: downloading it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="135"/>
        <source>{name} could not be written in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="139"/>
        <source>{name} was downloaded and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="157"/>
        <source>%s: %s (try %d of %d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="164"/>
        <source>{name} could not be downloaded after {tries} tries: {reason}. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="190"/>
        <source>the partial file did not match the server&apos;s file, restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="205"/>
        <source>the connection closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="215"/>
        <source>{name} is offline and being staged by the Theia production centre: retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="221"/>
        <source>the server answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="222"/>
        <source>The server refused to send {name} (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="230"/>
        <source>the file does not match its MD5 checksum (damaged in transit) and was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="235"/>
        <source>the file does not have the announced size and was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="248"/>
        <source>Not enough free disk space in {folder} for {name}: {needed} MB needed, {free} MB free. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="262"/>
        <source>no data arrived for {seconds} s (the server stalled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="264"/>
        <source>the server could not be reached in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="265"/>
        <source>the connection was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="272"/>
        <source>The download was cancelled; it will resume from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="101"/>
        <source>Product {name}: {w} x {h} pixels at 20 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="119"/>
        <source>The DEM does not cover the whole product: pixels without elevation never get pass-2 snow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="121"/>
        <source>No DEM given: the snowline and pass 2 are skipped (only unambiguous snow is detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="154"/>
        <source>The product {name} has no valid pixel (all nodata): choose another date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="168"/>
        <source>No snowline elevation was found on this tile: pass 2 is skipped and the result is less reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="170"/>
        <source>Too little unambiguous snow on this tile: pass 2 is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="214"/>
        <source>Snow detection cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="16"/>
        <source>The GDAL Python bindings (osgeo) are missing: install python3-gdal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="20"/>
        <source>rasterio is missing: install python3-rasterio from your distribution (or OSGeo4W/conda); snow detection is disabled until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="25"/>
        <source>rasterio is built against GDAL {rasterio_gdal} but QGIS uses GDAL {qgis_gdal}: install the distribution&apos;s python3-rasterio instead of a pip wheel; snow detection is disabled until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
