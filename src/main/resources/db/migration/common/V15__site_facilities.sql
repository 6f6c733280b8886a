-- What a site offers casualty evacuation from a month on (issue 15): its medical level,
-- what aircraft can land and how many evacuation helicopters are based there, with the
-- source a planner can check. A site without a row keeps the planning assumption made
-- from Geo-PKO's unit types (site.medical_level, site.air_facility).
CREATE TABLE site_facility (
    site_id        BIGINT       NOT NULL REFERENCES site (id),
    from_month     DATE         NOT NULL,
    medical_level  VARCHAR(20)  NOT NULL,
    air_facility   VARCHAR(20)  NOT NULL,
    helicopters    INTEGER,
    source         VARCHAR(500) NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (site_id, from_month)
);
