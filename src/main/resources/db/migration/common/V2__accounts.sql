-- Accounts for people and scripts. Roles and missions are lists from the start, so that
-- per-mission access can be enforced without a change of schema; '*' in account_mission
-- stands for every mission (system administrators).
CREATE TABLE account (
    username      VARCHAR(60) PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE account_role (
    username VARCHAR(60) NOT NULL REFERENCES account (username),
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (username, role)
);

CREATE TABLE account_mission (
    username   VARCHAR(60) NOT NULL REFERENCES account (username),
    mission_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (username, mission_id)
);
