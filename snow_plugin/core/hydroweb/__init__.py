"""hydroweb.next, Theia's second STAC service: the snow products of LIS >= 1.7
(fractional snow cover, collection ``LIS_FSC_PREOP``), searched and
downloaded with the GEODES client's session, retries and download code."""
