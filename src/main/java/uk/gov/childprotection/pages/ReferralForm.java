package uk.gov.childprotection.pages;

import java.util.ArrayList;
import java.util.List;

/** What the referral page holds while a person fills it in: the referral, and a row per child. */
public class ReferralForm {

    /** One child of the household, with the date of birth in three boxes. */
    public static class ChildRow {
        private String givenName = "";
        private String familyName = "";
        private String dobDay = "";
        private String dobMonth = "";
        private String dobYear = "";
        private String gender = "";

        public String getGivenName() { return givenName; }
        public void setGivenName(String givenName) { this.givenName = givenName; }
        public String getFamilyName() { return familyName; }
        public void setFamilyName(String familyName) { this.familyName = familyName; }
        public String getDobDay() { return dobDay; }
        public void setDobDay(String dobDay) { this.dobDay = dobDay; }
        public String getDobMonth() { return dobMonth; }
        public void setDobMonth(String dobMonth) { this.dobMonth = dobMonth; }
        public String getDobYear() { return dobYear; }
        public void setDobYear(String dobYear) { this.dobYear = dobYear; }
        public String getGender() { return gender; }
        public void setGender(String gender) { this.gender = gender; }

        UkDate dateOfBirth() {
            return new UkDate(dobDay, dobMonth, dobYear);
        }
    }

    private List<ChildRow> children = new ArrayList<>(List.of(new ChildRow()));
    private String referralDay = "";
    private String referralMonth = "";
    private String referralYear = "";
    private String referralSource = "";
    private String address = "";
    private String concerns = "";

    public List<ChildRow> getChildren() { return children; }
    public void setChildren(List<ChildRow> children) { this.children = children; }
    public String getReferralDay() { return referralDay; }
    public void setReferralDay(String referralDay) { this.referralDay = referralDay; }
    public String getReferralMonth() { return referralMonth; }
    public void setReferralMonth(String referralMonth) { this.referralMonth = referralMonth; }
    public String getReferralYear() { return referralYear; }
    public void setReferralYear(String referralYear) { this.referralYear = referralYear; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String referralSource) { this.referralSource = referralSource; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }

    UkDate referralDate() {
        return new UkDate(referralDay, referralMonth, referralYear);
    }
}
