package uk.gov.childprotection.documents;

/**
 * One action of a SMART plan as a document shows it: what will be done, who will do it, by when, how everyone
 * will know it worked, and how it is going. Plain, already formatted values for the templates.
 */
public record SmartActionLine(int number, String what, String who, String byWhen, String successMeasure,
        String progress) {
}
