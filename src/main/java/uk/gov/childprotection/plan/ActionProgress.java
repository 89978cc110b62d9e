package uk.gov.childprotection.plan;

/** How an action of the plan is going, as the core group sees it. */
public enum ActionProgress { NOT_STARTED, ON_TRACK, OFF_TRACK, DONE }
