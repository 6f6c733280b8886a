-- The language a person chose for the pages (issue 19): remembered per account, on any browser.
CREATE TABLE account_language (
    username VARCHAR(60) PRIMARY KEY REFERENCES account (username),
    language VARCHAR(8)  NOT NULL
);
