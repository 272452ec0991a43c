<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>@default</name>
    <message>
        <location filename="../snow_plugin/plugin.py" line="27"/>
        <source>&amp;Theia Snow</source>
        <translation>&amp;Theia Snow</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="48"/>
        <source>Detect snow on an L2A product…</source>
        <translation>Détecter la neige sur un produit L2A…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="50"/>
        <source>Search Theia products…</source>
        <translation>Rechercher des produits Theia…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="52"/>
        <source>Download Theia products…</source>
        <translation>Télécharger des produits Theia…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="63"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="43"/>
        <source>Theia Snow</source>
        <translation>Theia Snow</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/provider.py" line="19"/>
        <source>Theia Snow (Let-It-Snow snow and cloud/fog detection)</source>
        <translation>Theia Snow (détection Let-It-Snow de la neige, des nuages et du brouillard)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="80"/>
        <source>DEM</source>
        <translation>MNT</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="307"/>
        <source>The DEM {path} has no elevation over the product.</source>
        <translation>Le MNT {path} ne contient aucune altitude sur l'emprise du produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="149"/>
        <source>Cannot read the water mask {path}: give a raster or a vector layer.</source>
        <translation>Impossible de lire le masque d'eau {path} : indiquez une couche raster ou vecteur.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product_names.py" line="75"/>
        <source>&apos;{name}&apos; is not a Theia product name (expected e.g. SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).</source>
        <translation>« {name} » n'est pas un nom de produit Theia (attendu : par exemple SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_inputs.py" line="31"/>
        <source>The product {path} does not exist.</source>
        <translation>Le produit {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="101"/>
        <source>The zip {path} is corrupt or truncated ({error}): download it again.</source>
        <translation>Le zip {path} est corrompu ou tronqué ({error}) : téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="129"/>
        <source>The product {name} has no {file}: it is not a complete Theia L2A product.</source>
        <translation>Le produit {name} ne contient pas {file} : ce n'est pas un produit Theia L2A complet.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="135"/>
        <source>The product {name} has no cloud mask: MASKS/{file} is missing.</source>
        <translation>Le produit {name} n'a pas de masque de nuages : MASKS/{file} est absent.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="158"/>
        <source>Cannot read {file}: the file is corrupt or truncated.</source>
        <translation>Impossible de lire {file} : le fichier est corrompu ou tronqué.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="189"/>
        <source>{file} does not match the 20 m grid of the SWIR band (expected about {w}x{h} pixels at 10 m, found {fw}x{fh}).</source>
        <translation>{file} ne correspond pas à la grille de 20 m de la bande SWIR (environ {w}x{h} pixels à 10 m attendus, {fw}x{fh} trouvés).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="204"/>
        <source>{file} has {fw}x{fh} pixels, but the product grid needs {w}x{h}.</source>
        <translation>{file} fait {fw}x{fh} pixels, mais la grille du produit en exige {w}x{h}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="28"/>
        <source>No snow</source>
        <translation>Pas de neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="160"/>
        <source>Snow</source>
        <translation>Neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="28"/>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="48"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="33"/>
        <source>No flag</source>
        <translation>Aucun indicateur</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="34"/>
        <source>Sun too low</source>
        <translation>Soleil trop bas</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="35"/>
        <source>Sun tangent</source>
        <translation>Soleil rasant</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="36"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="37"/>
        <source>Tree cover density above 90 %</source>
        <translation>Densité du couvert arboré supérieure à 90 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="38"/>
        <source>Snow under thin cloud</source>
        <translation>Neige sous nuage fin</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="39"/>
        <source>Tree cover density undefined</source>
        <translation>Densité du couvert arboré indéfinie</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="107"/>
        <source>{quantity} {low}–{high} %</source>
        <translation>{quantity} {low}–{high} %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="124"/>
        <source>FSC</source>
        <translation>Fraction enneigée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="126"/>
        <source>NDSI</source>
        <translation>NDSI</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="59"/>
        <source>The output folder {folder} is not writable ({error}): choose another folder.</source>
        <translation>Le dossier de sortie {folder} n'est pas accessible en écriture ({error}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis.py" line="248"/>
        <source>Outputs already exist in {folder} ({files}): choose another folder or allow overwriting.</source>
        <translation>Des sorties existent déjà dans {folder} ({files}) : choisissez un autre dossier ou autorisez l'écrasement.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="136"/>
        <source>Could not write {path} ({error}): check the free disk space and the folder permissions.</source>
        <translation>Impossible d'écrire {path} ({error}) : vérifiez l'espace disque libre et les droits sur le dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="76"/>
        <source>A catalogue entry is not a JSON object.</source>
        <translation>Une entrée du catalogue n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="80"/>
        <source>A catalogue entry has no product identifier.</source>
        <translation>Une entrée du catalogue n'a pas d'identifiant de produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="107"/>
        <source>No product found for tile {tile}: check the dates and filters; Theia may also not produce this tile.</source>
        <translation>Aucun produit trouvé pour la tuile {tile} : vérifiez les dates et les filtres ; il se peut aussi que Theia ne produise pas cette tuile.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/hydroweb/client.py" line="45"/>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="152"/>
        <source>GEODES sent an answer without a product list: try again later.</source>
        <translation>GEODES a renvoyé une réponse sans liste de produits : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="169"/>
        <source>A catalogue entry was skipped: {reason}</source>
        <translation>Une entrée du catalogue a été ignorée : {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="208"/>
        <source>GEODES sent an unreadable answer: try again later.</source>
        <translation>GEODES a renvoyé une réponse illisible : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="266"/>
        <source>The date &apos;{text}&apos; is not understood: use YYYY-MM-DD.</source>
        <translation>La date « {text} » n'est pas comprise : utilisez le format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="152"/>
        <source>The GEODES API key was refused ({reason}): create or renew it on geodes-portal.cnes.fr (user profile, generate API key) and enter it in the plugin settings.</source>
        <translation>La clé d'API GEODES a été refusée ({reason}) : créez-la ou renouvelez-la sur geodes-portal.cnes.fr (profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="167"/>
        <source>endless redirections</source>
        <translation>redirections sans fin</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="31"/>
        <source>{file} is damaged or incomplete ({reason}): delete it and download it again.</source>
        <translation>{file} est endommagé ou incomplet ({reason}) : supprimez-le et téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="37"/>
        <source>{file} does not exist.</source>
        <translation>{file} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="141"/>
        <source>{name} has no downloadable file in the catalogue.</source>
        <translation>{name} n'a aucun fichier téléchargeable dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="165"/>
        <source>{name} is already downloaded.</source>
        <translation>{name} est déjà téléchargé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="186"/>
        <source>{name} was downloaded and verified.</source>
        <translation>{name} a été téléchargé et vérifié.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="72"/>
        <source>{name} could not be downloaded after {tries} tries: {reason}. Try again later.</source>
        <translation>{name} n'a pas pu être téléchargé après {tries} tentatives : {reason}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="95"/>
        <source>the partial file did not match the server&apos;s file, restarting</source>
        <translation>le fichier partiel ne correspondait pas au fichier du serveur, reprise depuis le début</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="100"/>
        <source>the connection closed before the end of the file</source>
        <translation>la connexion a été fermée avant la fin du fichier</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="172"/>
        <source>{name} is offline and being staged by the Theia production centre: retry later.</source>
        <translation>{name} est hors ligne et en cours de préparation par le centre de production Theia : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="127"/>
        <source>the server answered HTTP {status}</source>
        <translation>le serveur a répondu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="128"/>
        <source>The server refused to send {name} (HTTP {status}).</source>
        <translation>Le serveur a refusé d'envoyer {name} (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="136"/>
        <source>the file does not match its MD5 checksum (damaged in transit) and was deleted</source>
        <translation>le fichier ne correspond pas à sa somme de contrôle MD5 (endommagé pendant le transfert) et a été supprimé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="141"/>
        <source>the file does not have the announced size and was deleted</source>
        <translation>le fichier n'a pas la taille annoncée et a été supprimé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="229"/>
        <source>Not enough free disk space in {folder} for {name}: {needed} MB needed, {free} MB free. Free some space or choose another folder.</source>
        <translation>Espace disque insuffisant dans {folder} pour {name} : {needed} Mo nécessaires, {free} Mo libres. Libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="149"/>
        <source>no data arrived for {seconds} s (the server stalled)</source>
        <translation>aucune donnée reçue pendant {seconds} s (le serveur ne répond plus)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="115"/>
        <source>the connection was interrupted</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="261"/>
        <source>The download was cancelled; it will resume from where it stopped.</source>
        <translation>Le téléchargement a été annulé ; il reprendra là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="153"/>
        <source>Product {name}: {w} x {h} pixels at 20 m.</source>
        <translation>Produit {name} : {w} x {h} pixels à 20 m.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="181"/>
        <source>No DEM given: the snowline and pass 2 are skipped (only unambiguous snow is detected).</source>
        <translation>Aucun MNT fourni : la limite d'enneigement et la passe 2 sont ignorées (seule la neige sans ambiguïté est détectée).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="199"/>
        <source>The product {name} has no valid pixel (all nodata): choose another date.</source>
        <translation>Le produit {name} n'a aucun pixel valide (uniquement du nodata) : choisissez une autre date.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="233"/>
        <source>No snowline elevation was found on this tile: pass 2 is skipped and the result is less reliable.</source>
        <translation>Aucune altitude de limite d'enneigement n'a été trouvée sur cette tuile : la passe 2 est ignorée et le résultat est moins fiable.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="237"/>
        <source>Too little unambiguous snow on this tile: pass 2 is skipped.</source>
        <translation>Trop peu de neige sans ambiguïté sur cette tuile : la passe 2 est ignorée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="318"/>
        <source>Snow detection cancelled: no output was written.</source>
        <translation>Détection de la neige annulée : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="16"/>
        <source>The GDAL Python bindings (osgeo) are missing: install python3-gdal.</source>
        <translation>Les liaisons Python de GDAL (osgeo) sont absentes : installez python3-gdal.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="20"/>
        <source>rasterio is missing: install python3-rasterio from your distribution (or OSGeo4W/conda); snow detection is disabled until then.</source>
        <translation>rasterio est absent : installez python3-rasterio depuis votre distribution (ou OSGeo4W/conda) ; la détection de la neige est désactivée d'ici là.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/environment.py" line="25"/>
        <source>rasterio is built against GDAL {rasterio_gdal} but QGIS uses GDAL {qgis_gdal}: install the distribution&apos;s python3-rasterio instead of a pip wheel; snow detection is disabled until then.</source>
        <translation>rasterio est compilé avec GDAL {rasterio_gdal} mais QGIS utilise GDAL {qgis_gdal} : installez le paquet python3-rasterio de la distribution au lieu d'une wheel pip ; la détection de la neige est désactivée d'ici là.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="62"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/snow_map.py" line="30"/>
        <source>False colour (SWIR, red, green)</source>
        <translation>Fausses couleurs (SWIR, rouge, vert)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/snow_map.py" line="77"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/snow_map.py" line="100"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/snow_map.py" line="118"/>
        <source>QGIS could not render the map to {path}.</source>
        <translation>QGIS n'a pas pu effectuer le rendu de la carte dans {path}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="111"/>
        <source>Theia Snow settings</source>
        <translation>Paramètres de Theia Snow</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/api_key_field.py" line="19"/>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="55"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="70"/>
        <source>CNES GEODES catalogue</source>
        <translation>Catalogue GEODES du CNES</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/api_key_field.py" line="30"/>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="84"/>
        <source>GEODES address</source>
        <translation>Adresse de GEODES</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="85"/>
        <source>Copernicus DEM address</source>
        <translation>Adresse du MNT Copernicus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="90"/>
        <source>Set in the environment, these variables win over the values above: {names}.</source>
        <translation>Définies dans l'environnement, ces variables l'emportent sur les valeurs ci-dessus : {names}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="100"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="102"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="103"/>
        <source>Retry a download after no data for</source>
        <translation>Relancer un téléchargement sans données reçues depuis</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="104"/>
        <source>Simultaneous downloads</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/api_key_field.py" line="41"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>La clé enregistrée sera supprimée lorsque vous cliquerez sur OK.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/api_key_field.py" line="43"/>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/api_key_field.py" line="45"/>
        <source>No key is stored.</source>
        <translation>Aucune clé n'est enregistrée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="23"/>
        <source>Theia search results</source>
        <translation>Résultats de recherche Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="49"/>
        <source>Offline: staged on request</source>
        <translation>Hors ligne : préparé à la demande</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="49"/>
        <source>Cloud cover up to 10 %</source>
        <translation>Couverture nuageuse jusqu'à 10 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="49"/>
        <source>Cloud cover 10 to 50 %</source>
        <translation>Couverture nuageuse de 10 à 50 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="49"/>
        <source>Cloud cover over 50 %</source>
        <translation>Couverture nuageuse supérieure à 50 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="49"/>
        <source>Cloud cover unknown</source>
        <translation>Couverture nuageuse inconnue</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="81"/>
        <source>The quicklook {path} could not be georeferenced ({reason}).</source>
        <translation>L'aperçu {path} n'a pas pu être géoréférencé ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="108"/>
        <source>Theia quicklooks</source>
        <translation>Aperçus Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="43"/>
        <source>Theia products</source>
        <translation>Produits Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="64"/>
        <source>Sentinel-2 L2A (MAJA reflectance)</source>
        <translation>Sentinel-2 L2A (réflectance MAJA)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="65"/>
        <source>Theia Snow (L2B)</source>
        <translation>Theia Snow (L2B)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="68"/>
        <source>e.g. T31TCH, T32TLS</source>
        <translation>p. ex. T31TCH, T32TLS</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="71"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="87"/>
        <source>Latest version of each product only</source>
        <translation>Dernière version de chaque produit uniquement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="90"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="96"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="97"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="99"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="100"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="101"/>
        <source>Maximum cloud cover</source>
        <translation>Couverture nuageuse maximale</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="103"/>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Cloud %</source>
        <translation>Nuages %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Snow %</source>
        <translation>Neige %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Size (MB)</source>
        <translation>Taille (Mo)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="17"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="118"/>
        <source>Show quicklooks</source>
        <translation>Afficher les aperçus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="121"/>
        <source>Full product</source>
        <translation>Produit complet</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="122"/>
        <source>Only what snow detection needs</source>
        <translation>Uniquement ce qu'exige la détection de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="123"/>
        <source>Only the snow raster</source>
        <translation>Uniquement le raster de neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="124"/>
        <source>Download selected</source>
        <translation>Télécharger la sélection</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="126"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="457"/>
        <source>Detect snow on the downloaded product</source>
        <translation>Détecter la neige sur le produit téléchargé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="171"/>
        <source>Give one or more tile ids, or tick Area and choose an extent, then search again.</source>
        <translation>Indiquez une ou plusieurs tuiles, ou cochez « Zone » et choisissez une emprise, puis relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="174"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="189"/>
        <source>Searching GEODES…</source>
        <translation>Recherche dans GEODES…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="319"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="323"/>
        <source>downloading {percent} %</source>
        <translation>téléchargement {percent} %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="329"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="329"/>
        <source>done (already here)</source>
        <translation>terminé (déjà présent)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="329"/>
        <source>staged: retry later</source>
        <translation>en préparation : réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="330"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="331"/>
        <source>failed: {reason}</source>
        <translation>échec : {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="419"/>
        <source>The search did not finish.</source>
        <translation>La recherche n'a pas abouti.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="429"/>
        <source>Unexpected error ({error}): see the log panel for details.</source>
        <translation>Erreur inattendue ({error}) : consultez le panneau Journal des messages pour plus de détails.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="436"/>
        <source>Open the settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="43"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/product_table.py" line="43"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="130"/>
        <source>The task was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="65"/>
        <source>Searching Theia products</source>
        <translation>Recherche de produits Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="113"/>
        <source>The downloads were cancelled; they will resume from where they stopped.</source>
        <translation>Les téléchargements ont été annulés ; ils reprendront là où ils se sont arrêtés.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="122"/>
        <source>Fetching Theia quicklooks</source>
        <translation>Récupération des aperçus Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="49"/>
        <source>Fetch a DEM (Copernicus GLO-30)</source>
        <translation>Récupérer un MNT (Copernicus GLO-30)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="52"/>
        <source>Builds the digital elevation model snow detection needs from the Copernicus DEM GLO-30 (30 m, heights in metres), downloaded from its public bucket: no account needed. Tiles are cached in the &apos;dem_cache&apos; folder of the download folder; ocean cells get a height of 0.</source>
        <translation>Construit le modèle numérique de terrain nécessaire à la détection de la neige à partir du MNT Copernicus GLO-30 (30 m, altitudes en mètres), téléchargé depuis son bucket public : aucun compte n'est nécessaire. Les tuiles sont mises en cache dans le dossier « dem_cache » du dossier de téléchargement ; les cellules océaniques reçoivent une altitude de 0.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="52"/>
        <source>Give a Theia L2A product (folder or zip) to get the DEM on its 20 m grid, ready for &apos;Detect snow&apos;. Without a product, give an extent, a CRS (the extent&apos;s by default) and a pixel size in metres.</source>
        <translation>Indiquez un produit Theia L2A (dossier ou zip) pour obtenir le MNT sur sa grille de 20 m, prêt pour « Détecter la neige ». Sans produit, indiquez une emprise, un SCR (par défaut celui de l'emprise) et une taille de pixel en mètres.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="52"/>
        <source>Source: {attribution}. The bucket address can be changed in the plugin settings or with THEIA_SNOW_DEM_URL.</source>
        <translation>Source : {attribution}. L'adresse du bucket peut être modifiée dans les paramètres de l'extension ou avec THEIA_SNOW_DEM_URL.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="59"/>
        <source>Theia L2A product (folder or zip)</source>
        <translation>Produit Theia L2A (dossier ou zip)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="59"/>
        <source>Zip archives (*.zip *.ZIP);;All files (*)</source>
        <translation>Archives zip (*.zip *.ZIP);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="67"/>
        <source>Extent (without a product)</source>
        <translation>Emprise (sans produit)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="68"/>
        <source>CRS of the DEM (without a product)</source>
        <translation>SCR du MNT (sans produit)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="69"/>
        <source>Pixel size in metres (without a product)</source>
        <translation>Taille de pixel en mètres (sans produit)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="85"/>
        <source>Give a product or an extent.</source>
        <translation>Indiquez un produit ou une emprise.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="98"/>
        <source>DEM grid: {width} x {height} pixels.</source>
        <translation>Grille du MNT : {width} x {height} pixels.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="114"/>
        <source>DEM source: {attribution}</source>
        <translation>Source du MNT : {attribution}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/fetch_dem.py" line="136"/>
        <source>The DEM would have {width} x {height} pixels: choose a smaller extent or larger pixels.</source>
        <translation>Le MNT ferait {width} x {height} pixels : choisissez une emprise plus petite ou des pixels plus grands.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="63"/>
        <source>Search Theia products (GEODES)</source>
        <translation>Rechercher des produits Theia (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="66"/>
        <source>Searches the CNES GEODES catalogue for Theia Sentinel-2 L2A products (MAJA surface reflectance) or Theia Snow products, by MGRS tile or by area, date range, cloud cover and platform.</source>
        <translation>Recherche dans le catalogue GEODES du CNES des produits Theia Sentinel-2 L2A (réflectance de surface MAJA) ou Theia Snow, par tuile MGRS ou par zone, période, couverture nuageuse et plateforme.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="66"/>
        <source>Give one or several tiles (e.g. T31TCH, T32TLR; comma separated) or an extent (any CRS; it is converted to longitude/latitude). Dates are inclusive. A maximum cloud cover of 100 % keeps every product.</source>
        <translation>Indiquez une ou plusieurs tuiles (p. ex. T31TCH, T32TLR ; séparées par des virgules) ou une emprise (dans n'importe quel SCR ; elle est convertie en longitude/latitude). Les dates sont incluses. Une couverture nuageuse maximale de 100 % conserve tous les produits.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="66"/>
        <source>The output layer holds the footprints, with every catalogue field as an attribute: identifier, collection, tile, acquisition time (UTC), cloud and snow cover (%), quicklook and download URLs, size (bytes), MD5, online flag, version, latest flag and platform. Select features in it and run &apos;Download Theia products&apos; on the selection.</source>
        <translation>La couche en sortie contient les emprises, avec chaque champ du catalogue en attribut : identifiant, collection, tuile, date et heure d'acquisition (UTC), couvertures nuageuse et neigeuse (%), URL de l'aperçu et du téléchargement, taille (octets), MD5, indicateur de mise en ligne, version, indicateur de dernière version et plateforme. Sélectionnez-y des entités et lancez « Télécharger des produits Theia » sur la sélection.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="66"/>
        <source>Searching needs no API key. An empty result for a tile usually means that Theia does not produce that tile: a warning says so. The GEODES address can be changed in the plugin settings or with the THEIA_SNOW_GEODES_URL environment variable.</source>
        <translation>La recherche ne nécessite pas de clé d'API. Un résultat vide pour une tuile signifie généralement que Theia ne produit pas cette tuile : un avertissement le signale. L'adresse de GEODES peut être modifiée dans les paramètres de l'extension ou avec la variable d'environnement THEIA_SNOW_GEODES_URL.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="86"/>
        <source>Sentinel-2 L2A (surface reflectance)</source>
        <translation>Sentinel-2 L2A (réflectance de surface)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="81"/>
        <source>MGRS tiles (comma separated)</source>
        <translation>Tuiles MGRS (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="75"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="76"/>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="89"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="94"/>
        <source>Platform (e.g. S2A, S2B; empty for all)</source>
        <translation>Plateforme (p. ex. S2A, S2B ; vide pour toutes)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="100"/>
        <source>Maximum number of products</source>
        <translation>Nombre maximal de produits</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="105"/>
        <source>Products found</source>
        <translation>Produits trouvés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="106"/>
        <source>Number of products found</source>
        <translation>Nombre de produits trouvés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="113"/>
        <source>Give at least one tile (e.g. T31TCH) or an area to search in.</source>
        <translation>Indiquez au moins une tuile (p. ex. T31TCH) ou une zone de recherche.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="48"/>
        <source>Pass 1: NDSI above</source>
        <translation>Passe 1 : NDSI supérieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="49"/>
        <source>Pass 1: red reflectance above (milli-reflectance)</source>
        <translation>Passe 1 : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="50"/>
        <source>Pass 2: NDSI above</source>
        <translation>Passe 2 : NDSI supérieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="51"/>
        <source>Pass 2: red reflectance above (milli-reflectance)</source>
        <translation>Passe 2 : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="52"/>
        <source>Dark clouds: smoothed red above which a cloud stays cloud (milli-reflectance)</source>
        <translation>Nuages sombres : rouge lissé au-dessus duquel un nuage reste nuage (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="53"/>
        <source>Back to cloud: red above which a masked pixel stays cloud (milli-reflectance)</source>
        <translation>Retour en nuage : rouge au-dessus duquel un pixel masqué reste nuage (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="54"/>
        <source>Dark clouds: smoothing factor (20 m pixels)</source>
        <translation>Nuages sombres : facteur de lissage (pixels de 20 m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="55"/>
        <source>Snowline: elevation band height (m)</source>
        <translation>Limite d'enneigement : hauteur des bandes d'altitude (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="56"/>
        <source>Snowline: snow fraction of the clear pixels of a band above</source>
        <translation>Limite d'enneigement : fraction de neige parmi les pixels non nuageux d'une bande supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="57"/>
        <source>Snowline: clear fraction of a band above</source>
        <translation>Limite d'enneigement : fraction non nuageuse d'une bande supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="58"/>
        <source>Pass 2: pass-1 snow fraction of the tile above</source>
        <translation>Passe 2 : fraction de neige de la passe 1 sur la tuile supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="59"/>
        <source>Fog rescue: red reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="60"/>
        <source>Fog rescue: SWIR reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard : réflectance SWIR supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="61"/>
        <source>Fog rescue: NDSI below</source>
        <translation>Rattrapage du brouillard : NDSI inférieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="43"/>
        <source>Detect snow, clouds and fog (Let-It-Snow)</source>
        <translation>Détecter la neige, les nuages et le brouillard (Let-It-Snow)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/base.py" line="46"/>
        <source>Snow detection</source>
        <translation>Détection de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Maps snow, clouds and fog on a Theia Sentinel-2 L2A product with the Let-It-Snow algorithm of the Theia Snow collection (CNES/CESBIO).</source>
        <translation>Cartographie la neige, les nuages et le brouillard sur un produit Theia Sentinel-2 L2A avec l'algorithme Let-It-Snow de la collection Theia Snow (CNES/CESBIO).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Why it works: in the visible, snow, clouds and valley fog all look white. In the short-wave infrared (SWIR, band B11) snow is dark while water-droplet clouds and fog stay bright, so the snow index NDSI = (green − SWIR) / (green + SWIR) is high for snow and low for clouds and fog. A red threshold rejects dark surfaces such as lakes and shadows.</source>
        <translation>Principe : dans le visible, la neige, les nuages et le brouillard de vallée paraissent tous blancs. Dans l'infrarouge à ondes courtes (SWIR, bande B11), la neige est sombre alors que les nuages de gouttelettes d'eau et le brouillard restent brillants : l'indice de neige NDSI = (vert − SWIR) / (vert + SWIR) est donc élevé pour la neige et faible pour les nuages et le brouillard. Un seuil sur le rouge écarte les surfaces sombres comme les lacs et les ombres.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Pass 1 keeps the unambiguous snow (high NDSI, bright red) outside the product&apos;s cloud mask. Clouds that are dark in the red are released from the cloud mask. With a DEM, the snowline elevation zs is set just below the lowest elevation band where snow covers a noticeable share of the clear pixels; pass 2 then adds, above zs only, pixels passing looser thresholds. Without a DEM only pass 1 runs.</source>
        <translation>La passe 1 retient la neige sans ambiguïté (NDSI élevé, rouge brillant) hors du masque de nuages du produit. Les nuages sombres dans le rouge sont retirés du masque de nuages. Avec un MNT, l'altitude de la limite d'enneigement zs est fixée juste sous la plus basse bande d'altitude où la neige couvre une part notable des pixels non nuageux ; la passe 2 ajoute alors, au-dessus de zs uniquement, les pixels qui satisfont des seuils plus souples. Sans MNT, seule la passe 1 est exécutée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Input: the product folder or its zip (type or paste a folder path). Optional: a DEM in any projection, a water mask (raster, non-zero is water, or polygons) and a tree cover density raster (%) for the snow cover on ground.</source>
        <translation>Entrée : le dossier du produit ou son zip (saisissez ou collez le chemin d'un dossier). En option : un MNT dans n'importe quelle projection, un masque d'eau (raster, non nul = eau, ou polygones) et un raster de densité du couvert arboré (%) pour la fraction enneigée au sol.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Outputs, written into the output folder and loaded in a group: the classification (0 no snow, 100 snow, 205 cloud, 255 no data), the fractional snow cover at the top of canopy and on ground (0–100 % on snow, other pixels carry the class code), the NDSI in % on snow pixels, the quality flags (bits: 1 sun too low, 2 sun tangent, 4 water, 8 tree cover above 90 %, 16 snow under thin cloud, 32 tree cover undefined) and a JSON summary with the elevation band table. ZS is empty (NULL) when no snowline was found.</source>
        <translation>Sorties, écrites dans le dossier de sortie et chargées dans un groupe : la classification (0 pas de neige, 100 neige, 205 nuage, 255 aucune donnée), la fraction enneigée au sommet de la canopée et au sol (0–100 % sur la neige, les autres pixels portent le code de classe), le NDSI en % sur les pixels de neige, les indicateurs de qualité (bits : 1 soleil trop bas, 2 soleil rasant, 4 eau, 8 couvert arboré supérieur à 90 %, 16 neige sous nuage fin, 32 couvert arboré indéfini) et un résumé JSON avec la table des bandes d'altitude. ZS est vide (NULL) quand aucune limite d'enneigement n'a été trouvée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>The advanced parameters are the thresholds of the algorithm; reflectances are in milli-reflectance (200 means 0.20). The defaults are those of Let-It-Snow for Sentinel-2.</source>
        <translation>Les paramètres avancés sont les seuils de l'algorithme ; les réflectances sont en milli-réflectance (200 signifie 0,20). Les valeurs par défaut sont celles de Let-It-Snow pour Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="72"/>
        <source>Digital elevation model</source>
        <translation>Modèle numérique de terrain</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="91"/>
        <source>Water mask (raster or polygons)</source>
        <translation>Masque d'eau (raster ou polygones)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="96"/>
        <source>Tree cover density (%)</source>
        <translation>Densité du couvert arboré (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="98"/>
        <source>Rescue clouds and fog missed by the cloud mask</source>
        <translation>Rattraper les nuages et le brouillard manqués par le masque de nuages</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="42"/>
        <source>Overwrite existing outputs</source>
        <translation>Écraser les sorties existantes</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="38"/>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="48"/>
        <source>Snow classification</source>
        <translation>Classification de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="50"/>
        <source>Fractional snow cover (top of canopy)</source>
        <translation>Fraction enneigée (sommet de la canopée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="51"/>
        <source>Fractional snow cover (on ground)</source>
        <translation>Fraction enneigée (au sol)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="52"/>
        <source>NDSI on snow pixels (%)</source>
        <translation>NDSI sur les pixels de neige (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="53"/>
        <source>Quality flags</source>
        <translation>Indicateurs de qualité</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="74"/>
        <source>Summary (JSON)</source>
        <translation>Résumé (JSON)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="76"/>
        <source>Snowline elevation zs (m, NULL when not found)</source>
        <translation>Altitude de la limite d'enneigement zs (m, NULL si non trouvée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="77"/>
        <source>Snow (% of valid pixels)</source>
        <translation>Neige (% des pixels valides)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="78"/>
        <source>Cloud (% of valid pixels)</source>
        <translation>Nuages (% des pixels valides)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="89"/>
        <source>The input {path} does not exist: give the folder of a Theia L2A product or its zip.</source>
        <translation>L'entrée {path} n'existe pas : indiquez le dossier d'un produit Theia L2A ou son zip.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="136"/>
        <source>Invalid detection parameter: {error}.</source>
        <translation>Paramètre de détection invalide : {error}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="149"/>
        <source>The layer {name} is not a raster file: save it as a GeoTIFF first.</source>
        <translation>La couche {name} n'est pas un fichier raster : enregistrez-la d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="161"/>
        <source>The water mask must be a raster or a polygon layer.</source>
        <translation>Le masque d'eau doit être une couche raster ou de polygones.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="171"/>
        <source>Cannot copy the water mask {name} for the detection: {error}</source>
        <translation>Impossible de copier le masque d'eau {name} pour la détection : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="58"/>
        <source>Snow – {product}</source>
        <translation>Neige – {product}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="144"/>
        <source>Could not apply the style of {name}: {error}</source>
        <translation>Impossible d'appliquer le style de {name} : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/base.py" line="56"/>
        <source>Catalogue (GEODES)</source>
        <translation>Catalogue (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="62"/>
        <source>Download Theia products (GEODES)</source>
        <translation>Télécharger des produits Theia (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="65"/>
        <source>Downloads Theia products from CNES GEODES: the selected features of a layer written by &apos;Search Theia products&apos;, or product identifiers (one per line or comma separated).</source>
        <translation>Télécharge des produits Theia depuis GEODES (CNES) : les entités sélectionnées d'une couche produite par « Rechercher des produits Theia », ou des identifiants de produits (un par ligne ou séparés par des virgules).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="65"/>
        <source>Downloading needs a GEODES API key: create it on geodes-portal.cnes.fr (log in, user profile, generate API key) and enter it in the plugin settings, where it is stored encrypted in the QGIS authentication database.</source>
        <translation>Le téléchargement nécessite une clé d'API GEODES : créez-la sur geodes-portal.cnes.fr (connexion, profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension, où elle est stockée chiffrée dans la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="65"/>
        <source>A product already in the destination folder is skipped. An interrupted or cancelled download resumes where it stopped on the next run. An offline product is being staged by the production centre: run the download again later. The log lists the outcome of each product.</source>
        <translation>Un produit déjà présent dans le dossier de destination est ignoré. Un téléchargement interrompu ou annulé reprend là où il s'était arrêté lors de l'exécution suivante. Un produit hors ligne est en cours de préparation par le centre de production : relancez le téléchargement plus tard. Le journal indique le résultat pour chaque produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="73"/>
        <source>Product identifiers (one per line or comma separated)</source>
        <translation>Identifiants de produits (un par ligne ou séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="81"/>
        <source>Footprint layer from a search (field &apos;identifier&apos;)</source>
        <translation>Couche d'emprises issue d'une recherche (champ « identifier »)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="86"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="86"/>
        <source>Whole product (zip)</source>
        <translation>Produit complet (zip)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="86"/>
        <source>Only the snow raster (Theia Snow products)</source>
        <translation>Uniquement le raster de neige (produits Theia Snow)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="98"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="103"/>
        <source>Downloaded files (separated by &apos;;&apos;)</source>
        <translation>Fichiers téléchargés (séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="104"/>
        <source>Products downloaded</source>
        <translation>Produits téléchargés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="105"/>
        <source>Products already there</source>
        <translation>Produits déjà présents</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="106"/>
        <source>Products being staged (retry later)</source>
        <translation>Produits en cours de préparation (réessayer plus tard)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="107"/>
        <source>Products that failed</source>
        <translation>Produits en échec</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="112"/>
        <source>Give product identifiers or a footprint layer.</source>
        <translation>Indiquez des identifiants de produits ou une couche d'emprises.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="130"/>
        <source>{name}: not found in the catalogue.</source>
        <translation>{name} : introuvable dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="132"/>
        <source>None of the products was found in the catalogue.</source>
        <translation>Aucun des produits n'a été trouvé dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="170"/>
        <source>The layer has no &apos;identifier&apos; field: use the output of &apos;Search Theia products&apos;.</source>
        <translation>La couche n'a pas de champ « identifier » : utilisez la sortie de « Rechercher des produits Theia ».</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="195"/>
        <source>Downloaded: {downloaded}, already there: {skipped}, being staged: {staged}, failed: {failed}.</source>
        <translation>Téléchargés : {downloaded}, déjà présents : {skipped}, en cours de préparation : {staged}, en échec : {failed}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="123"/>
        <source>The Copernicus DEM server answered HTTP {status} for {tile}. Try again later.</source>
        <translation>Le serveur du MNT Copernicus a répondu HTTP {status} pour {tile}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="134"/>
        <source>The Copernicus DEM tile {tile} could not be downloaded ({reason}). Check the network.</source>
        <translation>La tuile {tile} du MNT Copernicus n'a pas pu être téléchargée ({reason}). Vérifiez le réseau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="152"/>
        <source>The DEM tile {tile} arrived incomplete. Try again.</source>
        <translation>La tuile {tile} du MNT est arrivée incomplète. Réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="148"/>
        <source>The DEM download was cancelled.</source>
        <translation>Le téléchargement du MNT a été annulé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="188"/>
        <source>The DEM tiles in {folder} cannot be read ({reason}). Delete them and try again.</source>
        <translation>Les tuiles du MNT dans {folder} sont illisibles ({reason}). Supprimez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="189"/>
        <source>GEODES refused the search (HTTP {status}).</source>
        <translation>GEODES a refusé la recherche (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="196"/>
        <source>GEODES did not answer the search ({trouble}): try again later, or check the network and proxy settings.</source>
        <translation>GEODES n'a pas répondu à la recherche ({trouble}) : réessayez plus tard, ou vérifiez le réseau et les paramètres du proxy.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="146"/>
        <source>Downloading from GEODES needs an API key: create one on geodes-portal.cnes.fr (user profile, generate API key) and enter it in the plugin settings.</source>
        <translation>Le téléchargement depuis GEODES nécessite une clé d'API : créez-en une sur geodes-portal.cnes.fr (profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="36"/>
        <source>The server does not support partial downloads.</source>
        <translation>Le serveur ne prend pas en charge les téléchargements partiels.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="78"/>
        <source>The product zip lacks: {members}. It cannot be used for this step.</source>
        <translation>Il manque au zip du produit : {members}. Il ne peut pas être utilisé pour cette étape.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="178"/>
        <source>The file at {url} is not a readable zip ({reason}). Try again later.</source>
        <translation>Le fichier à l'adresse {url} n'est pas un zip lisible ({reason}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="187"/>
        <source>{member} arrived damaged ({reason}). Download the product again.</source>
        <translation>{member} est arrivé endommagé ({reason}). Téléchargez de nouveau le produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="49"/>
        <source>The zip holds an unsafe file name ({member}); it was not extracted.</source>
        <translation>Le zip contient un nom de fichier dangereux ({member}) ; il n'a pas été extrait.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="162"/>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="164"/>
        <source>The file is no longer on the server (HTTP 404). Search again for the product.</source>
        <translation>Le fichier n'est plus sur le serveur (HTTP 404). Relancez la recherche du produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="165"/>
        <source>The server answered HTTP {status}. Try again later.</source>
        <translation>Le serveur a répondu HTTP {status}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="214"/>
        <source>The connection to the server failed ({reason}). Check the network and try again.</source>
        <translation>La connexion au serveur a échoué ({reason}). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="218"/>
        <source>The connection closed before all the data arrived. Try again.</source>
        <translation>La connexion a été fermée avant la réception de toutes les données. Réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/quicklooks.py" line="28"/>
        <source>The quicklook of {name} could not be downloaded ({reason}).</source>
        <translation>L'aperçu de {name} n'a pas pu être téléchargé ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="87"/>
        <source>the server could not be reached</source>
        <translation>le serveur n'a pas pu être joint</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="310"/>
        <source>The DEM has no elevation for {percent} % of the product: those pixels never get pass-2 snow.</source>
        <translation>Le MNT n'a pas d'altitude pour {percent} % du produit : ces pixels ne reçoivent jamais de neige de la passe 2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="40"/>
        <source>The API key is empty.</source>
        <translation>La clé d'API est vide.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="55"/>
        <source>The API key could not be stored in the QGIS authentication database: check that its master password is set (Settings &gt; Options &gt; Authentication).</source>
        <translation>La clé d'API n'a pas pu être enregistrée dans la base de données d'authentification de QGIS : vérifiez que son mot de passe principal est défini (Préférences &gt; Options &gt; Authentification).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="78"/>
        <source>The API key could not be removed from the QGIS authentication database.</source>
        <translation>La clé d'API n'a pas pu être supprimée de la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="147"/>
        <source>The QGIS authentication database is not available ({reason}).</source>
        <translation>La base de données d'authentification de QGIS n'est pas disponible ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="73"/>
        <source>Searching needs no key; downloading does. To get one, log in to &lt;a href=&quot;{url}&quot;&gt;geodes-portal.cnes.fr&lt;/a&gt;, open your user profile and generate an API key, then paste it here. It is stored encrypted in the QGIS authentication database (protected by its master password).</source>
        <translation>La recherche ne nécessite pas de clé ; le téléchargement, si. Pour en obtenir une, connectez-vous sur &lt;a href=&quot;{url}&quot;&gt;geodes-portal.cnes.fr&lt;/a&gt;, ouvrez votre profil utilisateur et générez une clé d'API, puis collez-la ici. Elle est stockée chiffrée dans la base de données d'authentification de QGIS (protégée par son mot de passe principal).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="33"/>
        <source>Cannot read {path}: it is not a raster GDAL can open.</source>
        <translation>Impossible de lire {path} : ce n'est pas un raster que GDAL sait ouvrir.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="155"/>
        <source>{path} has no coordinate reference system: assign one, then try again.</source>
        <translation>{path} n'a pas de système de coordonnées de référence : attribuez-lui-en un, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="39"/>
        <source>{path} does not cover the product: choose a file that overlaps it.</source>
        <translation>{path} ne couvre pas le produit : choisissez un fichier qui le recouvre.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="222"/>
        <source>The server did not send the requested byte range. Try again later.</source>
        <translation>Le serveur n'a pas envoyé la plage d'octets demandée. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/quicklooks.py" line="33"/>
        <source>The server sent something other than an image as the quicklook of {name}.</source>
        <translation>Le serveur a envoyé autre chose qu'une image comme aperçu de {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="152"/>
        <source>{name} could not be written to {folder} ({reason}).</source>
        <translation>{name} n'a pas pu être écrit dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="53"/>
        <source>Snow summary of a result…</source>
        <translation>Résumé d'enneigement d'un résultat…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="37"/>
        <source>No elevation band: the detection ran without a DEM.</source>
        <translation>Aucune bande d'altitude : la détection a été lancée sans MNT.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="63"/>
        <source>snowline zs = {elevation} m</source>
        <translation>limite d'enneigement zs = {elevation} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="111"/>
        <source>Snow fraction of the clear pixels (%)</source>
        <translation>Fraction enneigée des pixels non nuageux (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="115"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="32"/>
        <source>Snow summary – {product}</source>
        <translation>Résumé d'enneigement – {product}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="74"/>
        <source>not found: pass 2 was skipped, the result is less reliable</source>
        <translation>non trouvée : la passe 2 n'a pas été appliquée, le résultat est moins fiable</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="78"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="81"/>
        <source>Snowline elevation zs</source>
        <translation>Altitude de la limite d'enneigement zs</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="149"/>
        <source>Fog rescued (counted as cloud)</source>
        <translation>Brouillard récupéré (compté comme nuage)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="88"/>
        <source>Snow area</source>
        <translation>Surface enneigée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="96"/>
        <source>Percentages are of the valid pixels (not no data nor water).</source>
        <translation>Les pourcentages portent sur les pixels valides (ni sans données, ni eau).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="105"/>
        <source>From (m)</source>
        <translation>De (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="105"/>
        <source>To (m)</source>
        <translation>À (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="105"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="24"/>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="32"/>
        <source>Open the CSV</source>
        <translation>Ouvrir le CSV</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="39"/>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="24"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="24"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="50"/>
        <source>Could not write {path}: check the folder permissions.</source>
        <translation>Impossible d'écrire {path} : vérifiez les droits sur le dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="190"/>
        <source>Snow summary</source>
        <translation>Résumé d'enneigement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="200"/>
        <source>Snow summary of a result</source>
        <translation>Résumé d'enneigement d'un résultat</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="200"/>
        <source>Snow summaries (*_SNOW.json);;JSON files (*.json)</source>
        <translation>Résumés d'enneigement (*_SNOW.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="75"/>
        <source>Snow fraction per elevation band (CSV)</source>
        <translation>Fraction enneigée par bande d'altitude (CSV)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/summary.py" line="121"/>
        <source>Cannot read {path} ({error}): choose a *_SNOW.json file written by the snow detection.</source>
        <translation>Impossible de lire {path} ({error}) : choisissez un fichier *_SNOW.json écrit par la détection de la neige.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/summary.py" line="132"/>
        <source>{path} is not a snow summary: choose a *_SNOW.json file written by the snow detection.</source>
        <translation>{path} n'est pas un résumé d'enneigement : choisissez un fichier *_SNOW.json écrit par la détection de la neige.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="105"/>
        <source>Clear</source>
        <translation>Non nuageux</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="105"/>
        <source>Snow (%)</source>
        <translation>Neige (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="109"/>
        <source>Pixels of each elevation band; clear: not under a cloud; snow (%): snow pixels in % of the clear pixels.</source>
        <translation>Pixels de chaque bande d'altitude ; non nuageux : hors nuage ; neige (%) : pixels de neige en % des pixels non nuageux.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/parameters.py" line="51"/>
        <source>the resize factor must be at least 1</source>
        <translation>le facteur de réduction doit valoir au moins 1</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/parameters.py" line="53"/>
        <source>the elevation band height dz must be positive</source>
        <translation>la hauteur des bandes d'altitude dz doit être positive</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/parameters.py" line="56"/>
        <source>{name} must lie between -1 and 1</source>
        <translation>{name} doit être compris entre -1 et 1</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="49"/>
        <source>Make the offline sample scene…</source>
        <translation>Créer la scène d'exemple hors ligne…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="38"/>
        <source>Make the offline sample scene (workshops)</source>
        <translation>Créer la scène d'exemple hors ligne (ateliers)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="41"/>
        <source>Makes a synthetic Sentinel-2 L2A product in the genuine Theia (MUSCATE) format, with no download: mountains and valleys, a patchy snowline, forests, lakes, clouds with real cloud-mask codes and their shadows, a high cirrus, valley fog partly missed by the cloud mask, a no-data edge. A DEM comes with it, on another grid, as users&apos; DEMs do.</source>
        <translation>Crée un produit Sentinel-2 L2A synthétique au format Theia (MUSCATE) authentique, sans aucun téléchargement : montagnes et vallées, limite d'enneigement irrégulière, forêts, lacs, nuages avec les vrais codes du masque de nuages et leurs ombres, un cirrus d'altitude, du brouillard de vallée en partie manqué par le masque de nuages, une bordure sans donnée. Un MNT l'accompagne, sur une autre grille, comme les MNT des utilisateurs.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="41"/>
        <source>Exercise: run &apos;Detect snow&apos; on the product with the DEM, then again with the fog rescue; compare both classifications with the truth raster (0 no snow, 100 snow, 205 cloud or fog, 255 no data) and look at the false-colour composite (SWIR, red, green: snow is cyan, clouds and fog white).</source>
        <translation>Exercice : lancez « Détecter la neige » sur le produit avec le MNT, puis de nouveau avec le rattrapage du brouillard ; comparez les deux classifications avec le raster de vérité (0 pas de neige, 100 neige, 205 nuage ou brouillard, 255 pas de donnée) et observez la composition en fausses couleurs (SWIR, rouge, vert : la neige apparaît en cyan, les nuages et le brouillard en blanc).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="41"/>
        <source>The same size and seed always give the same scene, so a class can share results.</source>
        <translation>La même taille et la même graine donnent toujours la même scène : une classe peut ainsi comparer ses résultats.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="49"/>
        <source>Size (20 m pixels per side)</source>
        <translation>Taille (pixels de 20 m par côté)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="51"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="53"/>
        <source>L2A product folder</source>
        <translation>Dossier du produit L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="74"/>
        <source>Truth (what the scene really shows)</source>
        <translation>Vérité (ce que montre réellement la scène)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="63"/>
        <source>Making a {size} x {size} pixel scene in {folder}…</source>
        <translation>Création d'une scène de {size} x {size} pixels dans {folder}…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="71"/>
        <source>Could not write the sample scene in {folder} ({error}).</source>
        <translation>Impossible d'écrire la scène d'exemple dans {folder} ({error}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="457"/>
        <source>Load the downloaded snow product</source>
        <translation>Charger le produit neige téléchargé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="50"/>
        <source>Load a Theia Snow product (styled)</source>
        <translation>Charger un produit Theia Snow (mis en forme)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="53"/>
        <source>Loads a Theia Snow product downloaded from GEODES — its folder, its zip (read in place) or one of its rasters — with the official palettes: no snow grey, snow cyan, cloud white, no data transparent; the fractional snow cover in classes of 20 %.</source>
        <translation>Charge un produit Theia Snow téléchargé depuis GEODES — son dossier, son zip (lu sur place) ou l'un de ses rasters — avec les palettes officielles : pas de neige en gris, neige en cyan, nuage en blanc, pas de donnée transparent ; la fraction enneigée par classes de 20 %.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="53"/>
        <source>Both generations are read: the L2B-SNOW products of Let-It-Snow 1.6 and older (*_SNW_R2.tif, 254 is no data) and the FSC products of Let-It-Snow 1.7 and newer (LIS_S2-SNOW-FSC_*.tif, with their quality flags and top-of-canopy FSC).</source>
        <translation>Les deux générations sont lues : les produits L2B-SNOW de Let-It-Snow 1.6 et antérieurs (*_SNW_R2.tif, 254 signifie pas de donnée) et les produits FSC de Let-It-Snow 1.7 et ultérieurs (LIS_S2-SNOW-FSC_*.tif, avec leurs indicateurs de qualité et la fraction enneigée au sommet de la canopée).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="60"/>
        <source>Theia Snow product (folder, zip or raster)</source>
        <translation>Produit Theia Snow (dossier, zip ou raster)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="60"/>
        <source>Zip archives or rasters (*.zip *.ZIP *.tif *.TIF);;All files (*)</source>
        <translation>Archives zip ou rasters (*.zip *.ZIP *.tif *.TIF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="64"/>
        <source>Rasters loaded (separated by ;)</source>
        <translation>Rasters chargés (séparés par ;)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="65"/>
        <source>Number of rasters</source>
        <translation>Nombre de rasters</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="78"/>
        <source>{name}: {file}</source>
        <translation>{name} : {file}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="98"/>
        <source>Flat-topped fog banks found by the rescue on the DEM: how many, the top elevation of the largest and their total area.</source>
        <translation>Bancs de brouillard à sommet plat trouvés par le rattrapage sur le MNT : leur nombre, l'altitude du sommet du plus grand et leur surface totale.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="152"/>
        <source>Valley fog</source>
        <translation>Brouillard de vallée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="153"/>
        <source>Rescue: valley fog turned to cloud</source>
        <translation>Rattrapage : brouillard de vallée passé en nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="156"/>
        <source>Rescue: cloud or fog of the spectral test</source>
        <translation>Rattrapage : nuage ou brouillard du test spectral</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="166"/>
        <source>not looked for (no DEM)</source>
        <translation>non recherché (pas de MNT)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="167"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="173"/>
        <source>1 bank, top at {top} m, {area} km²</source>
        <translation>1 banc, sommet à {top} m, {area} km²</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="80"/>
        <source>fog top {elevation} m</source>
        <translation>sommet du brouillard {elevation} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="62"/>
        <source>Fog rescue, spectral test: NDSI above (spares bright rock and soil)</source>
        <translation>Rattrapage du brouillard, test spectral : NDSI supérieur à (épargne la roche et le sol clairs)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="63"/>
        <source>Fog rescue, spectral test: 2.2 µm (B12) reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard, test spectral : réflectance à 2,2 µm (B12) supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="64"/>
        <source>Fog rescue, spectral test above the snowline: SWIR reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard, test spectral au-dessus de la limite d'enneigement : réflectance SWIR supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="65"/>
        <source>Valley fog: largest spread of the elevations along a bank&apos;s rim (m)</source>
        <translation>Brouillard de vallée : dispersion maximale des altitudes le long du bord d'un banc (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/shared_parameters.py" line="66"/>
        <source>Valley fog: smallest bank (km²)</source>
        <translation>Brouillard de vallée : plus petit banc (km²)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>Fog rescue (off by default, to keep the Let-It-Snow results): the L2A cloud mask misses some fog and cloud, which then passes for snow or bare ground. Among the pixels that are bright in the red and at 1.6 µm with a low NDSI (never pass-1 snow), the rescue turns to cloud those passing its spectral test (NDSI above a small minimum, which spares bright rock, and bright at 2.2 µm, band B12, where snow is dark; above the snowline a brighter 1.6 µm reflectance is required) and, with a DEM, the valley-fog banks, recognised by their flat top: connected regions whose rim elevations cluster tightly and that lie below that top in concave terrain. Without B12 only valley fog is looked for; without a DEM only the spectral test runs.</source>
        <translation>Rattrapage du brouillard (désactivé par défaut, pour conserver les résultats de Let-It-Snow) : le masque de nuages L2A manque une partie du brouillard et des nuages, qui passent alors pour de la neige ou du sol nu. Parmi les pixels brillants dans le rouge et à 1,6 µm et de NDSI faible (jamais de la neige de la passe 1), le rattrapage classe en nuage ceux qui passent son test spectral (NDSI au-dessus d'un petit minimum, ce qui épargne la roche claire, et brillant à 2,2 µm, bande B12, où la neige est sombre ; au-dessus de la limite d'enneigement, une réflectance à 1,6 µm plus forte est exigée) et, avec un MNT, les bancs de brouillard de vallée, reconnus à leur sommet plat : des régions connexes dont les altitudes du bord se resserrent autour d'une valeur et qui s'étendent sous ce sommet, dans un relief en creux. Sans B12, seul le brouillard de vallée est recherché ; sans MNT, seul le test spectral s'applique.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>The decision raster says which rule classified each pixel: 1 snow of pass 1, 2 snow of pass 2, 10 cloud kept by the refined mask, 11 cloud shadow, 12 high cloud, 13 cloud again (masked and bright in the red), 14 valley fog, 15 cloud or fog of the rescue&apos;s spectral test, 20 clear without snow, 21 no snow (dark cloud released), 30 water, 255 no data. It is loaded hidden, below the classification; the JSON summary counts each code and lists the valley-fog banks (top elevation, area).</source>
        <translation>Le raster des décisions indique quelle règle a classé chaque pixel : 1 neige de la passe 1, 2 neige de la passe 2, 10 nuage gardé par le masque affiné, 11 ombre de nuage, 12 nuage haut, 13 retour au nuage (masqué et brillant dans le rouge), 14 brouillard de vallée, 15 nuage ou brouillard du test spectral du rattrapage, 20 dégagé sans neige, 21 sans neige (nuage sombre sorti du masque), 30 eau, 255 pas de donnée. Il est chargé masqué, sous la classification ; le résumé JSON compte chaque code et liste les bancs de brouillard de vallée (altitude du sommet, surface).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="49"/>
        <source>Decision: which rule classified each pixel</source>
        <translation>Décision : quelle règle a classé chaque pixel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="49"/>
        <source>Water (water mask)</source>
        <translation>Eau (masque d'eau)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="50"/>
        <source>Snow, pass 1 (unambiguous)</source>
        <translation>Neige, passe 1 (sans ambiguïté)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="51"/>
        <source>Snow, pass 2 (above the snowline)</source>
        <translation>Neige, passe 2 (au-dessus de la limite d'enneigement)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="52"/>
        <source>Cloud kept by the refined mask (bright at 240 m)</source>
        <translation>Nuage gardé par le masque affiné (brillant à 240 m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="53"/>
        <source>Cloud shadow</source>
        <translation>Ombre de nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="54"/>
        <source>High cloud</source>
        <translation>Nuage haut</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="55"/>
        <source>Cloud again: masked and bright in red</source>
        <translation>Retour au nuage : masqué et brillant dans le rouge</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="56"/>
        <source>Valley fog (flat-topped bank)</source>
        <translation>Brouillard de vallée (banc à sommet plat)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="57"/>
        <source>Cloud or fog found by the rescue&apos;s spectral test</source>
        <translation>Nuage ou brouillard trouvé par le test spectral du rattrapage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="58"/>
        <source>Clear, no snow</source>
        <translation>Dégagé, sans neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="59"/>
        <source>No snow: dark cloud released from the L2A mask</source>
        <translation>Sans neige : nuage sombre sorti du masque L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/parameters.py" line="58"/>
        <source>the valley fog spread must be positive and its smallest area not negative</source>
        <translation>la dispersion du brouillard de vallée doit être positive et sa plus petite surface ne peut pas être négative</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="184"/>
        <source>Valley fog is recognised by its flat top on a DEM: without a DEM only the rescue&apos;s spectral test runs.</source>
        <translation>Le brouillard de vallée se reconnaît à son sommet plat sur un MNT : sans MNT, seul le test spectral du rattrapage s'applique.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="186"/>
        <source>The product has no B12 band (2.2 µm): the rescue's spectral test is skipped; only valley fog is looked for.</source>
        <translation>Le produit n'a pas de bande B12 (2,2 µm) : le test spectral du rattrapage est sauté ; seul le brouillard de vallée est recherché.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="266"/>
        <source>The DEM is flat over the product: valley fog cannot be recognised by its flat top.</source>
        <translation>Le MNT est plat sur le produit : le brouillard de vallée ne peut pas être reconnu à son sommet plat.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="275"/>
        <source>The DEM has no elevation under {area} km² of fog-like areas: the valley-fog test skipped them.</source>
        <translation>Le MNT n'a pas d'altitude sous {area} km² de zones semblables à du brouillard : le test du brouillard de vallée les a laissées de côté.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="65"/>
        <source>Files: the whole product zip (0.5 to 1 GB, checked against its MD5), only what snow detection needs (bands B3, B4, B11, B12 when present, cloud and geophysical masks, metadata: about a tenth of the zip), or only the snow raster of a Theia Snow product. Partial downloads read the remote zip and extract the files into the destination folder.</source>
        <translation>Fichiers : le zip complet du produit (0,5 à 1 Go, vérifié avec sa somme MD5), uniquement ce qu'exige la détection de la neige (bandes B3, B4, B11, B12 si présente, masques de nuages et géophysiques, métadonnées : environ un dixième du zip), ou uniquement le raster de neige d'un produit Theia Snow. Les téléchargements partiels lisent le zip distant et extraient les fichiers dans le dossier de destination.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="64"/>
        <source>Compare with the official Theia Snow product</source>
        <translation>Comparer avec le produit Theia Neige officiel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="67"/>
        <source>Measures how far a local snow detection agrees with the official Theia Snow product of the same tile: an L2B-SNOW product (*_SNW_R2.tif, 254 is no data) or a Let-It-Snow 1.7 or newer FSC product (1 to 100 is snow), as a folder, a zip or a raster.</source>
        <translation>Mesure l'accord d'une détection locale de la neige avec le produit Theia Neige officiel de la même tuile : un produit L2B-SNOW (*_SNW_R2.tif, 254 est l'absence de donnée) ou un produit FSC de Let-It-Snow 1.7 ou plus récent (1 à 100 est de la neige), en dossier, en zip ou en raster.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="67"/>
        <source>The official product is brought onto the local grid by nearest neighbour when the grids differ; pixels without data on either side are left out. Outputs: the agreement map (both snow, both no snow, both cloud, snow on one side only, cloud on one side only), the confusion table (pixels, local classes in rows, official classes in columns), the overall agreement, Cohen&apos;s kappa and the snow F1 score over the pixels clear on both sides, and the agreement per elevation band when the local result has a DEM.</source>
        <translation>Le produit officiel est ramené sur la grille locale au plus proche voisin quand les grilles diffèrent ; les pixels sans donnée d'un côté ou de l'autre sont laissés de côté. Sorties : la carte d'accord (neige des deux côtés, sans neige des deux côtés, nuage des deux côtés, neige d'un seul côté, nuage d'un seul côté), la matrice de confusion (pixels, classes locales en lignes, classes officielles en colonnes), l'accord global, le kappa de Cohen et le score F1 de la neige sur les pixels dégagés des deux côtés, et l'accord par tranche d'altitude quand le résultat local a un MNT.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="73"/>
        <source>Local result (*_SNW_R2.tif or *_SNOW.json)</source>
        <translation>Résultat local (*_SNW_R2.tif ou *_SNOW.json)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="73"/>
        <source>Snow results (*_SNW_R2.tif *_SNOW.json);;All files (*)</source>
        <translation>Résultats de neige (*_SNW_R2.tif *_SNOW.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="77"/>
        <source>Official Theia Snow product (folder, zip or raster)</source>
        <translation>Produit Theia Neige officiel (dossier, zip ou raster)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="83"/>
        <source>Agreement map</source>
        <translation>Carte d'accord</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="84"/>
        <source>Confusion table (CSV)</source>
        <translation>Matrice de confusion (CSV)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="85"/>
        <source>Agreement per elevation band (CSV)</source>
        <translation>Accord par tranche d'altitude (CSV)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="86"/>
        <source>Comparison summary (JSON)</source>
        <translation>Résumé de la comparaison (JSON)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="87"/>
        <source>Overall agreement (share of clear pixels)</source>
        <translation>Accord global (part des pixels dégagés)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="88"/>
        <source>Cohen&apos;s kappa (snow / no snow)</source>
        <translation>Kappa de Cohen (neige / sans neige)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="89"/>
        <source>F1 score of snow</source>
        <translation>Score F1 de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/compare.py" line="90"/>
        <source>Pixels clear on both sides</source>
        <translation>Pixels dégagés des deux côtés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="94"/>
        <source>Agreement with the official product</source>
        <translation>Accord avec le produit officiel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/auto_dem.py" line="29"/>
        <source>DEM source (not set: the DEM given, else the automatic Copernicus DEM)</source>
        <translation>Source du MNT (non renseignée : le MNT fourni, sinon le MNT Copernicus automatique)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/auto_dem.py" line="60"/>
        <source>DEM source &apos;none&apos;: the snowline and pass 2 are skipped.</source>
        <translation>Source du MNT « aucun » : la limite d'enneigement et la passe 2 sont omises.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/auto_dem.py" line="65"/>
        <source>Fetching the Copernicus DEM GLO-30 for {name}…</source>
        <translation>Récupération du MNT Copernicus GLO-30 pour {name}…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="41"/>
        <source>An official-style Theia Snow product (L2B-SNOW folder) comes with it: the Let-It-Snow run with its defaults and the DEM, as CNES makes the official products, to practise &apos;Compare with the official Theia Snow product&apos; offline.</source>
        <translation>Un produit Theia Snow de style officiel (dossier L2B-SNOW) l'accompagne : l'exécution de Let-It-Snow avec ses paramètres par défaut et le MNT, comme le CNES produit les produits officiels, pour s'exercer hors ligne à « Comparer avec le produit officiel Theia Snow ».</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="57"/>
        <source>Official-style Theia Snow product (L2B folder)</source>
        <translation>Produit Theia Snow de style officiel (dossier L2B)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="68"/>
        <source>Making the official-style Theia Snow product (Let-It-Snow defaults with the DEM)…</source>
        <translation>Création du produit Theia Snow de style officiel (Let-It-Snow par défaut avec le MNT)…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="74"/>
        <source>Official-style Theia Snow product</source>
        <translation>Produit Theia Snow de style officiel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="66"/>
        <source>Theia Snow FSC (LIS &gt;= 1.7): the current snow products (fractional snow cover, collection LIS_FSC_PREOP) are served by a second catalogue, hydroweb.next, which needs its own API key even to search (create it in your hydroweb.next user settings; it is kept in the QGIS authentication database, or read from the HYDROWEB_API_KEY environment variable). A season over a basin: give its tiles, its extent or its polygons (Basin) and the season&apos;s first and last days.</source>
        <translation>Theia Snow FSC (LIS &gt;= 1.7) : les produits de neige actuels (fraction de couverture neigeuse, collection LIS_FSC_PREOP) sont servis par un second catalogue, hydroweb.next, qui demande sa propre clé d'API même pour chercher (créez-la dans vos paramètres d'utilisateur hydroweb.next ; elle est gardée dans la base d'authentification de QGIS, ou lue dans la variable d'environnement HYDROWEB_API_KEY). Une saison sur un bassin : donnez ses tuiles, son emprise ou ses polygones (Bassin) et les premier et dernier jours de la saison.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="66"/>
        <source>Theia Snow FSC (LIS &gt;= 1.7)</source>
        <translation>Theia Snow FSC (LIS &gt;= 1.7)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="83"/>
        <source>Basin (polygons: products touching their union)</source>
        <translation>Bassin (polygones : les produits touchant leur union)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="34"/>
        <source>Detect snow on many products (batch, local or Dask cluster)</source>
        <translation>Détecter la neige sur de nombreux produits (lot, en local ou sur une grappe Dask)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="37"/>
        <source>Runs the snow detection of &apos;Detect snow, clouds and fog&apos; on many Theia L2A products with the same parameters; each product&apos;s outputs are those of a single run, written into the output folder.</source>
        <translation>Lance la détection de la neige de « Détecter la neige, les nuages et le brouillard » sur de nombreux produits Theia L2A avec les mêmes paramètres ; les sorties de chaque produit sont celles d'un traitement seul, écrites dans le dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="37"/>
        <source>Inputs: product folders, zips, or folders holding them. A product whose complete outputs already exist is skipped (the batch resumes where it stopped) unless overwriting is allowed. A product that cannot be processed (corrupt zip, wrong grid) is reported with its reason and the others go on.</source>
        <translation>Entrées : dossiers de produits, zips, ou dossiers qui les contiennent. Un produit dont les sorties complètes existent déjà est ignoré (le lot reprend où il s'était arrêté), sauf si l'écrasement est permis. Un produit qui ne peut être traité (zip corrompu, mauvaise grille) est signalé avec sa raison et les autres continuent.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="37"/>
        <source>Workers: the number of products processed at once on this computer (default: the number of cores). Scheduler: empty to use local processes, or the address of a Dask distributed scheduler (e.g. tcp://10.0.0.5:8786) whose workers see the products and the output folder at the same paths and can import this plugin; it needs the Python package distributed.</source>
        <translation>Processus : le nombre de produits traités à la fois sur cet ordinateur (par défaut : le nombre de cœurs). Ordonnanceur : vide pour des processus locaux, ou l'adresse d'un ordonnanceur Dask distributed (par ex. tcp://10.0.0.5:8786) dont les workers voient les produits et le dossier de sortie aux mêmes chemins et peuvent importer cette extension ; il faut le paquet Python distributed.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="37"/>
        <source>Outputs: the list of the JSON summaries, the number of failed products and snow_batch_report.csv in the output folder (product, status, reason, seconds), replaced at each batch.</source>
        <translation>Sorties : la liste des résumés JSON, le nombre de produits en échec et snow_batch_report.csv dans le dossier de sortie (produit, état, raison, secondes), remplacé à chaque lot.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="45"/>
        <source>Theia L2A products (folders, zips, or folders holding them)</source>
        <translation>Produits Theia L2A (dossiers, zips, ou dossiers qui les contiennent)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="48"/>
        <source>Products processed at once (local processes)</source>
        <translation>Produits traités à la fois (processus locaux)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="50"/>
        <source>Dask scheduler address (empty: local processes)</source>
        <translation>Adresse de l'ordonnanceur Dask (vide : processus locaux)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="53"/>
        <source>JSON summaries of the products done or skipped</source>
        <translation>Résumés JSON des produits traités ou ignorés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="55"/>
        <source>Batch report (CSV)</source>
        <translation>Rapport du lot (CSV)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="46"/>
        <source>DEM source: without a DEM, the Copernicus DEM GLO-30 is downloaded from its public bucket (no account), cached in the &apos;dem_cache&apos; folder of the download folder and warped onto the product; offline, or when the download fails, one warning says so and the detection runs without the snowline and pass 2. Choose &apos;None&apos; to skip the DEM. The JSON summary records the DEM source and, for Copernicus, its attribution.</source>
        <translation>Source du MNT : sans MNT, le MNT Copernicus GLO-30 est téléchargé depuis son dépôt public (sans compte), mis en cache dans le dossier « dem_cache » du dossier de téléchargement et reprojeté sur le produit ; hors ligne, ou si le téléchargement échoue, un avertissement le signale et la détection se fait sans limite d'enneigement ni passe 2. Choisissez « Aucun » pour se passer du MNT. Le résumé JSON indique la source du MNT et, pour Copernicus, son attribution.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="47"/>
        <source>The DEM source is &apos;the DEM raster given&apos; but no DEM is given: give one or choose another source.</source>
        <translation>La source du MNT est « le raster de MNT fourni » mais aucun MNT n'est fourni : donnez-en un ou choisissez une autre source.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="59"/>
        <source>Snow time series over a basin</source>
        <translation>Série temporelle de la neige sur un bassin</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="62"/>
        <source>The snow cover of a basin through a season: one CSV row per acquisition date, sorted by date, with the basin area, the areas of valid, clear, cloudy, snow-covered and snow-free pixels, the snow share of the clear pixels, the cloud share of the valid pixels and the snowline zs of our detection results (empty for other products).</source>
        <translation>L'enneigement d'un bassin au fil d'une saison : une ligne CSV par date d'acquisition, triée par date, avec la surface du bassin, les surfaces des pixels valides, dégagés, nuageux, enneigés et sans neige, la part de neige des pixels dégagés, la part de nuage des pixels valides et la limite d'enneigement zs de nos résultats de détection (vide pour les autres produits).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="62"/>
        <source>Inputs, mixed at will: results of the snow detection (*_SNOW.json or *_SNW_R2.tif), Theia L2B-SNOW products (254 is no data) and Let-It-Snow 1.7+ FSC products (a pixel of 1–100 % counts as snow), as files, folders or zips. Every product must be on one grid (same CRS, pixel size and alignment, as the Sentinel-2 tiles of one UTM zone); products of the same date on neighbouring tiles are merged, their overlap counted once.</source>
        <translation>Entrées, mélangées à volonté : résultats de la détection de la neige (*_SNOW.json ou *_SNW_R2.tif), produits Theia L2B-SNOW (254 est l'absence de données) et produits FSC de Let-It-Snow 1.7 et plus (un pixel de 1 à 100 % compte comme neige), en fichiers, dossiers ou zips. Tous les produits doivent être sur une même grille (même SCR, même taille et même alignement des pixels, comme les tuiles Sentinel-2 d'un même fuseau UTM) ; les produits d'une même date sur des tuiles voisines sont fusionnés, leur recouvrement compté une fois.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="62"/>
        <source>The basin is the union of the polygon layer's features (default: the products' whole footprint); its part outside every footprint is left out. With a DEM, one column per elevation band gives the snow share of the band's clear pixels. Areas come from the products' pixel size (20 m: 0.0004 km²). Products outside the optional period are left out.</source>
        <translation>Le bassin est l'union des entités de la couche de polygones (par défaut : toute l'emprise des produits) ; sa partie hors de toute emprise est écartée. Avec un MNT, une colonne par tranche d'altitude donne la part de neige des pixels dégagés de la tranche. Les surfaces viennent de la taille des pixels des produits (20 m : 0,0004 km²). Les produits hors de la période facultative sont écartés.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="69"/>
        <source>Snow products or results (files, folders or zips)</source>
        <translation>Produits ou résultats de neige (fichiers, dossiers ou zips)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="71"/>
        <source>Basin (polygons)</source>
        <translation>Bassin (polygones)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="73"/>
        <source>Elevation band height (m)</source>
        <translation>Hauteur des tranches d'altitude (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="78"/>
        <source>Time series table</source>
        <translation>Tableau de la série temporelle</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="28"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="80"/>
        <source>Time series chart</source>
        <translation>Graphique de la série temporelle</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="82"/>
        <source>Number of acquisition dates</source>
        <translation>Nombre de dates d'acquisition</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="392"/>
        <source>Cannot write {path} ({error}).</source>
        <translation>Impossible d'écrire {path} ({error}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="137"/>
        <source>Cannot write {path}: check the folder permissions.</source>
        <translation>Impossible d'écrire {path} : vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="34"/>
        <source>Snow-cover syntheses of a season (SCD, SOD, SMOD, NOBS, NSP)</source>
        <translation>Synthèses de l'enneigement d'une saison (SCD, SOD, SMOD, NOBS, NSP)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="37"/>
        <source>Summarises a season of snow maps per pixel, as Let-It-Snow&apos;s snow annual map and Theia&apos;s L3B products: SCD the number of snow days, SOD and SMOD the first and last day of the longest snow period (days since the start of the period, 0 being the start itself, as in LIS), NOBS the number of clear observations and NSP the number of snow periods.</source>
        <translation>Résume par pixel une saison de cartes de neige, comme la carte annuelle de Let-It-Snow et les produits L3B de Theia : SCD le nombre de jours de neige, SOD et SMOD le premier et le dernier jour de la plus longue période enneigée (en jours depuis le début de la période, 0 étant le début lui-même, comme dans LIS), NOBS le nombre d'observations dégagées et NSP le nombre de périodes enneigées.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="37"/>
        <source>Inputs, mixed as you like, all of one tile and on one grid: results of this plugin (the JSON summaries or the snow classifications), official Theia Snow L2B products and LIS 1.7 or later FSC products, as files, folders or zips.</source>
        <translation>Entrées, mélangées à volonté, toutes d'une tuile et sur une grille : résultats de cette extension (les résumés JSON ou les classifications de la neige), produits officiels Theia Snow L2B et produits FSC de LIS 1.7 ou plus récent, en fichiers, dossiers ou zips.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="37"/>
        <source>Each date gives snow, no snow or a gap (cloud, no data); several products of the same day: the first clear one wins. The snow series is interpolated linearly between clear observations onto every day of the period (before the first and after the last clear observation, their value) and a day is snow where the value is at least 0.5. Reliable where clear observations are at most about 15 days apart.</source>
        <translation>Chaque date donne neige, pas de neige ou une lacune (nuage, pas de donnée) ; plusieurs produits du même jour : le premier dégagé l'emporte. La série de neige est interpolée linéairement entre les observations dégagées sur chaque jour de la période (avant la première et après la dernière observation dégagée, leur valeur) et un jour est enneigé là où la valeur atteint au moins 0,5. Fiable là où les observations dégagées sont espacées d'au plus 15 jours environ.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="37"/>
        <source>Period: by default the hydrological year (1 September to 31 August) containing the latest input; every input must lie in the period. Pixels never clear are no data.</source>
        <translation>Période : par défaut l'année hydrologique (1er septembre au 31 août) qui contient l'entrée la plus récente ; toutes les entrées doivent être dans la période. Les pixels jamais dégagés n'ont pas de donnée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="45"/>
        <source>Snow maps (files, folders or zips)</source>
        <translation>Cartes de neige (fichiers, dossiers ou zips)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="47"/>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/snow_synthesis.py" line="48"/>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="53"/>
        <source>L3B syntheses of a period are loaded too: the snow cover duration (SCD, days), the snow onset and melt-out dates of the longest snow period (SOD, SMOD, labelled with calendar dates when the file name gives the period), the number of clear observations (NOBS) and of snow periods (NSP). Only the first one is shown at first.</source>
        <translation>Les synthèses L3B d'une période sont chargées aussi : la durée d'enneigement (SCD, jours), les dates d'apparition et de disparition de la neige de la plus longue période enneigée (SOD, SMOD, étiquetées en dates du calendrier quand le nom du fichier donne la période), le nombre d'observations dégagées (NOBS) et de périodes enneigées (NSP). Seule la première est affichée au départ.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="68"/>
        <source>{group} ({number})</source>
        <translation>{group} ({number})</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="63"/>
        <source>Why these pixels? (explain a detection at points)</source>
        <translation>Pourquoi ces pixels ? (expliquer une détection en des points)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="66"/>
        <source>Give the result&apos;s *_SNOW.json: it names the product, the DEM and the parameters of the run, which must still be where they were. The values are those the detection computed: the class is that of the snow map, the code that of the decision raster. Points outside the product get an empty class.</source>
        <translation>Donnez le *_SNOW.json du résultat : il nomme le produit, le MNT et les paramètres du calcul, qui doivent toujours être où ils étaient. Les valeurs sont celles que la détection a calculées : la classe est celle de la carte de neige, le code celui du raster des décisions. Les points hors du produit ont une classe vide.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="72"/>
        <source>Detection result (*_SNOW.json)</source>
        <translation>Résultat de détection (*_SNOW.json)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="76"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="77"/>
        <source>Explained pixels</source>
        <translation>Pixels expliqués</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="78"/>
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="79"/>
        <source>Points outside the product</source>
        <translation>Points hors du produit</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="124"/>
        <source>Point {id} cannot be reprojected to the product&apos;s CRS: it is left out.</source>
        <translation>Le point {id} ne peut pas être reprojeté dans le SCR du produit : il est laissé de côté.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/season_window.py" line="65"/>
        <source>Snow time series</source>
        <translation>Série temporelle de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="47"/>
        <source>Why this pixel?</source>
        <translation>Pourquoi ce pixel ?</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="61"/>
        <source>Compare with the official product…</source>
        <translation>Comparer avec le produit officiel…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="49"/>
        <source>LIS + fog/cloud rescue</source>
        <translation>LIS + rattrapage brouillard/nuages</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="49"/>
        <source>LIS default</source>
        <translation>LIS par défaut</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="85"/>
        <source>DEM: Copernicus DEM GLO-30, fetched automatically.</source>
        <translation>MNT : MNT Copernicus GLO-30, récupéré automatiquement.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="87"/>
        <source>DEM: {path}.</source>
        <translation>MNT : {path}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="88"/>
        <source>No DEM (no snowline, no pass 2): see the warnings in the log panel.</source>
        <translation>Sans MNT (ni limite d'enneigement, ni passe 2) : voir les avertissements dans le journal.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="142"/>
        <source>The step was cancelled.</source>
        <translation>L'étape a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="194"/>
        <source>Detecting snow on {name} ({preset}, {done}/{total})…</source>
        <translation>Détection de la neige sur {name} ({preset}, {done}/{total})…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="207"/>
        <source>Snow detected on {name}.</source>
        <translation>Neige détectée sur {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="226"/>
        <source>No false-colour composite for {name}: {error}</source>
        <translation>Pas de composition colorée pour {name} : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="252"/>
        <source>Looking for the official Theia Snow product of {tile} on {day}…</source>
        <translation>Recherche du produit officiel Theia Snow de {tile} du {day}…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="260"/>
        <source>The catalogue has no official Theia Snow product of the same tile and date.</source>
        <translation>Le catalogue n'a aucun produit officiel Theia Snow de la même tuile et de la même date.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="262"/>
        <source>Official product of the same date: {name}.</source>
        <translation>Produit officiel de la même date : {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="276"/>
        <source>Downloading the official product {name}…</source>
        <translation>Téléchargement du produit officiel {name}…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="284"/>
        <source>The official product could not be downloaded: {reason}</source>
        <translation>Le produit officiel n'a pas pu être téléchargé : {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="301"/>
        <source>Comparing with the official product…</source>
        <translation>Comparaison avec le produit officiel…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/dock_workflow.py" line="308"/>
        <source>Comparison done: see the comparison window and the agreement map.</source>
        <translation>Comparaison terminée : voir la fenêtre de comparaison et la carte d'accord.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="35"/>
        <source>Agreement with the official product – {product}</source>
        <translation>Accord avec le produit officiel – {product}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="37"/>
        <source>Official product: {name}</source>
        <translation>Produit officiel : {name}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="50"/>
        <source>Pixels: local classes in rows, official classes in columns</source>
        <translation>Pixels : classes locales en lignes, classes officielles en colonnes</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="54"/>
        <source>Agreement per elevation band</source>
        <translation>Accord par tranche d'altitude</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="73"/>
        <source>Clear pixels</source>
        <translation>Pixels dégagés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="73"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="73"/>
        <source>Local snow fraction</source>
        <translation>Fraction de neige locale</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="73"/>
        <source>Official snow fraction</source>
        <translation>Fraction de neige officielle</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="28"/>
        <source>Export table as CSV…</source>
        <translation>Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/result_windows.py" line="28"/>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="52"/>
        <source>Click on a pixel of a snow detection result to see why it got its class.</source>
        <translation>Cliquez sur un pixel d'un résultat de détection de la neige pour voir pourquoi il a reçu sa classe.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="86"/>
        <source>The pixel could not be explained: {error}</source>
        <translation>Le pixel n'a pas pu être expliqué : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="87"/>
        <source>The pixel could not be explained (details in the log panel).</source>
        <translation>Le pixel n'a pas pu être expliqué (détails dans le panneau du journal).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="94"/>
        <source>No snow detection result under this point: click on a pixel of a result layer of this project (a *_SNW_R2.tif or a *_DECISION.tif whose *_SNOW.json sits beside it).</source>
        <translation>Aucun résultat de détection de la neige sous ce point : cliquez sur un pixel d'une couche de résultat de ce projet (un *_SNW_R2.tif ou un *_DECISION.tif dont le *_SNOW.json est à côté).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="133"/>
        <source>{klass} – decision {code}: {label}</source>
        <translation>{klass} – décision {code} : {label}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="140"/>
        <source>Green reflectance</source>
        <translation>Réflectance verte</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="141"/>
        <source>Red reflectance</source>
        <translation>Réflectance rouge</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="142"/>
        <source>SWIR reflectance (1.6 µm)</source>
        <translation>Réflectance SWIR (1,6 µm)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="148"/>
        <source>Red at 240 m</source>
        <translation>Rouge à 240 m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="149"/>
        <source>Elevation</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="163"/>
        <source>Snowline zs</source>
        <translation>Limite d'enneigement zs</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="151"/>
        <source>L2A cloud mask (CLM)</source>
        <translation>Masque de nuages L2A (CLM)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="152"/>
        <source>no bit set</source>
        <translation>aucun bit</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="152"/>
        <source>Geophysical mask (MG2)</source>
        <translation>Masque géophysique (MG2)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="157"/>
        <source>Pass 1</source>
        <translation>Passe 1</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="157"/>
        <source>Cloud refinement</source>
        <translation>Affinage du masque de nuages</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="157"/>
        <source>Pass 2</source>
        <translation>Passe 2</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="163"/>
        <source>Pixel row {row}, column {col} of {product}.</source>
        <translation>Pixel ligne {row}, colonne {col} de {product}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/hydroweb_key_group.py" line="15"/>
        <source>hydroweb.next catalogue (Theia Snow FSC, LIS &gt;= 1.7)</source>
        <translation>Catalogue hydroweb.next (Theia Snow FSC, LIS &gt;= 1.7)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/hydroweb_key_group.py" line="20"/>
        <source>hydroweb.next needs its own key, even to search: log in to &lt;a href=&quot;{url}&quot;&gt;hydroweb.next&lt;/a&gt;, generate an API key in your user settings and paste it here. It is stored encrypted in the QGIS authentication database.</source>
        <translation>hydroweb.next demande sa propre clé, même pour chercher : connectez-vous à &lt;a href=&quot;{url}&quot;&gt;hydroweb.next&lt;/a&gt;, générez une clé d'API dans vos paramètres d'utilisateur et collez-la ici. Elle est gardée chiffrée dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="133"/>
        <source>Detection dialog…</source>
        <translation>Fenêtre de détection…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="136"/>
        <source>Compare with the official product</source>
        <translation>Comparer avec le produit officiel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="297"/>
        <source>No quicklook could be shown (none in the catalogue, or it could not be fetched: see the log panel).</source>
        <translation>Aucun aperçu n'a pu être affiché (aucun dans le catalogue, ou impossible à récupérer : voir le journal).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="299"/>
        <source>No quicklook for {names} (none in the catalogue, or it could not be fetched).</source>
        <translation>Pas d'aperçu pour {names} (aucun dans le catalogue, ou impossible à récupérer).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="326"/>
        <source>retrying (try {attempt} of {tries})</source>
        <translation>nouvel essai ({attempt} sur {tries})</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="379"/>
        <source>Results of this preset already exist in {folder}. Replace them?</source>
        <translation>Des résultats de ce préréglage existent déjà dans {folder}. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="422"/>
        <source>not started: the API key was refused</source>
        <translation>pas commencé : la clé d'API a été refusée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="133"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="133"/>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="43"/>
        <source>Snow cover duration (days)</source>
        <translation>Durée d'enneigement (jours)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="44"/>
        <source>Snow onset date (longest snow period)</source>
        <translation>Date d'apparition de la neige (plus longue période enneigée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="45"/>
        <source>Snow melt-out date (longest snow period)</source>
        <translation>Date de disparition de la neige (plus longue période enneigée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="46"/>
        <source>Number of clear observations</source>
        <translation>Nombre d'observations dégagées</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="47"/>
        <source>Number of snow periods</source>
        <translation>Nombre de périodes enneigées</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="88"/>
        <source>day {days} of the synthesis</source>
        <translation>jour {days} de la synthèse</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="94"/>
        <source>No snow period</source>
        <translation>Aucune période enneigée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="94"/>
        <source>1 snow period</source>
        <translation>1 période enneigée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="94"/>
        <source>2 snow periods</source>
        <translation>2 périodes enneigées</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="94"/>
        <source>3 snow periods</source>
        <translation>3 périodes enneigées</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/l3b.py" line="94"/>
        <source>4 or more snow periods</source>
        <translation>4 périodes enneigées ou plus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="99"/>
        <source>Cannot read {raster}: {error}</source>
        <translation>Impossible de lire {raster} : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="111"/>
        <source>{name} is not on the grid of {reference} (CRS, pixel size or pixel alignment differ): a series takes products of one grid only.</source>
        <translation>{name} n'est pas sur la grille de {reference} (SCR, taille ou alignement des pixels différents) : une série ne prend que des produits d'une même grille.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="152"/>
        <source>The basin geometry cannot be read: give a polygon.</source>
        <translation>La géométrie du bassin est illisible : donnez un polygone.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="251"/>
        <source>The basin lies outside the footprint of every product: choose a basin the products cover.</source>
        <translation>Le bassin est hors de l'emprise de tous les produits : choisissez un bassin couvert par les produits.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="192"/>
        <source>The period starts after it ends: give a start date before the end date.</source>
        <translation>La période commence après sa fin : donnez une date de début antérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="195"/>
        <source>No product was acquired between {start} and {end}: widen the period or choose other inputs.</source>
        <translation>Aucun produit n'a été acquis entre le {start} et le {end} : élargissez la période ou choisissez d'autres entrées.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="207"/>
        <source>The elevation band height must be positive.</source>
        <translation>La hauteur des tranches d'altitude doit être positive.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="227"/>
        <source>The time series was cancelled.</source>
        <translation>La série temporelle a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="262"/>
        <source>Cannot read the DEM {path}: {error}</source>
        <translation>Impossible de lire le MNT {path} : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="369"/>
        <source>{path} is not a snow time series written by the plugin.</source>
        <translation>{path} n'est pas une série temporelle de neige écrite par l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/timeseries.py" line="377"/>
        <source>{path} already exists: choose another file or allow overwriting.</source>
        <translation>{path} existe déjà : choisissez un autre fichier ou autorisez l'écrasement.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="58"/>
        <source>{path} holds no Theia L2A product: expected its bands &lt;name&gt;_FRE_B3.tif, _FRE_B4.tif and _FRE_B11.tif and its cloud mask MASKS/&lt;name&gt;_CLM_R2.tif.</source>
        <translation>{path} ne contient aucun produit Theia L2A : on attend ses bandes &lt;nom&gt;_FRE_B3.tif, _FRE_B4.tif et _FRE_B11.tif et son masque de nuages MASKS/&lt;nom&gt;_CLM_R2.tif.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="82"/>
        <source>The zip {path} is damaged (truncated or corrupt): download it again.</source>
        <translation>Le zip {path} est endommagé (tronqué ou corrompu) : téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="83"/>
        <source>{path} is neither a product folder nor a zip file: give the folder of a Theia L2A product or its zip.</source>
        <translation>{path} n'est ni un dossier de produit ni un fichier zip : donnez le dossier d'un produit Theia L2A ou son zip.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="55"/>
        <source>Both snow</source>
        <translation>Neige des deux côtés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="56"/>
        <source>Both no snow</source>
        <translation>Sans neige des deux côtés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="57"/>
        <source>Both cloud</source>
        <translation>Nuage des deux côtés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="58"/>
        <source>Snow in the local result only</source>
        <translation>Neige dans le résultat local seulement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="59"/>
        <source>Snow in the official product only</source>
        <translation>Neige dans le produit officiel seulement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="60"/>
        <source>Cloud on one side only</source>
        <translation>Nuage d'un seul côté</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="116"/>
        <source>The snow classification {path} is missing: choose a *_SNW_R2.tif or a *_SNOW.json beside it.</source>
        <translation>La classification de la neige {path} manque : choisissez un *_SNW_R2.tif ou un *_SNOW.json à côté de lui.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="140"/>
        <source>The zip {path} is corrupt or truncated: download it again.</source>
        <translation>Le zip {path} est corrompu ou tronqué : téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="144"/>
        <source>{path} holds no snow classification (*_SNW_R2.tif or the FSC raster): choose the product itself.</source>
        <translation>{path} ne contient aucune classification de la neige (*_SNW_R2.tif ou le raster FSC) : choisissez le produit lui-même.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="251"/>
        <source>The official product is of tile {official} and the local result of tile {local}: compare products of the same tile.</source>
        <translation>Le produit officiel est de la tuile {official} et le résultat local de la tuile {local} : comparez des produits de la même tuile.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="254"/>
        <source>The official product is of {official} and the local result of {local}: snow may have changed between the dates.</source>
        <translation>Le produit officiel date du {official} et le résultat local du {local} : la neige a pu changer entre les deux dates.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/compare.py" line="258"/>
        <source>The official product and the local result have no valid pixel in common: check they cover the same place.</source>
        <translation>Le produit officiel et le résultat local n'ont aucun pixel valide en commun : vérifiez qu'ils couvrent le même endroit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_product.py" line="44"/>
        <source>No Theia Snow raster (*_SNW_R2.tif, LIS_S2-SNOW-FSC_*.tif or an L3B synthesis LIS_*-SNOW-SCD/SOD/SMOD/NOBS/NSP_*.tif) was found in {path}.</source>
        <translation>Aucun raster Theia Snow (*_SNW_R2.tif, LIS_S2-SNOW-FSC_*.tif ou une synthèse L3B LIS_*-SNOW-SCD/SOD/SMOD/NOBS/NSP_*.tif) n'a été trouvé dans {path}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/hydroweb/client.py" line="31"/>
        <source>hydroweb.next needs an API key even to search: create one in your hydroweb.next user settings and enter it in the plugin settings.</source>
        <translation>hydroweb.next demande une clé d'API même pour chercher : créez-en une dans vos paramètres d'utilisateur hydroweb.next et saisissez-la dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/hydroweb/client.py" line="50"/>
        <source>hydroweb.next sent an answer without a product list: try again later.</source>
        <translation>hydroweb.next a envoyé une réponse sans liste de produits : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="93"/>
        <source>Complete outputs already exist.</source>
        <translation>Des sorties complètes existent déjà.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="106"/>
        <source>Unexpected error: {error}.</source>
        <translation>Erreur inattendue : {error}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="122"/>
        <source>The input {path} does not exist.</source>
        <translation>L'entrée {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="130"/>
        <source>No L2A product (folder or zip) was found in the inputs.</source>
        <translation>Aucun produit L2A (dossier ou zip) n'a été trouvé dans les entrées.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="186"/>
        <source>Batch cancelled: the products already finished are complete, the others left nothing.</source>
        <translation>Traitement par lot annulé : les produits déjà terminés sont complets, les autres n'ont rien laissé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="223"/>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="227"/>
        <source>The worker running it stopped: {error}.</source>
        <translation>Le processus qui le traitait s'est arrêté : {error}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="233"/>
        <source>{product}: failed. {reason}</source>
        <translation>{product} : échec. {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="235"/>
        <source>{product}: done in {seconds} s.</source>
        <translation>{product} : terminé en {seconds} s.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="237"/>
        <source>{product}: skipped, its complete outputs already exist.</source>
        <translation>{product} : ignoré, ses sorties complètes existent déjà.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis.py" line="244"/>
        <source>The output folder {folder} cannot be created ({error}): choose another folder.</source>
        <translation>Le dossier de sortie {folder} ne peut pas être créé ({error}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="281"/>
        <source>Running on a Dask scheduler needs the Python package distributed: install python3-distributed (Debian) or run pip install distributed.</source>
        <translation>Le calcul sur un ordonnanceur Dask demande le paquet Python distributed : installez python3-distributed (Debian) ou lancez pip install distributed.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/batch.py" line="285"/>
        <source>The Dask scheduler at {address} cannot be reached ({error}): check the address and that the scheduler is running.</source>
        <translation>L'ordonnanceur Dask {address} est injoignable ({error}) : vérifiez l'adresse et que l'ordonnanceur tourne.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="50"/>
        <source>No snow product was found in the inputs.</source>
        <translation>Aucun produit neige n'a été trouvé dans les entrées.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="81"/>
        <source>The date and tile of {name} cannot be read from its name.</source>
        <translation>La date et la tuile de {name} ne se lisent pas dans son nom.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="97"/>
        <source>The inputs are of different tiles: {tiles}. A synthesis is made on one tile: give the inputs of one tile.</source>
        <translation>Les entrées sont de tuiles différentes : {tiles}. Une synthèse porte sur une seule tuile : donnez les entrées d'une tuile.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="110"/>
        <source>{name} cannot be read ({error}).</source>
        <translation>{name} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="114"/>
        <source>{name} is not on the grid of {first}: every input must be on the same grid.</source>
        <translation>{name} n'est pas sur la grille de {first} : toutes les entrées doivent être sur la même grille.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="130"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période finit ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_inputs.py" line="79"/>
        <source>{path} is not a snow summary written by the snow detection ({error}).</source>
        <translation>{path} n'est pas un résumé écrit par la détection de la neige ({error}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_inputs.py" line="84"/>
        <source>The snow classification {raster} of the summary {path} is missing.</source>
        <translation>La classification de la neige {raster} du résumé {path} est introuvable.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/series_inputs.py" line="42"/>
        <source>No acquisition date can be read in the name of {name}.</source>
        <translation>Aucune date d'acquisition ne peut être lue dans le nom de {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/series_inputs.py" line="68"/>
        <source>No snow map (*_SNOW.json, *_SNW_R2.tif or LIS_S2-SNOW-FSC_*.tif) was found in the inputs.</source>
        <translation>Aucune carte de neige (*_SNOW.json, *_SNW_R2.tif ou LIS_S2-SNOW-FSC_*.tif) n'a été trouvée dans les entrées.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="64"/>
        <source>cloud or shadow (all but the thinnest clouds)</source>
        <translation>nuage ou ombre (tous nuages sauf les plus fins)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="65"/>
        <source>cloud (all but the thinnest)</source>
        <translation>nuage (tous sauf les plus fins)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="66"/>
        <source>mono-temporal cloud</source>
        <translation>nuage mono-temporel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="67"/>
        <source>multi-temporal cloud</source>
        <translation>nuage multi-temporel</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="68"/>
        <source>thinnest cloud</source>
        <translation>nuage le plus fin</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="69"/>
        <source>shadow of a detected cloud</source>
        <translation>ombre d'un nuage détecté</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="70"/>
        <source>shadow of a cloud outside the image</source>
        <translation>ombre d'un nuage hors de l'image</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="71"/>
        <source>high cloud (cirrus)</source>
        <translation>nuage haut (cirrus)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="77"/>
        <source>water</source>
        <translation>eau</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="78"/>
        <source>cloud</source>
        <translation>nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="79"/>
        <source>snow</source>
        <translation>neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="80"/>
        <source>cloud shadow</source>
        <translation>ombre de nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="81"/>
        <source>topographic shadow</source>
        <translation>ombre topographique</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="82"/>
        <source>hidden by relief</source>
        <translation>caché par le relief</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="83"/>
        <source>sun too low</source>
        <translation>soleil trop bas</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="84"/>
        <source>sun tangent</source>
        <translation>soleil rasant</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="96"/>
        <source>No data: the SWIR band has no value here (outside the satellite&apos;s swath).</source>
        <translation>Aucune donnée : la bande SWIR n'a pas de valeur ici (hors de la fauchée du satellite).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="97"/>
        <source>Water: the water mask covers this pixel, so it is left out like no data.</source>
        <translation>Eau : le masque d'eau couvre ce pixel, il est donc laissé de côté comme une absence de donnée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="98"/>
        <source>Snow, found by pass 1: outside the L2A cloud mask, it passes the strict NDSI and red tests.</source>
        <translation>Neige, trouvée par la passe 1 : hors du masque de nuages L2A, le pixel passe les tests stricts de NDSI et de rouge.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="99"/>
        <source>Snow, found by pass 2: above the snowline and outside the refined cloud mask, it passes the looser NDSI and red tests.</source>
        <translation>Neige, trouvée par la passe 2 : au-dessus de la limite d'enneigement et hors du masque de nuages affiné, le pixel passe les tests plus souples de NDSI et de rouge.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="100"/>
        <source>Cloud: the L2A mask flags a cloud and it is still bright in red at 240 m, so the refined mask keeps it.</source>
        <translation>Nuage : le masque L2A signale un nuage et le pixel reste brillant dans le rouge à 240 m, donc le masque affiné le garde.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="101"/>
        <source>Cloud: the L2A mask flags a cloud shadow here.</source>
        <translation>Nuage : le masque L2A signale ici une ombre de nuage.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="102"/>
        <source>Cloud: the L2A mask flags a high cloud (cirrus) here.</source>
        <translation>Nuage : le masque L2A signale ici un nuage haut (cirrus).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="103"/>
        <source>Cloud: the L2A mask flags a cloud that is dark at 240 m, but the pixel itself is bright in red, so it goes back to cloud.</source>
        <translation>Nuage : le masque L2A signale un nuage sombre à 240 m, mais le pixel lui-même est brillant dans le rouge, donc il retourne au nuage.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="104"/>
        <source>Cloud: the fog rescue found a flat-topped valley fog bank here.</source>
        <translation>Nuage : le rattrapage du brouillard a trouvé ici un banc de brouillard de vallée à sommet plat.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="105"/>
        <source>Cloud: the fog rescue's spectral test (bright at 1.6 and 2.2 µm) found a water cloud or fog here.</source>
        <translation>Nuage : le test spectral du rattrapage (brillant à 1,6 et 2,2 µm) a trouvé ici un nuage d'eau ou du brouillard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="106"/>
        <source>No snow: the L2A mask sees no cloud and the snow tests fail.</source>
        <translation>Sans neige : le masque L2A ne voit pas de nuage et les tests de neige échouent.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="107"/>
        <source>No snow: the L2A mask flags a cloud, but it is dark at 240 m and in red, so the refined mask releases it, and the snow tests fail.</source>
        <translation>Sans neige : le masque L2A signale un nuage, mais il est sombre à 240 m et dans le rouge, donc le masque affiné le libère, et les tests de neige échouent.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="171"/>
        <source>The product {path} that {summary} was made from is missing: put it back there, or run the detection again on the product where it is now.</source>
        <translation>Le produit {path} dont {summary} est issu manque : remettez-le à sa place, ou relancez la détection sur le produit là où il est maintenant.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="177"/>
        <source>The file {path} that {summary} was made with is missing: put it back there, or run the detection again with the file where it is now.</source>
        <translation>Le fichier {path} avec lequel {summary} a été calculé manque : remettez-le à sa place, ou relancez la détection avec le fichier là où il est maintenant.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="191"/>
        <source>The decision raster {path} is missing: the fog rescue&apos;s codes are read from it; run the detection again.</source>
        <translation>Le raster des décisions {path} manque : les codes du rattrapage du brouillard y sont lus ; relancez la détection.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="209"/>
        <source>This point is outside the product {name}.</source>
        <translation>Ce point est hors du produit {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_checks.py" line="44"/>
        <source>{name} {value} &gt; {threshold}</source>
        <translation>{name} {value} &gt; {threshold}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_checks.py" line="49"/>
        <source>NDSI {value} &gt; {threshold}</source>
        <translation>NDSI {value} &gt; {threshold}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="320"/>
        <source>outside the L2A cloud mask</source>
        <translation>hors du masque de nuages L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="336"/>
        <source>red</source>
        <translation>rouge</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="324"/>
        <source>red at 240 m</source>
        <translation>rouge à 240 m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="325"/>
        <source>cloud shadow in the L2A mask</source>
        <translation>ombre de nuage dans le masque L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="326"/>
        <source>high cloud in the L2A mask</source>
        <translation>nuage haut dans le masque L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="327"/>
        <source>red (back to cloud)</source>
        <translation>rouge (retour au nuage)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="331"/>
        <source>elevation (none: no DEM value here) &gt; zs {zs} m</source>
        <translation>altitude (aucune : pas de valeur du MNT ici) &gt; zs {zs} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="333"/>
        <source>elevation {value} m &gt; zs {zs} m</source>
        <translation>altitude {value} m &gt; zs {zs} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="337"/>
        <source>outside the refined cloud mask</source>
        <translation>hors du masque de nuages affiné</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="339"/>
        <source>not taken by the fog rescue</source>
        <translation>non pris par le rattrapage du brouillard</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="341"/>
        <source>pass 2 runs on this tile (it does not: the detection had no DEM)</source>
        <translation>la passe 2 s'applique sur cette tuile (non : la détection n'avait pas de MNT)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="343"/>
        <source>pass 2 runs on this tile (it does not: no snowline was found)</source>
        <translation>la passe 2 s'applique sur cette tuile (non : aucune limite d'enneigement n'a été trouvée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain.py" line="345"/>
        <source>pass 2 runs on this tile (it does not: too little unambiguous snow)</source>
        <translation>la passe 2 s'applique sur cette tuile (non : trop peu de neige sans ambiguïté)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="33"/>
        <source>None (no snowline, no pass 2)</source>
        <translation>Aucun (ni limite d'enneigement, ni passe 2)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="34"/>
        <source>The DEM raster given</source>
        <translation>Le raster de MNT fourni</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="35"/>
        <source>Automatic: Copernicus DEM GLO-30 (downloaded and cached)</source>
        <translation>Automatique : MNT Copernicus GLO-30 (téléchargé et mis en cache)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="69"/>
        <source>DEM used: Copernicus DEM GLO-30, fetched automatically ({path}). {attribution}</source>
        <translation>MNT utilisé : MNT Copernicus GLO-30, récupéré automatiquement ({path}). {attribution}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="73"/>
        <source>DEM used: {path}.</source>
        <translation>MNT utilisé : {path}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="74"/>
        <source>DEM used: none (no snowline, no pass 2).</source>
        <translation>MNT utilisé : aucun (ni limite d'enneigement, ni passe 2).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="103"/>
        <source>The Copernicus DEM server ({url}) cannot be reached (offline?): the detection runs without a DEM, so without the snowline and pass 2.</source>
        <translation>Le serveur du MNT Copernicus ({url}) est injoignable (hors ligne ?) : la détection se fait sans MNT, donc sans limite d'enneigement ni passe 2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_source.py" line="111"/>
        <source>The automatic DEM could not be made ({reason}): the detection runs without a DEM, so without the snowline and pass 2.</source>
        <translation>Le MNT automatique n'a pas pu être préparé ({reason}) : la détection se fait sans MNT, donc sans limite d'enneigement ni passe 2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/synthesis.py" line="213"/>
        <source>Snow synthesis cancelled: no output was written.</source>
        <translation>Synthèse de l'enneigement annulée : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="49"/>
        <source>No acquisition in the series.</source>
        <translation>Aucune acquisition dans la série.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="119"/>
        <source>Acquisition date</source>
        <translation>Date d'acquisition</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="144"/>
        <source>Snowline zs (m)</source>
        <translation>Limite d'enneigement zs (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="154"/>
        <source>Area (km²)</source>
        <translation>Surface (km²)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/season_chart.py" line="161"/>
        <source>Hidden by clouds (snow or not)</source>
        <translation>Masqué par les nuages (neige ou non)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/basin.py" line="16"/>
        <source>The basin layer has no polygon: choose a layer with at least one basin polygon.</source>
        <translation>La couche du bassin n'a aucun polygone : choisissez une couche avec au moins un polygone de bassin.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="134"/>
        <source>Open the detection algorithm with every parameter (DEM, water mask, thresholds); with several products selected, the batch detection (local processes or a Dask cluster).</source>
        <translation>Ouvrir l'algorithme de détection avec tous ses paramètres (MNT, masque d'eau, seuils) ; avec plusieurs produits sélectionnés, la détection par lot (processus locaux ou grappe Dask).</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/search_dock.py" line="207"/>
        <source>%n product(s) found ({matched} in the catalogue).</source>
        <translation>
            <numerusform>%n produit trouvé ({matched} dans le catalogue).</numerusform>
            <numerusform>%n produits trouvés ({matched} dans le catalogue).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/processing_provider/snow_time_series.py" line="90"/>
        <source>%n snow map(s) found.</source>
        <translation>
            <numerusform>%n carte de neige trouvée.</numerusform>
            <numerusform>%n cartes de neige trouvées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/processing_provider/download.py" line="133"/>
        <source>%n product(s) to download into {folder}.</source>
        <translation>
            <numerusform>%n produit à télécharger dans {folder}.</numerusform>
            <numerusform>%n produits à télécharger dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="43"/>
        <source>Overall agreement {overall}, kappa {kappa}, snow F1 {f1}, over %n pixel(s) clear on both sides.</source>
        <translation>
            <numerusform>Accord global {overall}, kappa {kappa}, F1 de la neige {f1}, sur %n pixel dégagé des deux côtés.</numerusform>
            <numerusform>Accord global {overall}, kappa {kappa}, F1 de la neige {f1}, sur %n pixels dégagés des deux côtés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/search_dock.py" line="342"/>
        <source>%n product(s) ready in the download folder, {staged} being staged (retry later), {failed} failed.</source>
        <translation>
            <numerusform>%n produit prêt dans le dossier de téléchargement, {staged} en cours de préparation (réessayez plus tard), {failed} en échec.</numerusform>
            <numerusform>%n produits prêts dans le dossier de téléchargement, {staged} en cours de préparation (réessayez plus tard), {failed} en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/tasks.py" line="91"/>
        <source>Downloading %n Theia product(s)</source>
        <translation>
            <numerusform>Téléchargement de %n produit Theia</numerusform>
            <numerusform>Téléchargement de %n produits Theia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/dem_fetch.py" line="98"/>
        <source>No Copernicus DEM tile covers this area (%n cell(s) not found). Check the DEM address.</source>
        <translation>
            <numerusform>Aucune tuile du MNT Copernicus ne couvre cette zone (%n cellule introuvable). Vérifiez l'adresse du MNT.</numerusform>
            <numerusform>Aucune tuile du MNT Copernicus ne couvre cette zone (%n cellules introuvables). Vérifiez l'adresse du MNT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/timeseries.py" line="211"/>
        <source>%n product(s) outside the period left out.</source>
        <translation>
            <numerusform>%n produit hors de la période écarté.</numerusform>
            <numerusform>%n produits hors de la période écartés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/geodes/client.py" line="115"/>
        <source>Only the first %n of {matched} products were read: narrow the search (dates, cloud cover, area) or raise the limit.</source>
        <translation>
            <numerusform>Seul le premier des {matched} produits a été lu : affinez la recherche (dates, couverture nuageuse, zone) ou augmentez la limite.</numerusform>
            <numerusform>Seuls les %n premiers produits sur {matched} ont été lus : affinez la recherche (dates, couverture nuageuse, zone) ou augmentez la limite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/geodes/download.py" line="210"/>
        <source>{name}: %n file(s) fetched ({received} MB received, {saved} MB saved).</source>
        <translation>
            <numerusform>{name} : %n fichier récupéré ({received} Mo reçus, {saved} Mo économisés).</numerusform>
            <numerusform>{name} : %n fichiers récupérés ({received} Mo reçus, {saved} Mo économisés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/batch.py" line="180"/>
        <source>%n product(s) to process.</source>
        <translation>
            <numerusform>%n produit à traiter.</numerusform>
            <numerusform>%n produits à traiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/synthesis.py" line="193"/>
        <source>%n input(s) on {days}, {start} – {end}.</source>
        <translation>
            <numerusform>%n entrée sur {days}, {start} – {end}.</numerusform>
            <numerusform>%n entrées sur {days}, {start} – {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/synthesis.py" line="193"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/processing_provider/compare.py" line="103"/>
        <source>%n pixel(s) clear on both sides.</source>
        <translation>
            <numerusform>%n pixel dégagé des deux côtés.</numerusform>
            <numerusform>%n pixels dégagés des deux côtés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/processing_provider/detect_snow_batch.py" line="72"/>
        <source>%n product(s) failed: see {report}.</source>
        <translation>
            <numerusform>%n produit en échec : voir {report}.</numerusform>
            <numerusform>%n produits en échec : voir {report}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="66"/>
        <source>For each point, the table says what the pixel under it is on a snow detection result and which rule decided: the decision code, a plain sentence, the green, red and SWIR reflectances (1.6 µm, and 2.2 µm when the fog rescue was on), the NDSI, the red at 240 m, the elevation and the snowline zs, the cloud mask bits, and each test with its threshold.</source>
        <translation>Pour chaque point, la table dit ce qu'est le pixel dessous dans un résultat de détection de la neige et quelle règle a décidé : le code de décision, une phrase simple, les réflectances verte, rouge et SWIR (1,6 µm, et 2,2 µm quand le rattrapage du brouillard était actif), le NDSI, le rouge à 240 m, l'altitude et la limite d'enneigement zs, les bits du masque de nuages, et chaque test avec son seuil.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/comparison_dialog.py" line="90"/>
        <source>Cannot read the comparison {path}: run the comparison again.</source>
        <translation>Impossible de lire la comparaison {path} : relancez la comparaison.</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/summary_dialog.py" line="174"/>
        <source>%n bank(s), top of the largest at {top} m, {area} km² in all</source>
        <translation>
            <numerusform>%n banc, sommet du plus grand à {top} m, {area} km² en tout</numerusform>
            <numerusform>%n bancs, sommet du plus grand à {top} m, {area} km² en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/gui/season_window.py" line="39"/>
        <source>%n acquisition date(s) from {first} to {last}, basin {area}</source>
        <translation>
            <numerusform>%n date d'acquisition du {first} au {last}, bassin de {area}</numerusform>
            <numerusform>%n dates d'acquisition du {first} au {last}, bassin de {area}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="145"/>
        <source>SWIR reflectance (2.2 µm, B12)</source>
        <translation>Réflectance SWIR (2,2 µm, B12)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/explain_tool.py" line="157"/>
        <source>Fog rescue</source>
        <translation>Rattrapage du brouillard</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/l3b.py" line="91"/>
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="68"/>
        <source>B11 (1.6 µm)</source>
        <translation>B11 (1,6 µm)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="73"/>
        <source>not snow by pass 1</source>
        <translation>pas de la neige de la passe 1</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="77"/>
        <source>the spectral test runs (it does not: the product has no B12 band at 2.2 µm)</source>
        <translation>le test spectral s'applique (non : le produit n'a pas de bande B12 à 2,2 µm)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="80"/>
        <source>B12 (2.2 µm)</source>
        <translation>B12 (2,2 µm)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="86"/>
        <source>elevation (none: no DEM value here) ≤ zs {zs} m</source>
        <translation>altitude (aucune : pas de valeur du MNT ici) ≤ zs {zs} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="88"/>
        <source>elevation {value} m ≤ zs {zs} m</source>
        <translation>altitude {value} m ≤ zs {zs} m</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/explain_rescue.py" line="93"/>
        <source>at most %n pixel(s) from a cloud passing B11 &gt; {threshold}, across pixels of the looser test (its thin edge)</source>
        <translation>
            <numerusform>à %n pixel au plus d'un nuage qui passe B11 &gt; {threshold}, en passant par des pixels du test plus souple (sa bordure fine)</numerusform>
            <numerusform>à %n pixels au plus d'un nuage qui passe B11 &gt; {threshold}, en passant par des pixels du test plus souple (sa bordure fine)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="124"/>
        <source>in a flat-topped fog bank, top {top} ({area}); elevation here {elevation}</source>
        <translation>dans un banc de brouillard à sommet plat, sommet à {top} ({area}) ; altitude ici {elevation}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_rescue.py" line="128"/>
        <source>in one of the flat-topped fog banks whose extents hold this pixel, tops {tops}; elevation here {elevation}</source>
        <translation>dans l'un des bancs de brouillard à sommet plat dont l'emprise contient ce pixel, sommets à {tops} ; altitude ici {elevation}</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="93"/>
        <source>{tile} (%n input(s), e.g. {name})</source>
        <translation>
            <numerusform>{tile} (%n entrée, par ex. {name})</numerusform>
            <numerusform>{tile} (%n entrées, par ex. {name})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/core/synthesis_inputs.py" line="133"/>
        <source>Outside the period {start} – {end}: %n input(s) (e.g. {name}, {day}). Remove such inputs or widen the period.</source>
        <translation>
            <numerusform>Hors de la période {start} – {end} : %n entrée (par ex. {name}, {day}). Retirez ces entrées ou élargissez la période.</numerusform>
            <numerusform>Hors de la période {start} – {end} : %n entrées (par ex. {name}, {day}). Retirez ces entrées ou élargissez la période.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/explain_checks.py" line="55"/>
        <source>NDSI {value} &lt; {threshold}</source>
        <translation>NDSI {value} &lt; {threshold}</translation>
    </message>
    <message numerus="yes">
        <location filename="../snow_plugin/processing_provider/explain_pixels.py" line="110"/>
        <source>%n point(s) outside the product: their class is empty.</source>
        <translation>
            <numerusform>%n point hors du produit : sa classe est vide.</numerusform>
            <numerusform>%n points hors du produit : leur classe est vide.</numerusform>
        </translation>
    </message>
</context>
</TS>
