-- Cell attributes belong to a mission (issue 15): whether a cell's centre is in the host
-- country, its region, second-level area and population are the mission's view of the cell,
-- so that two missions sharing a border cell (Mali and Burkina Faso, say) keep their own.
-- grid_cell keeps what is the same for everyone: position and PRIO-GRID's static variables.
CREATE TABLE mission_cell (
    mission_id        VARCHAR(40) NOT NULL REFERENCES mission (id),
    gid               INTEGER NOT NULL REFERENCES grid_cell (gid),
    centre_in_country BOOLEAN NOT NULL,
    region            VARCHAR(100),
    admin2_code       VARCHAR(20),
    population        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (mission_id, gid)
);

-- Until now every mission saw every cell as stored: each keeps that view.
INSERT INTO mission_cell (mission_id, gid, centre_in_country, region, admin2_code, population)
SELECT m.id, c.gid, c.centre_in_country, c.region, c.admin2_code, c.population
FROM grid_cell c CROSS JOIN mission m;

ALTER TABLE grid_cell DROP COLUMN centre_in_country;
ALTER TABLE grid_cell DROP COLUMN region;
ALTER TABLE grid_cell DROP COLUMN admin2_code;
ALTER TABLE grid_cell DROP COLUMN population;
