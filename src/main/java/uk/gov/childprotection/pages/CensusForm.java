package uk.gov.childprotection.pages;

import java.util.ArrayList;
import java.util.List;

/** What the census page holds while a person fills it in: codes as chosen, each date in three boxes. */
public class CensusForm {

    private String upn = "";
    private String upnUnknown = "";
    private String ethnicity = "";
    private List<String> disabilities = new ArrayList<>();
    private String deathDay = "";
    private String deathMonth = "";
    private String deathYear = "";
    private String referralSource = "";
    private String primaryNeed = "";
    private String startDay = "";
    private String startMonth = "";
    private String startYear = "";
    private String authorisedDay = "";
    private String authorisedMonth = "";
    private String authorisedYear = "";
    private List<String> assessmentFactors = new ArrayList<>();

    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getUpnUnknown() { return upnUnknown; }
    public void setUpnUnknown(String upnUnknown) { this.upnUnknown = upnUnknown; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public List<String> getDisabilities() { return disabilities; }
    public void setDisabilities(List<String> disabilities) { this.disabilities = disabilities; }
    public String getDeathDay() { return deathDay; }
    public void setDeathDay(String deathDay) { this.deathDay = deathDay; }
    public String getDeathMonth() { return deathMonth; }
    public void setDeathMonth(String deathMonth) { this.deathMonth = deathMonth; }
    public String getDeathYear() { return deathYear; }
    public void setDeathYear(String deathYear) { this.deathYear = deathYear; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String referralSource) { this.referralSource = referralSource; }
    public String getPrimaryNeed() { return primaryNeed; }
    public void setPrimaryNeed(String primaryNeed) { this.primaryNeed = primaryNeed; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getStartMonth() { return startMonth; }
    public void setStartMonth(String startMonth) { this.startMonth = startMonth; }
    public String getStartYear() { return startYear; }
    public void setStartYear(String startYear) { this.startYear = startYear; }
    public String getAuthorisedDay() { return authorisedDay; }
    public void setAuthorisedDay(String authorisedDay) { this.authorisedDay = authorisedDay; }
    public String getAuthorisedMonth() { return authorisedMonth; }
    public void setAuthorisedMonth(String authorisedMonth) { this.authorisedMonth = authorisedMonth; }
    public String getAuthorisedYear() { return authorisedYear; }
    public void setAuthorisedYear(String authorisedYear) { this.authorisedYear = authorisedYear; }
    public List<String> getAssessmentFactors() { return assessmentFactors; }
    public void setAssessmentFactors(List<String> assessmentFactors) { this.assessmentFactors = assessmentFactors; }

    UkDate dateOfDeath() {
        return new UkDate(deathDay, deathMonth, deathYear);
    }

    UkDate assessmentStart() {
        return new UkDate(startDay, startMonth, startYear);
    }

    UkDate assessmentAuthorised() {
        return new UkDate(authorisedDay, authorisedMonth, authorisedYear);
    }
}
