-- The layers of a mission's base map (its pack's geography/*.geojson, issue 16): rivers, lakes, roads,
-- regions, drawn under the data so that maps need no tile server. Kept as the pack gave them so that
-- an exported pack carries them unchanged.
CREATE TABLE mission_geography (
    mission_id VARCHAR(40) NOT NULL REFERENCES mission (id),
    name       VARCHAR(40) NOT NULL,
    geojson    TEXT        NOT NULL,
    features   INTEGER     NOT NULL,
    PRIMARY KEY (mission_id, name)
);
