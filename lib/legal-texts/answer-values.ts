// Answer values that code relies on across versions of the self-identification texts: the
// report counts "DECLINE" as a decline and "YES" to the Hispanic or Latino question as that
// category, so new versions must keep them (checked when an admin creates a version).
export const DECLINE_VALUE = "DECLINE";
export const HISPANIC_OR_LATINO_YES = "YES";
