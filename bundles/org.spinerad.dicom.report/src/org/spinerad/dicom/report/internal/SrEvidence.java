package org.spinerad.dicom.report.internal;

import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.Tag;
import org.spinerad.dicom.UIDs;
import org.spinerad.dicom.VR;
import org.spinerad.dicom.report.SrReference;
import org.spinerad.model.Addendum;
import org.spinerad.model.ImageReference;
import org.spinerad.model.Report;
import org.spinerad.model.Study;

/**
 * The references of an SR document (SR Document General module, PS3.3
 * C.17.2), each a Hierarchical SOP Instance Reference (study, Referenced
 * Series Sequence, Referenced SOP Sequence): the images of the study as
 * Current Requested Procedure Evidence Sequence and the SR it replaces as
 * Predecessor Documents Sequence; and who verified it.
 */
final class SrEvidence {

	private SrEvidence() {
	}

	/**
	 * Writes the imported instances of the study, grouped by series in import
	 * order; references without valid UIDs are left out. Nothing is written
	 * when no instance is known (the study was not imported).
	 *
	 * @return the number of instances referenced
	 */
	static int evidence(DataSet ds, String studyUid, List<ImageReference> images) {
		Map<String, List<ImageReference>> bySeries = new LinkedHashMap<>();
		for (ImageReference image : images) {
			if (valid(image.getSeriesInstanceUid()) && valid(image.getSopClassUid())
					&& valid(image.getSopInstanceUid())) {
				bySeries.computeIfAbsent(image.getSeriesInstanceUid().strip(), k -> new java.util.ArrayList<>())
						.add(image);
			}
		}
		if (bySeries.isEmpty()) {
			return 0;
		}
		DataSet study = ds.addItem(Tag.CurrentRequestedProcedureEvidenceSequence);
		study.setString(Tag.StudyInstanceUID, studyUid);
		List<DataSet> seriesItems = study.newSequence(Tag.ReferencedSeriesSequence);
		int count = 0;
		for (Map.Entry<String, List<ImageReference>> e : bySeries.entrySet()) {
			DataSet series = new DataSet(study);
			seriesItems.add(series);
			series.setString(Tag.SeriesInstanceUID, e.getKey());
			List<DataSet> sops = series.newSequence(Tag.ReferencedSOPSequence);
			for (ImageReference image : e.getValue()) {
				DataSet sop = new DataSet(series);
				sops.add(sop);
				sop.setString(Tag.ReferencedSOPClassUID, image.getSopClassUid().strip());
				sop.setString(Tag.ReferencedSOPInstanceUID, image.getSopInstanceUid().strip());
				count++;
			}
		}
		return count;
	}

	/** Writes the SR this one replaces. */
	static void predecessor(DataSet ds, SrReference predecessor) {
		DataSet study = ds.addItem(Tag.PredecessorDocumentsSequence);
		study.setString(Tag.StudyInstanceUID, predecessor.studyInstanceUid().strip());
		DataSet series = study.addItem(Tag.ReferencedSeriesSequence);
		series.setString(Tag.SeriesInstanceUID, predecessor.seriesInstanceUid().strip());
		DataSet sop = series.addItem(Tag.ReferencedSOPSequence);
		sop.setString(Tag.ReferencedSOPClassUID, predecessor.sopClassUid().strip());
		sop.setString(Tag.ReferencedSOPInstanceUID, predecessor.sopInstanceUid().strip());
	}

	/** @return why a predecessor cannot be referenced, or null when it can */
	static String invalid(SrReference predecessor) {
		if (!valid(predecessor.studyInstanceUid()) || !valid(predecessor.seriesInstanceUid())
				|| !valid(predecessor.sopClassUid()) || !valid(predecessor.sopInstanceUid())) {
			return "the earlier SR lacks a valid Study, Series, SOP Class or SOP Instance UID (" + predecessor + ")";
		}
		return null;
	}

	private static boolean valid(String uid) {
		return uid != null && UIDs.isValid(uid.strip());
	}
	/**
	 * Writes who verified the document: the signer at signing, then the author
	 * of each addendum at its time (an amended report is verified again).
	 */
	static void verifyingObservers(DataSet ds, Report report, Study study, ZoneId zone, DicomText texts) {
		// Type 1: the institution of the study, else the organization of the settings
		String organization = study.getInstitution() != null && !study.getInstitution().isBlank()
				? study.getInstitution()
				: System.getProperty(SrExporter.ORGANIZATION_PROPERTY, "Unknown organization");
		observer(ds, texts, report.getSigner(), organization, report.getSignedAt(), zone);
		for (Addendum addendum : report.getAddenda()) {
			if (addendum.getAuthor() != null && !addendum.getAuthor().isBlank() && addendum.getCreatedAt() != null) {
				observer(ds, texts, addendum.getAuthor(), organization, addendum.getCreatedAt(), zone);
			}
		}
	}

	private static void observer(DataSet ds, DicomText texts, String name, String organization, Date at,
			ZoneId zone) {
		DataSet observer = ds.addItem(Tag.VerifyingObserverSequence);
		texts.personName(observer, Tag.VerifyingObserverName, name);
		observer.setEmpty(Tag.VerifyingObserverIdentificationCodeSequence, VR.SQ);
		texts.set(observer, Tag.VerifyingOrganization, VR.LO, organization, 64);
		observer.setDateTime(Tag.VerificationDateTime, at.toInstant().atZone(zone).toOffsetDateTime());
	}
}
