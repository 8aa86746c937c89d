package org.spinerad.dicom.report.internal;

import org.spinerad.model.SpineSegment;

/**
 * Every code the SR export writes. Document title, headings and report
 * elements come from TID 2000 and its context groups in PS3.16 (CID 7000,
 * 7001, 7002, 29, 5000); observation context codes from TID 1002/1003; the
 * target regions are RadLex codes verified in the domain guide
 * (spine-contrast-mri.md section 8). Nothing else is coded: findings and
 * impressions are text.
 */
public final class Codes {

	private Codes() {
	}

	/** A coded concept: (value, scheme, meaning). */
	public record Code(String value, String scheme, String meaning) {
		@Override
		public String toString() {
			return "(" + value + ", " + scheme + ", \"" + meaning + "\")";
		}
	}

	/** CID 7000 document title. */
	public static final Code DIAGNOSTIC_IMAGING_REPORT = new Code("18748-4", "LN", "Diagnostic Imaging Report");
	/** TID 2000 row 3. */
	public static final Code ACQUISITION_DEVICE_TYPE = new Code("122142", "DCM", "Acquisition Device Type");
	/** CID 29 value for MR. */
	public static final Code MAGNETIC_RESONANCE = new Code("MR", "DCM", "Magnetic Resonance");
	/** TID 2000 row 4. */
	public static final Code TARGET_REGION = new Code("123014", "DCM", "Target Region");
	/** TID 1204. */
	public static final Code LANGUAGE_OF_CONTENT = new Code("121049", "DCM",
			"Language of Content Item and Descendants");
	/** CID 5000 value (RFC 5646 language tag). */
	public static final Code ENGLISH = new Code("en", "RFC5646", "English");
	/** TID 1002. */
	public static final Code OBSERVER_TYPE = new Code("121005", "DCM", "Observer Type");
	/** CID 270 value. */
	public static final Code PERSON = new Code("121006", "DCM", "Person");
	/** TID 1003. */
	public static final Code PERSON_OBSERVER_NAME = new Code("121008", "DCM", "Person Observer Name");

	/** CID 7001 heading (and CID 7002 element). */
	public static final Code HISTORY = new Code("11329-0", "LN", "History");
	/** CID 7001 heading. */
	public static final Code CURRENT_PROCEDURE_DESCRIPTIONS = new Code("55111-9", "LN",
			"Current Procedure Descriptions");
	/** CID 7001 heading. */
	public static final Code FINDINGS = new Code("59776-5", "LN", "Findings");
	/** CID 7001 heading. */
	public static final Code IMPRESSIONS = new Code("19005-8", "LN", "Impressions");
	/** CID 7001 heading. */
	public static final Code RECOMMENDATIONS = new Code("18783-1", "LN", "Recommendations");
	/** CID 7002 element. */
	public static final Code PROCEDURE_DESCRIPTION = new Code("121065", "DCM", "Procedure Description");
	/** CID 7002 element. */
	public static final Code FINDING = new Code("121071", "DCM", "Finding");
	/** CID 7002 element. */
	public static final Code IMPRESSION = new Code("121073", "DCM", "Impression");
	/** CID 7002 element. */
	public static final Code RECOMMENDATION = new Code("121075", "DCM", "Recommendation");

	/** (55107-7, LN, "Addendum"), CID 7001 heading; also the concept of each addendum's text. */
	public static final Code ADDENDUM = new Code("55107-7", "LN", "Addendum");

	/** RadLex (domain guide 8): spine. */
	public static final Code SPINE = new Code("RID7741", "RADLEX", "Spine");
	/** RadLex (domain guide 8): cervical vertebral column. */
	public static final Code CERVICAL_SPINE = new Code("RID34571", "RADLEX", "Cervical vertebral column");
	/** RadLex (domain guide 8): thoracic spine region. */
	public static final Code THORACIC_SPINE = new Code("RID28677", "RADLEX", "Thoracic spine region");
	/** RadLex (domain guide 8): lumbar vertebral column. */
	public static final Code LUMBAR_SPINE = new Code("RID34573", "RADLEX", "Lumbar vertebral column");
	/** RadLex (domain guide 8): sacrum. */
	public static final Code SACRUM = new Code("RID2509", "RADLEX", "Sacrum");

	/**
	 * @return the target region of an exam's region: the segment's code, or
	 *         Spine for the junction regions and the whole spine (an exam of a
	 *         junction covers more than the junction itself)
	 */
	public static Code targetRegion(SpineSegment segment) {
		return switch (segment) {
		case CERVICAL -> CERVICAL_SPINE;
		case THORACIC -> THORACIC_SPINE;
		case LUMBAR -> LUMBAR_SPINE;
		case SACRAL -> SACRUM;
		default -> SPINE;
		};
	}
}
