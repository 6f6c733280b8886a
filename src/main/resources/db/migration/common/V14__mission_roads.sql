-- How fast the force moves by road in a mission's area (issue 15), from the pack's
-- mission.json: the posture planner starts from the mission's own judgement, not Mali's.
-- NULL: the planner's default.
ALTER TABLE mission ADD COLUMN road_convoy_kmh DOUBLE PRECISION;
ALTER TABLE mission ADD COLUMN road_detour_factor DOUBLE PRECISION;
ALTER TABLE mission ADD COLUMN road_remoteness_hours DOUBLE PRECISION;
ALTER TABLE mission ADD COLUMN road_source VARCHAR(500);
