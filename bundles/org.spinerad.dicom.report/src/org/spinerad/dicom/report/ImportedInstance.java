package org.spinerad.dicom.report;

/**
 * One instance of an imported series, as the SR refers to it.
 *
 * @param sopClassUid    SOP Class UID
 * @param sopInstanceUid SOP Instance UID
 */
public record ImportedInstance(String sopClassUid, String sopInstanceUid) {
}
