-- The mission a person last chose in the pages' selector (issue 15): remembered per account, on any browser.
CREATE TABLE account_mission_choice (
    username   VARCHAR(60) PRIMARY KEY REFERENCES account (username),
    mission_id VARCHAR(40) NOT NULL
);
