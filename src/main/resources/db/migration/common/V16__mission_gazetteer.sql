-- A mission's gazetteer (its pack's gazetteer.csv, issue 15): other spellings of its regions and places,
-- kept so that later deployment maps resolve names as the pack did and an exported pack carries it.
CREATE TABLE mission_gazetteer (
    mission_id VARCHAR(40)   NOT NULL REFERENCES mission (id),
    position   INTEGER       NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    aliases    VARCHAR(2000) NOT NULL,
    lon        DOUBLE PRECISION,
    lat        DOUBLE PRECISION,
    PRIMARY KEY (mission_id, position)
);
