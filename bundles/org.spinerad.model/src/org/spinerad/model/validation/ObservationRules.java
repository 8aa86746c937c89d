package org.spinerad.model.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.spinerad.model.ClinicalContext;
import org.spinerad.model.CriticalCommunication;
import org.spinerad.model.Finding;
import org.spinerad.model.NeurologicalStatus;
import org.spinerad.model.NormalRange;
import org.spinerad.model.Region;
import org.spinerad.model.Report;
import org.spinerad.model.ReportPackage;
import org.spinerad.model.TransitionalAnatomy;
import org.spinerad.model.levels.SpineLevel;

/**
 * The rules of what radiologists record beyond the basic finding: the sacral
 * disc of a lumbarized S1, nerve roots, structured normal ranges, delayed
 * enhancement, the documented neurological status and a communication that is
 * required but not done yet.
 */
final class ObservationRules {

	private static final ReportPackage P = ReportPackage.eINSTANCE;
	/** Spinal nerve roots: eight cervical, twelve thoracic (T13 as a variant), five lumbar (L6), five sacral, coccygeal. */
	private static final Pattern ROOT = Pattern.compile("C[1-8]|T(?:[1-9]|1[0-3])|L[1-6]|S[1-5]|Co");
	/** Longest plausible delay of a delayed post-contrast series in minutes. */
	private static final double MAX_DELAY_MINUTES = 240;

	private ObservationRules() {
	}

	/**
	 * {@link Rules#LEVEL_TRANSITIONAL_DISC}: S1-S2 is a disc only when S1 is
	 * lumbarized; any level field of any object of the report may name it only then.
	 */
	static void transitionalDisc(EObject object, Checker check) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != P.getSpineLevel() || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			List<?> values = value instanceof List<?> list ? list : List.of(value);
			if (values.stream().noneMatch(v -> v instanceof SpineLevel level && level.isTransitionalDisc())) {
				continue;
			}
			TransitionalAnatomy anatomy = EcoreUtil.getRootContainer(object) instanceof Report report
					&& report.getExam() != null ? report.getExam().getTransitionalAnatomy() : TransitionalAnatomy.NOT_ASSESSED;
			if (anatomy != TransitionalAnatomy.LUMBARIZED_S1) {
				check.error(Rules.LEVEL_TRANSITIONAL_DISC, object, attribute, "The level S1-S2 is a disc only when S1 is "
						+ "lumbarized, but the exam records transitional anatomy '" + Words.value(anatomy)
						+ "'; set the exam's transitional anatomy to lumbarized S1, or correct the level (e.g. L5-S1)");
			}
		}
	}

	/** {@link Rules#NERVE_ROOT}: the root is named like a spinal nerve, e.g. L5 or S1 */
	static void nerveRoot(Finding finding, Checker check) {
		if (finding.eClass().getEStructuralFeature("nerveRoot") instanceof EAttribute feature
				&& finding.eGet(feature) instanceof String root && !ROOT.matcher(root.strip()).matches()) {
			check.error(Rules.NERVE_ROOT, finding, feature, "'" + root + "' is not a nerve root; write the root as C1 to "
					+ "C8, T1 to T12, L1 to L5, S1 to S5 or Co (its side goes in the side field), e.g. S1");
		}
	}

	/** {@link Rules#MEASUREMENT_POSITIVE} of the delay of the delayed series */
	static void delayedEnhancement(Finding finding, Checker check) {
		ValueRules.positive(finding, P.getFinding_DelayedMinutesAfterInjection(),
				finding.getDelayedMinutesAfterInjection(), MAX_DELAY_MINUTES, check);
	}

	/**
	 * {@link Rules#LEVEL_MISSING} of a normal range, and
	 * {@link Rules#REGION_NORMAL_RANGE_OVERLAP}: a finding of the region lies within it.
	 */
	static void normalRange(NormalRange range, Checker check) {
		SpineLevel from = range.getFrom();
		if (from == null) {
			check.error(Rules.LEVEL_MISSING, range, P.getLocated_From(),
					"The normal range has no level; enter where the region is normal, e.g. C2 to L1");
			return;
		}
		SpineLevel to = range.getTo() != null ? range.getTo() : from;
		if (!(range.eContainer() instanceof Region region)) {
			return;
		}
		for (Finding finding : region.getFindings()) {
			SpineLevel level = finding.getFrom();
			SpineLevel last = finding.getTo() != null ? finding.getTo() : level;
			if (level != null && level.position() <= to.position() && last.position() >= from.position()) {
				check.warning(Rules.REGION_NORMAL_RANGE_OVERLAP, range, P.getLocated_From(),
						Words.region(region.getKind()) + " is stated normal from " + from + " to " + to + " but "
								+ Locations.describe(finding) + " lies within; narrow the normal range or check the finding");
			}
		}
	}

	/** {@link Rules#NEUROLOGICAL_STATUS}: the status and the deficit flag say the same */
	static void neurologicalStatus(ClinicalContext clinical, Checker check) {
		NeurologicalStatus status = clinical.getNeurologicalStatus();
		Boolean deficit = clinical.getNeurologicalDeficit();
		if (deficit == null || status == NeurologicalStatus.NOT_DOCUMENTED) {
			return;
		}
		if (deficit && status != NeurologicalStatus.DEFICIT || !deficit && status == NeurologicalStatus.DEFICIT) {
			check.error(Rules.NEUROLOGICAL_STATUS, clinical, P.getClinicalContext_NeurologicalStatus(),
					"The neurological status is '" + Words.value(status) + "' but new neurological deficit is "
							+ (deficit ? "ticked" : "marked absent") + "; correct one of the two");
		}
	}

	/**
	 * {@link Rules#COMMUNICATION_PENDING}: a record of a communication that is
	 * required but not done yet holds its ACR category; it blocks signing until done.
	 */
	static void pending(CriticalCommunication record, Checker check) {
		if (record.getAcrCategory() == null) {
			check.warning(Rules.COMMUNICATION_PENDING, record, P.getCriticalCommunication_AcrCategory(),
					"The required communication has no ACR category; enter 1 (minutes), 2 (hours) or 3 (days)");
		}
		check.signingError(Rules.COMMUNICATION_PENDING, record, P.getCriticalCommunication_Pending(),
				"Communication is required" + (record.getAcrCategory() != null ? " (ACR category " + record.getAcrCategory() + ")" : "")
						+ " but not done yet; communicate the result, complete the record and clear 'required, not yet done'");
	}
}
