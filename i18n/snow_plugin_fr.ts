<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>@default</name>
    <message>
        <location filename="../snow_plugin/plugin.py" line="25"/>
        <source>&amp;Theia Snow</source>
        <translation>&amp;Theia Snow</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="40"/>
        <source>Detect snow on an L2A product…</source>
        <translation>Détecter la neige sur un produit L2A…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="42"/>
        <source>Search Theia products…</source>
        <translation>Rechercher des produits Theia…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="44"/>
        <source>Download Theia products…</source>
        <translation>Télécharger des produits Theia…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="47"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/provider.py" line="16"/>
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
        <location filename="../snow_plugin/core/pipeline.py" line="283"/>
        <source>The DEM {path} has no elevation over the product.</source>
        <translation>Le MNT {path} ne contient aucune altitude sur l'emprise du produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="112"/>
        <source>Cannot read the water mask {path}: give a raster or a vector layer.</source>
        <translation>Impossible de lire le masque d'eau {path} : indiquez une couche raster ou vecteur.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="56"/>
        <source>&apos;{name}&apos; is not a Theia product name (expected e.g. SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).</source>
        <translation>« {name} » n'est pas un nom de produit Theia (attendu : par exemple SENTINEL2A_20180130-110853-461_L2A_T29TPH_C_V1-4).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_product.py" line="38"/>
        <source>The product {path} does not exist.</source>
        <translation>Le produit {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="109"/>
        <source>{path} is neither a product folder nor a zip file (it may be corrupt or truncated: download it again).</source>
        <translation>{path} n'est ni un dossier de produit ni un fichier zip (il est peut-être corrompu ou tronqué : téléchargez-le de nouveau).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="129"/>
        <source>The zip {path} is corrupt or truncated ({error}): download it again.</source>
        <translation>Le zip {path} est corrompu ou tronqué ({error}) : téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="157"/>
        <source>The product {name} has no {file}: it is not a complete Theia L2A product.</source>
        <translation>Le produit {name} ne contient pas {file} : ce n'est pas un produit Theia L2A complet.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="163"/>
        <source>The product {name} has no cloud mask: MASKS/{file} is missing.</source>
        <translation>Le produit {name} n'a pas de masque de nuages : MASKS/{file} est absent.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="205"/>
        <source>Cannot read {file}: the file is corrupt or truncated.</source>
        <translation>Impossible de lire {file} : le fichier est corrompu ou tronqué.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="217"/>
        <source>{file} does not match the 20 m grid of the SWIR band (expected about {w}x{h} pixels at 10 m, found {fw}x{fh}).</source>
        <translation>{file} ne correspond pas à la grille de 20 m de la bande SWIR (environ {w}x{h} pixels à 10 m attendus, {fw}x{fh} trouvés).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/product.py" line="230"/>
        <source>{file} has {fw}x{fh} pixels, but the product grid needs {w}x{h}.</source>
        <translation>{file} fait {fw}x{fh} pixels, mais la grille du produit en exige {w}x{h}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="28"/>
        <source>No snow</source>
        <translation>Pas de neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/styles.py" line="28"/>
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
        <location filename="../snow_plugin/core/outputs.py" line="58"/>
        <source>The output folder {folder} is not writable ({error}): choose another folder.</source>
        <translation>Le dossier de sortie {folder} n'est pas accessible en écriture ({error}) : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="65"/>
        <source>Outputs already exist in {folder} ({files}): choose another folder or allow overwriting.</source>
        <translation>Des sorties existent déjà dans {folder} ({files}) : choisissez un autre dossier ou autorisez l'écrasement.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/outputs.py" line="135"/>
        <source>Could not write {path} ({error}): check the free disk space and the folder permissions.</source>
        <translation>Impossible d'écrire {path} ({error}) : vérifiez l'espace disque libre et les droits sur le dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="80"/>
        <source>A catalogue entry is not a JSON object.</source>
        <translation>Une entrée du catalogue n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/records.py" line="84"/>
        <source>A catalogue entry has no product identifier.</source>
        <translation>Une entrée du catalogue n'a pas d'identifiant de produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="98"/>
        <source>No product found for tile {tile}: check the dates and filters; Theia may also not produce this tile.</source>
        <translation>Aucun produit trouvé pour la tuile {tile} : vérifiez les dates et les filtres ; il se peut aussi que Theia ne produise pas cette tuile.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="106"/>
        <source>Only the first {count} of {matched} products were read: narrow the search (dates, cloud cover, area) or raise the limit.</source>
        <translation>Seuls les {count} premiers produits sur {matched} ont été lus : affinez la recherche (dates, couverture nuageuse, zone) ou augmentez la limite.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="191"/>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="144"/>
        <source>GEODES sent an answer without a product list: try again later.</source>
        <translation>GEODES a renvoyé une réponse sans liste de produits : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="161"/>
        <source>A catalogue entry was skipped: {reason}</source>
        <translation>Une entrée du catalogue a été ignorée : {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="204"/>
        <source>GEODES sent an unreadable answer: try again later.</source>
        <translation>GEODES a renvoyé une réponse illisible : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="262"/>
        <source>The date &apos;{text}&apos; is not understood: use YYYY-MM-DD.</source>
        <translation>La date « {text} » n'est pas comprise : utilisez le format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="116"/>
        <source>The GEODES API key was refused ({reason}): create or renew it on geodes-portal.cnes.fr (user profile, generate API key) and enter it in the plugin settings.</source>
        <translation>La clé d'API GEODES a été refusée ({reason}) : créez-la ou renouvelez-la sur geodes-portal.cnes.fr (profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="131"/>
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
        <location filename="../snow_plugin/core/geodes/download.py" line="139"/>
        <source>{name} has no downloadable file in the catalogue.</source>
        <translation>{name} n'a aucun fichier téléchargeable dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="163"/>
        <source>{name} is already downloaded.</source>
        <translation>{name} est déjà téléchargé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="184"/>
        <source>{name} was downloaded and verified.</source>
        <translation>{name} a été téléchargé et vérifié.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="87"/>
        <source>{name} could not be downloaded after {tries} tries: {reason}. Try again later.</source>
        <translation>{name} n'a pas pu être téléchargé après {tries} tentatives : {reason}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="109"/>
        <source>the partial file did not match the server&apos;s file, restarting</source>
        <translation>le fichier partiel ne correspondait pas au fichier du serveur, reprise depuis le début</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="114"/>
        <source>the connection closed before the end of the file</source>
        <translation>la connexion a été fermée avant la fin du fichier</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="136"/>
        <source>{name} is offline and being staged by the Theia production centre: retry later.</source>
        <translation>{name} est hors ligne et en cours de préparation par le centre de production Theia : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="141"/>
        <source>the server answered HTTP {status}</source>
        <translation>le serveur a répondu HTTP {status}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="142"/>
        <source>The server refused to send {name} (HTTP {status}).</source>
        <translation>Le serveur a refusé d'envoyer {name} (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="150"/>
        <source>the file does not match its MD5 checksum (damaged in transit) and was deleted</source>
        <translation>le fichier ne correspond pas à sa somme de contrôle MD5 (endommagé pendant le transfert) et a été supprimé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="155"/>
        <source>the file does not have the announced size and was deleted</source>
        <translation>le fichier n'a pas la taille annoncée et a été supprimé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="231"/>
        <source>Not enough free disk space in {folder} for {name}: {needed} MB needed, {free} MB free. Free some space or choose another folder.</source>
        <translation>Espace disque insuffisant dans {folder} pour {name} : {needed} Mo nécessaires, {free} Mo libres. Libérez de l'espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="163"/>
        <source>no data arrived for {seconds} s (the server stalled)</source>
        <translation>aucune donnée reçue pendant {seconds} s (le serveur ne répond plus)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="129"/>
        <source>the connection was interrupted</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="259"/>
        <source>The download was cancelled; it will resume from where it stopped.</source>
        <translation>Le téléchargement a été annulé ; il reprendra là où il s'est arrêté.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="147"/>
        <source>Product {name}: {w} x {h} pixels at 20 m.</source>
        <translation>Produit {name} : {w} x {h} pixels à 20 m.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="175"/>
        <source>No DEM given: the snowline and pass 2 are skipped (only unambiguous snow is detected).</source>
        <translation>Aucun MNT fourni : la limite d'enneigement et la passe 2 sont ignorées (seule la neige sans ambiguïté est détectée).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="192"/>
        <source>The product {name} has no valid pixel (all nodata): choose another date.</source>
        <translation>Le produit {name} n'a aucun pixel valide (uniquement du nodata) : choisissez une autre date.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="222"/>
        <source>No snowline elevation was found on this tile: pass 2 is skipped and the result is less reliable.</source>
        <translation>Aucune altitude de limite d'enneigement n'a été trouvée sur cette tuile : la passe 2 est ignorée et le résultat est moins fiable.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="226"/>
        <source>Too little unambiguous snow on this tile: pass 2 is skipped.</source>
        <translation>Trop peu de neige sans ambiguïté sur cette tuile : la passe 2 est ignorée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="294"/>
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
        <location filename="../snow_plugin/plugin.py" line="46"/>
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
        <location filename="../snow_plugin/gui/settings_dialog.py" line="133"/>
        <source>Theia Snow settings</source>
        <translation>Paramètres de Theia Snow</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="42"/>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="58"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="72"/>
        <source>CNES GEODES catalogue</source>
        <translation>Catalogue GEODES du CNES</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="77"/>
        <source>API key</source>
        <translation>Clé d'API</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="90"/>
        <source>GEODES address</source>
        <translation>Adresse de GEODES</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="91"/>
        <source>Copernicus DEM address</source>
        <translation>Adresse du MNT Copernicus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="96"/>
        <source>Set in the environment, these variables win over the values above: {names}.</source>
        <translation>Définies dans l'environnement, ces variables l'emportent sur les valeurs ci-dessus : {names}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="106"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="108"/>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="109"/>
        <source>Retry a download after no data for</source>
        <translation>Relancer un téléchargement sans données reçues depuis</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="110"/>
        <source>Simultaneous downloads</source>
        <translation>Téléchargements simultanés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="121"/>
        <source>The stored key will be removed when you press OK.</source>
        <translation>La clé enregistrée sera supprimée lorsque vous cliquerez sur OK.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="123"/>
        <source>A key is stored. Type a new one to replace it.</source>
        <translation>Une clé est enregistrée. Saisissez-en une nouvelle pour la remplacer.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="125"/>
        <source>No key is stored.</source>
        <translation>Aucune clé n'est enregistrée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="21"/>
        <source>Theia search results</source>
        <translation>Résultats de recherche Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="47"/>
        <source>Offline: staged on request</source>
        <translation>Hors ligne : préparé à la demande</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="47"/>
        <source>Cloud cover up to 10 %</source>
        <translation>Couverture nuageuse jusqu'à 10 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="47"/>
        <source>Cloud cover 10 to 50 %</source>
        <translation>Couverture nuageuse de 10 à 50 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="47"/>
        <source>Cloud cover over 50 %</source>
        <translation>Couverture nuageuse supérieure à 50 %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="47"/>
        <source>Cloud cover unknown</source>
        <translation>Couverture nuageuse inconnue</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="76"/>
        <source>The quicklook {path} could not be georeferenced ({reason}).</source>
        <translation>L'aperçu {path} n'a pas pu être géoréférencé ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/footprints.py" line="103"/>
        <source>Theia quicklooks</source>
        <translation>Aperçus Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="35"/>
        <source>Theia products</source>
        <translation>Produits Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="52"/>
        <source>Sentinel-2 L2A (MAJA reflectance)</source>
        <translation>Sentinel-2 L2A (réflectance MAJA)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="53"/>
        <source>Theia Snow (L2B)</source>
        <translation>Theia Snow (L2B)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="55"/>
        <source>e.g. T31TCH, T32TLS</source>
        <translation>p. ex. T31TCH, T32TLS</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="58"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="74"/>
        <source>Latest version of each product only</source>
        <translation>Dernière version de chaque produit uniquement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="77"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="83"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="84"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="86"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="87"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="88"/>
        <source>Maximum cloud cover</source>
        <translation>Couverture nuageuse maximale</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="90"/>
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
        <location filename="../snow_plugin/gui/search_dock.py" line="105"/>
        <source>Show quicklooks</source>
        <translation>Afficher les aperçus</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="108"/>
        <source>Full product</source>
        <translation>Produit complet</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="109"/>
        <source>Only what snow detection needs</source>
        <translation>Uniquement ce qu'exige la détection de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="110"/>
        <source>Only the snow raster</source>
        <translation>Uniquement le raster de neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="111"/>
        <source>Download selected</source>
        <translation>Télécharger la sélection</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="113"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="315"/>
        <source>Detect snow on the downloaded product</source>
        <translation>Détecter la neige sur le produit téléchargé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="135"/>
        <source>Give one or more tile ids, or tick Area and choose an extent, then search again.</source>
        <translation>Indiquez une ou plusieurs tuiles, ou cochez « Zone » et choisissez une emprise, puis relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="138"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="147"/>
        <source>Searching GEODES…</source>
        <translation>Recherche dans GEODES…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="164"/>
        <source>{count} products found ({matched} in the catalogue).</source>
        <translation>{count} produits trouvés ({matched} dans le catalogue).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="212"/>
        <source>No quicklook could be shown: see the log panel for details.</source>
        <translation>Aucun aperçu n'a pu être affiché : consultez le panneau Journal des messages pour plus de détails.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="225"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="229"/>
        <source>downloading {percent} %</source>
        <translation>téléchargement {percent} %</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="232"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="232"/>
        <source>done (already here)</source>
        <translation>terminé (déjà présent)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="232"/>
        <source>staged: retry later</source>
        <translation>en préparation : réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="233"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="234"/>
        <source>failed: {reason}</source>
        <translation>échec : {reason}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="243"/>
        <source>{ready} products ready in the download folder, {staged} being staged (retry later), {failed} failed.</source>
        <translation>{ready} produits prêts dans le dossier de téléchargement, {staged} en cours de préparation (réessayez plus tard), {failed} en échec.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="283"/>
        <source>The search did not finish.</source>
        <translation>La recherche n'a pas abouti.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="291"/>
        <source>Unexpected error ({error}): see the log panel for details.</source>
        <translation>Erreur inattendue ({error}) : consultez le panneau Journal des messages pour plus de détails.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="298"/>
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
        <location filename="../snow_plugin/gui/tasks.py" line="127"/>
        <source>The task was cancelled.</source>
        <translation>La tâche a été annulée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="65"/>
        <source>Searching Theia products</source>
        <translation>Recherche de produits Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="89"/>
        <source>Downloading {count} Theia products</source>
        <translation>Téléchargement de {count} produits Theia</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="110"/>
        <source>The downloads were cancelled; they will resume from where they stopped.</source>
        <translation>Les téléchargements ont été annulés ; ils reprendront là où ils se sont arrêtés.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/tasks.py" line="119"/>
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
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="108"/>
        <source>Theia L2A product (folder or zip)</source>
        <translation>Produit Theia L2A (dossier ou zip)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="108"/>
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
        <location filename="../snow_plugin/processing_provider/search.py" line="55"/>
        <source>Search Theia products (GEODES)</source>
        <translation>Rechercher des produits Theia (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="58"/>
        <source>Searches the CNES GEODES catalogue for Theia Sentinel-2 L2A products (MAJA surface reflectance) or Theia Snow products, by MGRS tile or by area, date range, cloud cover and platform.</source>
        <translation>Recherche dans le catalogue GEODES du CNES des produits Theia Sentinel-2 L2A (réflectance de surface MAJA) ou Theia Snow, par tuile MGRS ou par zone, période, couverture nuageuse et plateforme.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="58"/>
        <source>Give one or several tiles (e.g. T31TCH, T32TLR; comma separated) or an extent (any CRS; it is converted to longitude/latitude). Dates are inclusive. A maximum cloud cover of 100 % keeps every product.</source>
        <translation>Indiquez une ou plusieurs tuiles (p. ex. T31TCH, T32TLR ; séparées par des virgules) ou une emprise (dans n'importe quel SCR ; elle est convertie en longitude/latitude). Les dates sont incluses. Une couverture nuageuse maximale de 100 % conserve tous les produits.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="58"/>
        <source>The output layer holds the footprints, with every catalogue field as an attribute: identifier, collection, tile, acquisition time (UTC), cloud and snow cover (%), quicklook and download URLs, size (bytes), MD5, online flag, version, latest flag and platform. Select features in it and run &apos;Download Theia products&apos; on the selection.</source>
        <translation>La couche en sortie contient les emprises, avec chaque champ du catalogue en attribut : identifiant, collection, tuile, date et heure d'acquisition (UTC), couvertures nuageuse et neigeuse (%), URL de l'aperçu et du téléchargement, taille (octets), MD5, indicateur de mise en ligne, version, indicateur de dernière version et plateforme. Sélectionnez-y des entités et lancez « Télécharger des produits Theia » sur la sélection.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="58"/>
        <source>Searching needs no API key. An empty result for a tile usually means that Theia does not produce that tile: a warning says so. The GEODES address can be changed in the plugin settings or with the THEIA_SNOW_GEODES_URL environment variable.</source>
        <translation>La recherche ne nécessite pas de clé d'API. Un résultat vide pour une tuile signifie généralement que Theia ne produit pas cette tuile : un avertissement le signale. L'adresse de GEODES peut être modifiée dans les paramètres de l'extension ou avec la variable d'environnement THEIA_SNOW_GEODES_URL.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="92"/>
        <source>Sentinel-2 L2A (surface reflectance)</source>
        <translation>Sentinel-2 L2A (réflectance de surface)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="72"/>
        <source>MGRS tiles (comma separated)</source>
        <translation>Tuiles MGRS (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="74"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="75"/>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="78"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="83"/>
        <source>Platform (e.g. S2A, S2B; empty for all)</source>
        <translation>Plateforme (p. ex. S2A, S2B ; vide pour toutes)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="89"/>
        <source>Maximum number of products</source>
        <translation>Nombre maximal de produits</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="94"/>
        <source>Products found</source>
        <translation>Produits trouvés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="95"/>
        <source>Number of products found</source>
        <translation>Nombre de produits trouvés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/search.py" line="102"/>
        <source>Give at least one tile (e.g. T31TCH) or an area to search in.</source>
        <translation>Indiquez au moins une tuile (p. ex. T31TCH) ou une zone de recherche.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="53"/>
        <source>Pass 1: NDSI above</source>
        <translation>Passe 1 : NDSI supérieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="54"/>
        <source>Pass 1: red reflectance above (milli-reflectance)</source>
        <translation>Passe 1 : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="55"/>
        <source>Pass 2: NDSI above</source>
        <translation>Passe 2 : NDSI supérieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="56"/>
        <source>Pass 2: red reflectance above (milli-reflectance)</source>
        <translation>Passe 2 : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="57"/>
        <source>Dark clouds: smoothed red above which a cloud stays cloud (milli-reflectance)</source>
        <translation>Nuages sombres : rouge lissé au-dessus duquel un nuage reste nuage (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="58"/>
        <source>Back to cloud: red above which a masked pixel stays cloud (milli-reflectance)</source>
        <translation>Retour en nuage : rouge au-dessus duquel un pixel masqué reste nuage (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="59"/>
        <source>Dark clouds: smoothing factor (20 m pixels)</source>
        <translation>Nuages sombres : facteur de lissage (pixels de 20 m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="60"/>
        <source>Snowline: elevation band height (m)</source>
        <translation>Limite d'enneigement : hauteur des bandes d'altitude (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="61"/>
        <source>Snowline: snow fraction of the clear pixels of a band above</source>
        <translation>Limite d'enneigement : fraction de neige parmi les pixels non nuageux d'une bande supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="62"/>
        <source>Snowline: clear fraction of a band above</source>
        <translation>Limite d'enneigement : fraction non nuageuse d'une bande supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="63"/>
        <source>Pass 2: pass-1 snow fraction of the tile above</source>
        <translation>Passe 2 : fraction de neige de la passe 1 sur la tuile supérieure à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="64"/>
        <source>Fog rescue: red reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard : réflectance rouge supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="65"/>
        <source>Fog rescue: SWIR reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard : réflectance SWIR supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="66"/>
        <source>Fog rescue: NDSI below</source>
        <translation>Rattrapage du brouillard : NDSI inférieur à</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="93"/>
        <source>Detect snow, clouds and fog (Let-It-Snow)</source>
        <translation>Détecter la neige, les nuages et le brouillard (Let-It-Snow)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/base.py" line="36"/>
        <source>Snow detection</source>
        <translation>Détection de la neige</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Maps snow, clouds and fog on a Theia Sentinel-2 L2A product with the Let-It-Snow algorithm of the Theia Snow collection (CNES/CESBIO).</source>
        <translation>Cartographie la neige, les nuages et le brouillard sur un produit Theia Sentinel-2 L2A avec l'algorithme Let-It-Snow de la collection Theia Snow (CNES/CESBIO).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Why it works: in the visible, snow, clouds and valley fog all look white. In the short-wave infrared (SWIR, band B11) snow is dark while water-droplet clouds and fog stay bright, so the snow index NDSI = (green − SWIR) / (green + SWIR) is high for snow and low for clouds and fog. A red threshold rejects dark surfaces such as lakes and shadows.</source>
        <translation>Principe : dans le visible, la neige, les nuages et le brouillard de vallée paraissent tous blancs. Dans l'infrarouge à ondes courtes (SWIR, bande B11), la neige est sombre alors que les nuages de gouttelettes d'eau et le brouillard restent brillants : l'indice de neige NDSI = (vert − SWIR) / (vert + SWIR) est donc élevé pour la neige et faible pour les nuages et le brouillard. Un seuil sur le rouge écarte les surfaces sombres comme les lacs et les ombres.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Pass 1 keeps the unambiguous snow (high NDSI, bright red) outside the product&apos;s cloud mask. Clouds that are dark in the red are released from the cloud mask. With a DEM, the snowline elevation zs is set just below the lowest elevation band where snow covers a noticeable share of the clear pixels; pass 2 then adds, above zs only, pixels passing looser thresholds. Without a DEM only pass 1 runs.</source>
        <translation>La passe 1 retient la neige sans ambiguïté (NDSI élevé, rouge brillant) hors du masque de nuages du produit. Les nuages sombres dans le rouge sont retirés du masque de nuages. Avec un MNT, l'altitude de la limite d'enneigement zs est fixée juste sous la plus basse bande d'altitude où la neige couvre une part notable des pixels non nuageux ; la passe 2 ajoute alors, au-dessus de zs uniquement, les pixels qui satisfont des seuils plus souples. Sans MNT, seule la passe 1 est exécutée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Input: the product folder or its zip (type or paste a folder path). Optional: a DEM in any projection, a water mask (raster, non-zero is water, or polygons) and a tree cover density raster (%) for the snow cover on ground.</source>
        <translation>Entrée : le dossier du produit ou son zip (saisissez ou collez le chemin d'un dossier). En option : un MNT dans n'importe quelle projection, un masque d'eau (raster, non nul = eau, ou polygones) et un raster de densité du couvert arboré (%) pour la fraction enneigée au sol.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Outputs, written into the output folder and loaded in a group: the classification (0 no snow, 100 snow, 205 cloud, 255 no data), the fractional snow cover at the top of canopy and on ground (0–100 % on snow, other pixels carry the class code), the NDSI in % on snow pixels, the quality flags (bits: 1 sun too low, 2 sun tangent, 4 water, 8 tree cover above 90 %, 16 snow under thin cloud, 32 tree cover undefined) and a JSON summary with the elevation band table. ZS is empty (NULL) when no snowline was found.</source>
        <translation>Sorties, écrites dans le dossier de sortie et chargées dans un groupe : la classification (0 pas de neige, 100 neige, 205 nuage, 255 aucune donnée), la fraction enneigée au sommet de la canopée et au sol (0–100 % sur la neige, les autres pixels portent le code de classe), le NDSI en % sur les pixels de neige, les indicateurs de qualité (bits : 1 soleil trop bas, 2 soleil rasant, 4 eau, 8 couvert arboré supérieur à 90 %, 16 neige sous nuage fin, 32 couvert arboré indéfini) et un résumé JSON avec la table des bandes d'altitude. ZS est vide (NULL) quand aucune limite d'enneigement n'a été trouvée.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>The advanced parameters are the thresholds of the algorithm; reflectances are in milli-reflectance (200 means 0.20). The defaults are those of Let-It-Snow for Sentinel-2.</source>
        <translation>Les paramètres avancés sont les seuils de l'algorithme ; les réflectances sont en milli-réflectance (200 signifie 0,20). Les valeurs par défaut sont celles de Let-It-Snow pour Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="114"/>
        <source>Digital elevation model</source>
        <translation>Modèle numérique de terrain</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="115"/>
        <source>Water mask (raster or polygons)</source>
        <translation>Masque d'eau (raster ou polygones)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="120"/>
        <source>Tree cover density (%)</source>
        <translation>Densité du couvert arboré (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="122"/>
        <source>Rescue clouds and fog missed by the cloud mask</source>
        <translation>Rattraper les nuages et le brouillard manqués par le masque de nuages</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="125"/>
        <source>Overwrite existing outputs</source>
        <translation>Écraser les sorties existantes</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="133"/>
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
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="141"/>
        <source>Summary (JSON)</source>
        <translation>Résumé (JSON)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="143"/>
        <source>Snowline elevation zs (m, NULL when not found)</source>
        <translation>Altitude de la limite d'enneigement zs (m, NULL si non trouvée)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="144"/>
        <source>Snow (% of valid pixels)</source>
        <translation>Neige (% des pixels valides)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="145"/>
        <source>Cloud (% of valid pixels)</source>
        <translation>Nuages (% des pixels valides)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="153"/>
        <source>The input {path} does not exist: give the folder of a Theia L2A product or its zip.</source>
        <translation>L'entrée {path} n'existe pas : indiquez le dossier d'un produit Theia L2A ou son zip.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="155"/>
        <source>The input {path} is neither a product folder nor a zip file: give the folder of a Theia L2A product or its zip.</source>
        <translation>L'entrée {path} n'est ni un dossier de produit ni un fichier zip : indiquez le dossier d'un produit Theia L2A ou son zip.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="209"/>
        <source>Invalid detection parameter: {error}.</source>
        <translation>Paramètre de détection invalide : {error}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="222"/>
        <source>The layer {name} is not a raster file: save it as a GeoTIFF first.</source>
        <translation>La couche {name} n'est pas un fichier raster : enregistrez-la d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="234"/>
        <source>The water mask must be a raster or a polygon layer.</source>
        <translation>Le masque d'eau doit être une couche raster ou de polygones.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="244"/>
        <source>Cannot copy the water mask {name} for the detection: {error}</source>
        <translation>Impossible de copier le masque d'eau {name} pour la détection : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="58"/>
        <source>Snow – {product}</source>
        <translation>Neige – {product}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/result_layers.py" line="129"/>
        <source>Could not apply the style of {name}: {error}</source>
        <translation>Impossible d'appliquer le style de {name} : {error}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/base.py" line="46"/>
        <source>Catalogue (GEODES)</source>
        <translation>Catalogue (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="60"/>
        <source>Download Theia products (GEODES)</source>
        <translation>Télécharger des produits Theia (GEODES)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="63"/>
        <source>Downloads Theia products from CNES GEODES: the selected features of a layer written by &apos;Search Theia products&apos;, or product identifiers (one per line or comma separated).</source>
        <translation>Télécharge des produits Theia depuis GEODES (CNES) : les entités sélectionnées d'une couche produite par « Rechercher des produits Theia », ou des identifiants de produits (un par ligne ou séparés par des virgules).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="63"/>
        <source>Downloading needs a GEODES API key: create it on geodes-portal.cnes.fr (log in, user profile, generate API key) and enter it in the plugin settings, where it is stored encrypted in the QGIS authentication database.</source>
        <translation>Le téléchargement nécessite une clé d'API GEODES : créez-la sur geodes-portal.cnes.fr (connexion, profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension, où elle est stockée chiffrée dans la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="63"/>
        <source>A product already in the destination folder is skipped. An interrupted or cancelled download resumes where it stopped on the next run. An offline product is being staged by the production centre: run the download again later. The log lists the outcome of each product.</source>
        <translation>Un produit déjà présent dans le dossier de destination est ignoré. Un téléchargement interrompu ou annulé reprend là où il s'était arrêté lors de l'exécution suivante. Un produit hors ligne est en cours de préparation par le centre de production : relancez le téléchargement plus tard. Le journal indique le résultat pour chaque produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="71"/>
        <source>Product identifiers (one per line or comma separated)</source>
        <translation>Identifiants de produits (un par ligne ou séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="79"/>
        <source>Footprint layer from a search (field &apos;identifier&apos;)</source>
        <translation>Couche d'emprises issue d'une recherche (champ « identifier »)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="84"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="84"/>
        <source>Whole product (zip)</source>
        <translation>Produit complet (zip)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="84"/>
        <source>Only the snow raster (Theia Snow products)</source>
        <translation>Uniquement le raster de neige (produits Theia Snow)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="96"/>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="101"/>
        <source>Downloaded files (separated by &apos;;&apos;)</source>
        <translation>Fichiers téléchargés (séparés par « ; »)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="102"/>
        <source>Products downloaded</source>
        <translation>Produits téléchargés</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="103"/>
        <source>Products already there</source>
        <translation>Produits déjà présents</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="104"/>
        <source>Products being staged (retry later)</source>
        <translation>Produits en cours de préparation (réessayer plus tard)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="105"/>
        <source>Products that failed</source>
        <translation>Produits en échec</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="110"/>
        <source>Give product identifiers or a footprint layer.</source>
        <translation>Indiquez des identifiants de produits ou une couche d'emprises.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="127"/>
        <source>{name}: not found in the catalogue.</source>
        <translation>{name} : introuvable dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="129"/>
        <source>None of the products was found in the catalogue.</source>
        <translation>Aucun des produits n'a été trouvé dans le catalogue.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="130"/>
        <source>{count} products to download into {folder}.</source>
        <translation>{count} produits à télécharger dans {folder}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="157"/>
        <source>The layer has no &apos;identifier&apos; field: use the output of &apos;Search Theia products&apos;.</source>
        <translation>La couche n'a pas de champ « identifier » : utilisez la sortie de « Rechercher des produits Theia ».</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="211"/>
        <source>{name}: {count} files fetched ({received} MB received, {saved} MB saved).</source>
        <translation>{name} : {count} fichiers récupérés ({received} Mo reçus, {saved} Mo économisés).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="182"/>
        <source>Downloaded: {downloaded}, already there: {skipped}, being staged: {staged}, failed: {failed}.</source>
        <translation>Téléchargés : {downloaded}, déjà présents : {skipped}, en cours de préparation : {staged}, en échec : {failed}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="98"/>
        <source>No Copernicus DEM tile covers this area ({count} cells not found). Check the DEM address.</source>
        <translation>Aucune tuile du MNT Copernicus ne couvre cette zone ({count} cellules introuvables). Vérifiez l'adresse du MNT.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="125"/>
        <source>The Copernicus DEM server answered HTTP {status} for {tile}. Try again later.</source>
        <translation>Le serveur du MNT Copernicus a répondu HTTP {status} pour {tile}. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="133"/>
        <source>The Copernicus DEM tile {tile} could not be downloaded ({reason}). Check the network.</source>
        <translation>La tuile {tile} du MNT Copernicus n'a pas pu être téléchargée ({reason}). Vérifiez le réseau.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="151"/>
        <source>The DEM tile {tile} arrived incomplete. Try again.</source>
        <translation>La tuile {tile} du MNT est arrivée incomplète. Réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="159"/>
        <source>The DEM download was cancelled.</source>
        <translation>Le téléchargement du MNT a été annulé.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/dem_fetch.py" line="192"/>
        <source>The DEM tiles in {folder} cannot be read ({reason}). Delete them and try again.</source>
        <translation>Les tuiles du MNT dans {folder} sont illisibles ({reason}). Supprimez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="183"/>
        <source>GEODES refused the search (HTTP {status}).</source>
        <translation>GEODES a refusé la recherche (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/client.py" line="192"/>
        <source>GEODES did not answer the search ({trouble}): try again later, or check the network and proxy settings.</source>
        <translation>GEODES n'a pas répondu à la recherche ({trouble}) : réessayez plus tard, ou vérifiez le réseau et les paramètres du proxy.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/http.py" line="110"/>
        <source>Downloading from GEODES needs an API key: create one on geodes-portal.cnes.fr (user profile, generate API key) and enter it in the plugin settings.</source>
        <translation>Le téléchargement depuis GEODES nécessite une clé d'API : créez-en une sur geodes-portal.cnes.fr (profil utilisateur, générer une clé d'API) et saisissez-la dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="36"/>
        <source>The server does not support partial downloads.</source>
        <translation>Le serveur ne prend pas en charge les téléchargements partiels.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="77"/>
        <source>The product zip lacks: {members}. It cannot be used for this step.</source>
        <translation>Il manque au zip du produit : {members}. Il ne peut pas être utilisé pour cette étape.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="177"/>
        <source>The file at {url} is not a readable zip ({reason}). Try again later.</source>
        <translation>Le fichier à l'adresse {url} n'est pas un zip lisible ({reason}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="186"/>
        <source>{member} arrived damaged ({reason}). Download the product again.</source>
        <translation>{member} est arrivé endommagé ({reason}). Téléchargez de nouveau le produit.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/archive.py" line="49"/>
        <source>The zip holds an unsafe file name ({member}); it was not extracted.</source>
        <translation>Le zip contient un nom de fichier dangereux ({member}) ; il n'a pas été extrait.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/remote_zip.py" line="195"/>
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
        <location filename="../snow_plugin/core/geodes/range_file.py" line="215"/>
        <source>The connection to the server failed ({reason}). Check the network and try again.</source>
        <translation>La connexion au serveur a échoué ({reason}). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="219"/>
        <source>The connection closed before all the data arrived. Try again.</source>
        <translation>La connexion a été fermée avant la réception de toutes les données. Réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/quicklooks.py" line="28"/>
        <source>The quicklook of {name} could not be downloaded ({reason}).</source>
        <translation>L'aperçu de {name} n'a pas pu être téléchargé ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/zip_transfer.py" line="102"/>
        <source>the server could not be reached</source>
        <translation>le serveur n'a pas pu être joint</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="286"/>
        <source>The DEM has no elevation for {percent} % of the product: those pixels never get pass-2 snow.</source>
        <translation>Le MNT n'a pas d'altitude pour {percent} % du produit : ces pixels ne reçoivent jamais de neige de la passe 2.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="38"/>
        <source>The API key is empty.</source>
        <translation>La clé d'API est vide.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="54"/>
        <source>The API key could not be stored in the QGIS authentication database: check that its master password is set (Settings &gt; Options &gt; Authentication).</source>
        <translation>La clé d'API n'a pas pu être enregistrée dans la base de données d'authentification de QGIS : vérifiez que son mot de passe principal est défini (Préférences &gt; Options &gt; Authentification).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="113"/>
        <source>The API key could not be removed from the QGIS authentication database.</source>
        <translation>La clé d'API n'a pas pu être supprimée de la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/toolbelt/credentials.py" line="125"/>
        <source>The QGIS authentication database is not available ({reason}).</source>
        <translation>La base de données d'authentification de QGIS n'est pas disponible ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/settings_dialog.py" line="79"/>
        <source>Searching needs no key; downloading does. To get one, log in to &lt;a href=&quot;{url}&quot;&gt;geodes-portal.cnes.fr&lt;/a&gt;, open your user profile and generate an API key, then paste it here. It is stored encrypted in the QGIS authentication database (protected by its master password).</source>
        <translation>La recherche ne nécessite pas de clé ; le téléchargement, si. Pour en obtenir une, connectez-vous sur &lt;a href=&quot;{url}&quot;&gt;geodes-portal.cnes.fr&lt;/a&gt;, ouvrez votre profil utilisateur et générez une clé d'API, puis collez-la ici. Elle est stockée chiffrée dans la base de données d'authentification de QGIS (protégée par son mot de passe principal).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="31"/>
        <source>Cannot read {path}: it is not a raster GDAL can open.</source>
        <translation>Impossible de lire {path} : ce n'est pas un raster que GDAL sait ouvrir.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="34"/>
        <source>{path} has no coordinate reference system: assign one, then try again.</source>
        <translation>{path} n'a pas de système de coordonnées de référence : attribuez-lui-en un, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/ancillary.py" line="37"/>
        <source>{path} does not cover the product: choose a file that overlaps it.</source>
        <translation>{path} ne couvre pas le produit : choisissez un fichier qui le recouvre.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/range_file.py" line="223"/>
        <source>The server did not send the requested byte range. Try again later.</source>
        <translation>Le serveur n'a pas envoyé la plage d'octets demandée. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/quicklooks.py" line="33"/>
        <source>The server sent something other than an image as the quicklook of {name}.</source>
        <translation>Le serveur a envoyé autre chose qu'une image comme aperçu de {name}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/geodes/download.py" line="150"/>
        <source>{name} could not be written to {folder} ({reason}).</source>
        <translation>{name} n'a pas pu être écrit dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/plugin.py" line="45"/>
        <source>Snow summary of a result…</source>
        <translation>Résumé d'enneigement d'un résultat…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="47"/>
        <source>No elevation band: the detection ran without a DEM.</source>
        <translation>Aucune bande d'altitude : la détection a été lancée sans MNT.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="73"/>
        <source>snowline zs = {elevation} m</source>
        <translation>limite d'enneigement zs = {elevation} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="121"/>
        <source>Snow fraction of the clear pixels (%)</source>
        <translation>Fraction enneigée des pixels non nuageux (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="125"/>
        <source>Elevation (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="34"/>
        <source>Snow summary – {product}</source>
        <translation>Résumé d'enneigement – {product}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="76"/>
        <source>not found: pass 2 was skipped, the result is less reliable</source>
        <translation>non trouvée : la passe 2 n'a pas été appliquée, le résultat est moins fiable</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="80"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="83"/>
        <source>Snowline elevation zs</source>
        <translation>Altitude de la limite d'enneigement zs</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="162"/>
        <source>Fog rescued (counted as cloud)</source>
        <translation>Brouillard récupéré (compté comme nuage)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="90"/>
        <source>Snow area</source>
        <translation>Surface enneigée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="98"/>
        <source>Percentages are of the valid pixels (not no data nor water).</source>
        <translation>Les pourcentages portent sur les pixels valides (ni sans données, ni eau).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="107"/>
        <source>From (m)</source>
        <translation>De (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="107"/>
        <source>To (m)</source>
        <translation>À (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="107"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="130"/>
        <source>Export chart as PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="131"/>
        <source>Open the CSV</source>
        <translation>Ouvrir le CSV</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="136"/>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="154"/>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="154"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="156"/>
        <source>Could not write {path}: check the folder permissions.</source>
        <translation>Impossible d'écrire {path} : vérifiez les droits sur le dossier.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="207"/>
        <source>Snow summary</source>
        <translation>Résumé d'enneigement</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="228"/>
        <source>Snow summary of a result</source>
        <translation>Résumé d'enneigement d'un résultat</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="228"/>
        <source>Snow summaries (*_SNOW.json);;JSON files (*.json)</source>
        <translation>Résumés d'enneigement (*_SNOW.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="142"/>
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
        <location filename="../snow_plugin/gui/summary_dialog.py" line="107"/>
        <source>Clear</source>
        <translation>Non nuageux</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="107"/>
        <source>Snow (%)</source>
        <translation>Neige (%)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="111"/>
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
        <location filename="../snow_plugin/plugin.py" line="41"/>
        <source>Make the offline sample scene…</source>
        <translation>Créer la scène d'exemple hors ligne…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="34"/>
        <source>Make the offline sample scene (workshops)</source>
        <translation>Créer la scène d'exemple hors ligne (ateliers)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="37"/>
        <source>Makes a synthetic Sentinel-2 L2A product in the genuine Theia (MUSCATE) format, with no download: mountains and valleys, a patchy snowline, forests, lakes, clouds with real cloud-mask codes and their shadows, a high cirrus, valley fog partly missed by the cloud mask, a no-data edge. A DEM comes with it, on another grid, as users&apos; DEMs do.</source>
        <translation>Crée un produit Sentinel-2 L2A synthétique au format Theia (MUSCATE) authentique, sans aucun téléchargement : montagnes et vallées, limite d'enneigement irrégulière, forêts, lacs, nuages avec les vrais codes du masque de nuages et leurs ombres, un cirrus d'altitude, du brouillard de vallée en partie manqué par le masque de nuages, une bordure sans donnée. Un MNT l'accompagne, sur une autre grille, comme les MNT des utilisateurs.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="37"/>
        <source>Exercise: run &apos;Detect snow&apos; on the product with the DEM, then again with the fog rescue; compare both classifications with the truth raster (0 no snow, 100 snow, 205 cloud or fog, 255 no data) and look at the false-colour composite (SWIR, red, green: snow is cyan, clouds and fog white).</source>
        <translation>Exercice : lancez « Détecter la neige » sur le produit avec le MNT, puis de nouveau avec le rattrapage du brouillard ; comparez les deux classifications avec le raster de vérité (0 pas de neige, 100 neige, 205 nuage ou brouillard, 255 pas de donnée) et observez la composition en fausses couleurs (SWIR, rouge, vert : la neige apparaît en cyan, les nuages et le brouillard en blanc).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="37"/>
        <source>The same size and seed always give the same scene, so a class can share results.</source>
        <translation>La même taille et la même graine donnent toujours la même scène : une classe peut ainsi comparer ses résultats.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="44"/>
        <source>Size (20 m pixels per side)</source>
        <translation>Taille (pixels de 20 m par côté)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="46"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="48"/>
        <source>L2A product folder</source>
        <translation>Dossier du produit L2A</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="65"/>
        <source>Truth (what the scene really shows)</source>
        <translation>Vérité (ce que montre réellement la scène)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="57"/>
        <source>Making a {size} x {size} pixel scene in {folder}…</source>
        <translation>Création d'une scène de {size} x {size} pixels dans {folder}…</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/sample_scene.py" line="62"/>
        <source>Could not write the sample scene in {folder} ({error}).</source>
        <translation>Impossible d'écrire la scène d'exemple dans {folder} ({error}).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/search_dock.py" line="315"/>
        <source>Load the downloaded snow product</source>
        <translation>Charger le produit neige téléchargé</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="42"/>
        <source>Load a Theia Snow product (styled)</source>
        <translation>Charger un produit Theia Snow (mis en forme)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="45"/>
        <source>Loads a Theia Snow product downloaded from GEODES — its folder, its zip (read in place) or one of its rasters — with the official palettes: no snow grey, snow cyan, cloud white, no data transparent; the fractional snow cover in classes of 20 %.</source>
        <translation>Charge un produit Theia Snow téléchargé depuis GEODES — son dossier, son zip (lu sur place) ou l'un de ses rasters — avec les palettes officielles : pas de neige en gris, neige en cyan, nuage en blanc, pas de donnée transparent ; la fraction enneigée par classes de 20 %.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="45"/>
        <source>Both generations are read: the L2B-SNOW products of Let-It-Snow 1.6 and older (*_SNW_R2.tif, 254 is no data) and the FSC products of Let-It-Snow 1.7 and newer (LIS_S2-SNOW-FSC_*.tif, with their quality flags and top-of-canopy FSC).</source>
        <translation>Les deux générations sont lues : les produits L2B-SNOW de Let-It-Snow 1.6 et antérieurs (*_SNW_R2.tif, 254 signifie pas de donnée) et les produits FSC de Let-It-Snow 1.7 et ultérieurs (LIS_S2-SNOW-FSC_*.tif, avec leurs indicateurs de qualité et la fraction enneigée au sommet de la canopée).</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="51"/>
        <source>Theia Snow product (folder, zip or raster)</source>
        <translation>Produit Theia Snow (dossier, zip ou raster)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="51"/>
        <source>Zip archives or rasters (*.zip *.ZIP *.tif *.TIF);;All files (*)</source>
        <translation>Archives zip ou rasters (*.zip *.ZIP *.tif *.TIF);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="55"/>
        <source>Rasters loaded (separated by ;)</source>
        <translation>Rasters chargés (séparés par ;)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="56"/>
        <source>Number of rasters</source>
        <translation>Nombre de rasters</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/load_snow_product.py" line="68"/>
        <source>{name}: {file}</source>
        <translation>{name} : {file}</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/snow_product.py" line="48"/>
        <source>No Theia Snow raster (*_SNW_R2.tif or LIS_S2-SNOW-FSC_*.tif) was found in {path}.</source>
        <translation>Aucun raster Theia Snow (*_SNW_R2.tif ou LIS_S2-SNOW-FSC_*.tif) n'a été trouvé dans {path}.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="100"/>
        <source>Flat-topped fog banks found by the rescue on the DEM: how many, the top elevation of the largest and their total area.</source>
        <translation>Bancs de brouillard à sommet plat trouvés par le rattrapage sur le MNT : leur nombre, l'altitude du sommet du plus grand et leur surface totale.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="165"/>
        <source>Valley fog</source>
        <translation>Brouillard de vallée</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="166"/>
        <source>Rescue: valley fog turned to cloud</source>
        <translation>Rattrapage : brouillard de vallée passé en nuage</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="169"/>
        <source>Rescue: cloud or fog of the spectral test</source>
        <translation>Rattrapage : nuage ou brouillard du test spectral</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="179"/>
        <source>not looked for (no DEM)</source>
        <translation>non recherché (pas de MNT)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="180"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="187"/>
        <source>1 bank, top at {top} m, {area} km²</source>
        <translation>1 banc, sommet à {top} m, {area} km²</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/summary_dialog.py" line="188"/>
        <source>{count} banks, top of the largest at {top} m, {area} km² in all</source>
        <translation>{count} bancs, sommet du plus grand à {top} m, {area} km² en tout</translation>
    </message>
    <message>
        <location filename="../snow_plugin/gui/elevation_chart.py" line="90"/>
        <source>fog top {elevation} m</source>
        <translation>sommet du brouillard {elevation} m</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="67"/>
        <source>Fog rescue, spectral test: NDSI above (spares bright rock and soil)</source>
        <translation>Rattrapage du brouillard, test spectral : NDSI supérieur à (épargne la roche et le sol clairs)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="68"/>
        <source>Fog rescue, spectral test: 2.2 µm (B12) reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard, test spectral : réflectance à 2,2 µm (B12) supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="69"/>
        <source>Fog rescue, spectral test above the snowline: SWIR reflectance above (milli-reflectance)</source>
        <translation>Rattrapage du brouillard, test spectral au-dessus de la limite d'enneigement : réflectance SWIR supérieure à (milli-réflectance)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="70"/>
        <source>Valley fog: largest spread of the elevations along a bank&apos;s rim (m)</source>
        <translation>Brouillard de vallée : dispersion maximale des altitudes le long du bord d'un banc (m)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="71"/>
        <source>Valley fog: smallest bank (km²)</source>
        <translation>Brouillard de vallée : plus petit banc (km²)</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
        <source>Fog rescue (off by default, to keep the Let-It-Snow results): the L2A cloud mask misses some fog and cloud, which then passes for snow or bare ground. Among the pixels that are bright in the red and at 1.6 µm with a low NDSI (never pass-1 snow), the rescue turns to cloud those passing its spectral test (NDSI above a small minimum, which spares bright rock, and bright at 2.2 µm, band B12, where snow is dark; above the snowline a brighter 1.6 µm reflectance is required) and, with a DEM, the valley-fog banks, recognised by their flat top: connected regions whose rim elevations cluster tightly and that lie below that top in concave terrain. Without B12 only valley fog is looked for; without a DEM only the spectral test runs.</source>
        <translation>Rattrapage du brouillard (désactivé par défaut, pour conserver les résultats de Let-It-Snow) : le masque de nuages L2A manque une partie du brouillard et des nuages, qui passent alors pour de la neige ou du sol nu. Parmi les pixels brillants dans le rouge et à 1,6 µm et de NDSI faible (jamais de la neige de la passe 1), le rattrapage classe en nuage ceux qui passent son test spectral (NDSI au-dessus d'un petit minimum, ce qui épargne la roche claire, et brillant à 2,2 µm, bande B12, où la neige est sombre ; au-dessus de la limite d'enneigement, une réflectance à 1,6 µm plus forte est exigée) et, avec un MNT, les bancs de brouillard de vallée, reconnus à leur sommet plat : des régions connexes dont les altitudes du bord se resserrent autour d'une valeur et qui s'étendent sous ce sommet, dans un relief en creux. Sans B12, seul le brouillard de vallée est recherché ; sans MNT, seul le test spectral s'applique.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/detect_snow.py" line="96"/>
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
        <location filename="../snow_plugin/core/pipeline.py" line="177"/>
        <source>Valley fog is recognised by its flat top on a DEM: without a DEM only the rescue&apos;s spectral test runs.</source>
        <translation>Le brouillard de vallée se reconnaît à son sommet plat sur un MNT : sans MNT, seul le test spectral du rattrapage s'applique.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="179"/>
        <source>The product has no B12 band (2.2 µm): the rescue's spectral test is skipped; only valley fog is looked for.</source>
        <translation>Le produit n'a pas de bande B12 (2,2 µm) : le test spectral du rattrapage est sauté ; seul le brouillard de vallée est recherché.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="245"/>
        <source>The DEM is flat over the product: valley fog cannot be recognised by its flat top.</source>
        <translation>Le MNT est plat sur le produit : le brouillard de vallée ne peut pas être reconnu à son sommet plat.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/core/pipeline.py" line="252"/>
        <source>The DEM has no elevation under {area} km² of fog-like areas: the valley-fog test skipped them.</source>
        <translation>Le MNT n'a pas d'altitude sous {area} km² de zones semblables à du brouillard : le test du brouillard de vallée les a laissées de côté.</translation>
    </message>
    <message>
        <location filename="../snow_plugin/processing_provider/download.py" line="63"/>
        <source>Files: the whole product zip (0.5 to 1 GB, checked against its MD5), only what snow detection needs (bands B3, B4, B11, B12 when present, cloud and geophysical masks, metadata: about a tenth of the zip), or only the snow raster of a Theia Snow product. Partial downloads read the remote zip and extract the files into the destination folder.</source>
        <translation>Fichiers : le zip complet du produit (0,5 à 1 Go, vérifié avec sa somme MD5), uniquement ce qu'exige la détection de la neige (bandes B3, B4, B11, B12 si présente, masques de nuages et géophysiques, métadonnées : environ un dixième du zip), ou uniquement le raster de neige d'un produit Theia Snow. Les téléchargements partiels lisent le zip distant et extraient les fichiers dans le dossier de destination.</translation>
    </message>
</context>
</TS>
