-- Proposals to change a mission's strength (issue 15), from the pack's mission.json: the
-- posture planner's standard scenarios are one per proposal, no longer one mission's 2021
-- proposal written into the code.
CREATE TABLE mission_proposal (
    mission_id    VARCHAR(40) NOT NULL REFERENCES mission (id),
    position      INTEGER NOT NULL,
    name          VARCHAR(200) NOT NULL,
    added_troops  INTEGER NOT NULL,
    added_police  INTEGER NOT NULL,
    source        VARCHAR(500),
    PRIMARY KEY (mission_id, position)
);
