package org.spinerad.dicom.report;

/**
 * A series found by a QIDO-RS series search.
 *
 * @param seriesInstanceUid Series Instance UID
 * @param modality          Modality
 * @param seriesNumber      Series Number, or null
 * @param description       Series Description, or null
 */
public record SeriesSummary(String seriesInstanceUid, String modality, Integer seriesNumber, String description) {
}
