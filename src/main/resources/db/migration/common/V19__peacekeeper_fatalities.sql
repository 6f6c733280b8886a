-- Peacekeeper fatalities from the UN's published record (issue 17): each mission keeps its own rows, once per
-- casualty id, so that importing the whole record again stores nothing new.
CREATE TABLE peacekeeper_fatality (
    mission_id       VARCHAR(40)  NOT NULL REFERENCES mission (id),
    casualty_id      VARCHAR(60)  NOT NULL,
    incident_date    DATE         NOT NULL,
    mission_acronym  VARCHAR(100) NOT NULL,
    type_of_casualty VARCHAR(100),
    gender           VARCHAR(100),
    nationality      VARCHAR(100),
    personnel_type   VARCHAR(100),
    type_of_incident VARCHAR(100) NOT NULL,
    isocode3         VARCHAR(100),
    last_update      DATE,
    PRIMARY KEY (mission_id, casualty_id)
);
CREATE INDEX peacekeeper_fatality_day ON peacekeeper_fatality (mission_id, incident_date);
