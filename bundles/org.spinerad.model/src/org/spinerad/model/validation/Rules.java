package org.spinerad.model.validation;

/** Codes of the validation rules; each message names its rule. */
public final class Rules {

	private Rules() {
	}

	/** The source of our diagnostics. */
	public static final String SOURCE = "org.spinerad.model";

	public static final String LEVEL_MISSING = "level.missing";
	public static final String LEVEL_RANGE_ORDER = "level.range-order";
	/** The level does not fit the kind of finding: a disc finding at a vertebra, a marrow finding at a disc. */
	public static final String LEVEL_KIND = "level.kind";
	public static final String LEVEL_OUTSIDE_EXAM = "level.outside-exam";
	public static final String LEVEL_NAMING = "level.naming";
	/** S1-S2 is used while the exam does not record a lumbarized S1. */
	public static final String LEVEL_TRANSITIONAL_DISC = "level.transitional-disc";
	/** A nerve root that names no spinal nerve. */
	public static final String NERVE_ROOT = "finding.nerve-root";
	/** A structured normal range of a region covers one of its findings. */
	public static final String REGION_NORMAL_RANGE_OVERLAP = "region.normal-range-overlap";
	/** The neurological status contradicts the neurological deficit flag. */
	public static final String NEUROLOGICAL_STATUS = "clinical.neurological-status";
	/** A communication is recorded as required but not done yet. */
	public static final String COMMUNICATION_PENDING = "critical.pending";
	public static final String MEASUREMENT_POSITIVE = "measurement.positive";
	public static final String MEASUREMENT_PLAUSIBLE = "measurement.plausible";
	public static final String PERCENT_RANGE = "value.percent";
	public static final String GRADE_RANGE = "value.grade";
	public static final String ENHANCEMENT_ABSENT_DETAILS = "enhancement.absent-details";
	public static final String ENHANCEMENT_RIM_CENTER = "enhancement.rim-center";
	public static final String CONTRAST_INCOMPLETE = "contrast.incomplete";
	public static final String CONTRAST_DOSE = "contrast.dose-arithmetic";
	public static final String CONTRAST_ABOVE_STANDARD = "contrast.above-standard";
	public static final String EXAM_FIELD_STRENGTH = "exam.field-strength";
	public static final String EXAM_TIMING = "exam.timing";
	public static final String REGION_DUPLICATE = "region.duplicate";
	public static final String REGION_FINDING_TYPE = "region.finding-type";
	/** A region states normal (Normal set or a normal statement) and has findings: the report contradicts itself. */
	public static final String REGION_NORMAL_WITH_FINDINGS = "region.normal-with-findings";
	public static final String FINDING_ID_MISSING = "finding.id";
	public static final String FINDING_ID_DUPLICATE = "finding.id-duplicate";
	public static final String SIDE_CONTRADICTION = "finding.side";
	public static final String BILSKY_INPUTS = "epidural.bilsky-inputs";
	public static final String SEX_SPECIFIC = "patient.sex-specific";
	public static final String IMPRESSION_MISSING = "impression.missing";
	public static final String IMPRESSION_TEXT = "impression.text";
	public static final String IMPRESSION_LINK = "impression.link";
	public static final String IMPRESSION_ORDER = "impression.order";
	public static final String SIGNER_MISSING = "signoff.signer";
	public static final String SIGN_TIME_MISSING = "signoff.time";
	public static final String PATIENT_MISSING = "signoff.patient";
	/** A field of the study and clinical header that a signed report needs is empty. */
	public static final String HEADER_REQUIRED = "signoff.header";
	public static final String CRITICAL_COMMUNICATION = "critical.communication";
	public static final String COMMUNICATION_INCOMPLETE = "critical.record-incomplete";
}
