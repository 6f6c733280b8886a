package org.bluehelmet.mission;

/**
 * A third-party data set a mission's data comes from, shown wherever that data is shown.
 *
 * @param title the data set
 * @param citation how to cite it
 * @param licence its licence or terms of use
 */
public record SourceCitation(String title, String citation, String licence) {
}
