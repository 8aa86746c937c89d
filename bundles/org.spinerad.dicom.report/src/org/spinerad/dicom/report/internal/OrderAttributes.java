package org.spinerad.dicom.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spinerad.dicom.DataSet;
import org.spinerad.dicom.DicomValueException;
import org.spinerad.dicom.Tag;

/**
 * What an instance says about the order behind its study: the clinical
 * indication and the priority. Modalities copy them from the worklist either
 * at the top level or in the Request Attributes Sequence (0040,0275), one item
 * per requested procedure.
 */
final class OrderAttributes {

	/** The top-level attributes read here (kept by the scanner). */
	static final int[] TAGS = { Tag.ReasonForTheRequestedProcedure, Tag.ReasonForStudy, Tag.ReasonForVisit,
			Tag.AdmittingDiagnosesDescription, Tag.RequestedProcedurePriority, Tag.StudyPriorityID,
			Tag.RequestAttributesSequence };

	private OrderAttributes() {
	}

	/**
	 * @return the clinical indication: the reasons for the requested procedure
	 *         (top level, then each requested procedure), the reason for study
	 *         and for the visit, then the admitting diagnoses; each once, joined
	 *         by "; "; null when the instance has none
	 */
	static String indication(DataSet ds) {
		Map<String, String> parts = new LinkedHashMap<>(); // by lower case: the same words only once
		add(parts, text(ds, Tag.ReasonForTheRequestedProcedure));
		for (DataSet item : items(ds)) {
			add(parts, text(item, Tag.ReasonForTheRequestedProcedure));
		}
		add(parts, text(ds, Tag.ReasonForStudy));
		add(parts, text(ds, Tag.ReasonForVisit));
		for (String diagnosis : texts(ds, Tag.AdmittingDiagnosesDescription)) {
			add(parts, diagnosis);
		}
		return parts.isEmpty() ? null : String.join("; ", parts.values());
	}

	/**
	 * @return the priority code as written: Requested Procedure Priority (top
	 *         level, then the first requested procedure that has one), else the
	 *         retired Study Priority ID; upper case; null when none
	 */
	static String priority(DataSet ds) {
		String code = text(ds, Tag.RequestedProcedurePriority);
		for (DataSet item : items(ds)) {
			if (code == null) {
				code = text(item, Tag.RequestedProcedurePriority);
			}
		}
		if (code == null) {
			code = text(ds, Tag.StudyPriorityID);
		}
		return code == null ? null : code.toUpperCase(Locale.ROOT);
	}

	private static void add(Map<String, String> parts, String text) {
		if (text != null) {
			parts.putIfAbsent(text.toLowerCase(Locale.ROOT), text);
		}
	}

	private static List<DataSet> items(DataSet ds) {
		try {
			return ds.getSequence(Tag.RequestAttributesSequence);
		} catch (RuntimeException e) { // not a sequence in a malformed file: no order attributes
			return List.of();
		}
	}

	/** @return the text of an element, null when absent, blank or not text (a malformed value is no reason to refuse the study) */
	private static String text(DataSet ds, int tag) {
		List<String> values = texts(ds, tag);
		return values.isEmpty() ? null : values.get(0);
	}

	private static List<String> texts(DataSet ds, int tag) {
		List<String> values = new ArrayList<>();
		try {
			for (String value : ds.getStrings(tag)) {
				String v = value.strip();
				if (!v.isEmpty()) {
					values.add(v);
				}
			}
		} catch (DicomValueException e) {
			return List.of();
		}
		return values;
	}
}
