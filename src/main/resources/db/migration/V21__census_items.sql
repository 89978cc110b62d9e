-- The Children in Need census items the lifecycle did not hold (issue 13), in the DfE's own codes
-- (census.CensusCodes). A child's own items once per child; an episode's (the referral source, the primary need,
-- the assessment) once per case.
CREATE TABLE census_child (
    child_id BIGINT PRIMARY KEY REFERENCES child (id),
    upn VARCHAR(13),
    upn_unknown VARCHAR(4),
    ethnicity VARCHAR(4),
    disabilities VARCHAR(200),
    date_of_death DATE,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);

CREATE TABLE census_episode (
    case_id BIGINT PRIMARY KEY REFERENCES cp_case (id),
    referral_source VARCHAR(3),
    primary_need VARCHAR(2),
    assessment_start DATE,
    assessment_authorised DATE,
    assessment_factors VARCHAR(400),
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
