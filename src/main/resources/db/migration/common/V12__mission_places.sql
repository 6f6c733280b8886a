-- A mission's named places (issue 15): the towns a planner's TOBs are named after, from the
-- mission pack's places.csv (GeoNames), instead of one country's file read by the code.
CREATE TABLE mission_place (
    mission_id   VARCHAR(40) NOT NULL REFERENCES mission (id),
    geonameid    BIGINT NOT NULL,
    name         VARCHAR(200) NOT NULL,
    feature_code VARCHAR(10),
    population   BIGINT NOT NULL DEFAULT 0,
    lon          DOUBLE PRECISION NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (mission_id, geonameid)
);
