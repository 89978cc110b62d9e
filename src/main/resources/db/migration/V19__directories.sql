-- The agency directory the conference administrator keeps (issue 12): where each agency's copies go. A copy is
-- emailed to the secure address where there is one, and posted to the postal address where there is not.
CREATE TABLE agency_contact (
    agency        VARCHAR(40)   PRIMARY KEY,
    team_name     VARCHAR(200),
    secure_email  VARCHAR(200),
    postal_address VARCHAR(1000),
    phone         VARCHAR(40),
    updated_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMP     NOT NULL
);
